// What the commands decide at a terminal, with the prompts answered by a script (the tmux tests in
// test/e2e drive the real ones): what is asked, and what each answer does.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Prompts } from '../../src/io.js';
import type { LogJson, ShowJson, StatusJson } from '../../src/render/json.js';
import type { MarkedJson, NotedJson } from '../../src/render/json-changes.js';
import type { Status } from '../../src/roadmap/types.js';
import type { Rating } from '../../src/store/records.js';
import { inProcess, pinTimeZone } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

pinTimeZone();

interface Script {
  /** Titles (their start) to pick at each pickTopics, in order; [] picks nothing. */
  picks?: string[][];
  also?: boolean[];
  remove?: boolean[];
  /** Answers to each askRating, in order ('cancel': Ctrl-C). */
  ratings?: (Rating | 'stop' | 'cancel')[];
  /** Run while a prompt waits for its answer (another command meanwhile). */
  meanwhile?: () => Promise<unknown>;
}

/** Prompts that answer from a script and write down what they were asked. */
function scripted(script: Script) {
  const asked: string[] = [];
  const prompts: Prompts = {
    async pickTopics(index, statuses, verb, to: Status) {
      await script.meanwhile?.();
      asked.push(`pick ${verb} → ${to} (${statuses.size} with a status)`);
      const titles = script.picks?.shift() ?? [];
      return titles.map((title) => {
        const leaf = index.leaves.find((candidate) => candidate.title.startsWith(title));
        if (!leaf) throw new Error(`no topic ${title}`);
        return leaf;
      });
    },
    async confirmAlso(places) {
      await script.meanwhile?.();
      asked.push(`also? ${places.join(' | ')}`);
      return script.also?.shift() ?? false;
    },
    async confirmRemoval(message) {
      asked.push(message);
      return script.remove?.shift() ?? false;
    },
    async askRating(title, where, progress) {
      asked.push(`rate ${progress} ${title} (${where})`);
      const answer = script.ratings?.shift() ?? 'stop';
      if (answer === 'cancel') throw Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
      return answer;
    },
  };
  return { prompts, asked };
}

function learner() {
  const home = tempDir();
  const env = { ROADMAP_NOW: '2026-11-01T10:00:00Z' };
  /** Run at a terminal whose prompts answer from `script`; a last argument that is an object is more environment. */
  const atTerminal = (script: Script, ...args: (string | Record<string, string>)[]) => {
    const { prompts, asked } = scripted(script);
    const more = args.filter((arg) => typeof arg !== 'string');
    const argv = args.filter((arg) => typeof arg === 'string');
    return inProcess(home, argv, Object.assign({}, env, ...more), { stdinTTY: true, stdoutTTY: true, prompts }).then((run) => ({ ...run, asked }));
  };
  const json = async <T>(...args: string[]) => JSON.parse((await inProcess(home, [...args, '--json'], env)).stdout) as T;
  const run = (...args: string[]) => inProcess(home, args, env);
  return { home, atTerminal, json, run };
}

describe('done, start, skip and reset with no topic, at a terminal', () => {
  it('marks what was picked, and the history names it by its short id', async () => {
    const { atTerminal, json } = learner();
    const run = await atTerminal({ picks: [['Goroutines']] }, 'start', '-r', 'go-backend-cloud');
    expect(run.status).toBe(0);
    expect(run.asked).toEqual(['pick start → doing (6 with a status)']);
    expect(run.stdout).toContain('Goroutines');
    const status = await json<StatusJson>('status', '-r', 'go-backend-cloud');
    expect(status.doing).toBe(1);
    const log = await json<LogJson>('log');
    expect(log.events.map((event) => event.command)).toEqual(['start goroutines-optimizing']);
  });

  it('changes nothing when nothing is picked, and says so (in JSON too)', async () => {
    const { atTerminal, json } = learner();
    const run = await atTerminal({ picks: [[]] }, 'done', '-r', 'go-backend-cloud');
    expect(run.stdout).toBe('Nothing picked; nothing changed.\n');
    expect((await json<LogJson>('log')).events).toEqual([]);
    const asJson = await atTerminal({ picks: [[]] }, 'skip', '-r', 'go-backend-cloud', '--json');
    expect(asJson.asked).toEqual(['pick skip → skipped (6 with a status)']);
    expect(JSON.parse(asJson.stdout)).toEqual({
      schemaVersion: 1,
      roadmap: { id: 'go-backend-cloud' },
      to: 'skipped',
      reason: null,
      changes: [],
      also: [],
      sections: [],
    });
  });
});

describe('done at a terminal of a skill that other roadmaps have', () => {
  const places = 'also? go-backend-6-weeks: Redis for caching (basic TTL) | go-backend-ecommerce: Redis integration and data structures';

  it('asks before marking it there too, and marks it there only on yes', async () => {
    const { atTerminal, json } = learner();
    const no = await atTerminal({ also: [false] }, 'done', 'Redis', '-r', 'backend-mastery');
    expect(no.asked).toEqual([places]);
    expect((await json<StatusJson>('status', '-r', 'go-backend-ecommerce')).done).toBe(0);
    await atTerminal({}, 'reset', 'Redis', '-r', 'backend-mastery');
    const yes = await atTerminal({ also: [true] }, 'done', 'Redis', '-r', 'backend-mastery', '--json');
    expect((JSON.parse(yes.stdout) as MarkedJson).also).toEqual([
      { roadmapId: 'go-backend-6-weeks', title: 'Redis for caching (basic TTL)' },
      { roadmapId: 'go-backend-ecommerce', title: 'Redis integration and data structures' },
    ]);
    expect((await json<StatusJson>('status', '-r', 'go-backend-ecommerce')).done).toBe(1);
  });

  it('asks only about the roadmaps where it is not done yet, and not at all where it is done everywhere', async () => {
    const { atTerminal } = learner();
    await atTerminal({ also: [false] }, 'done', 'Redis integration', '-r', 'go-backend-ecommerce');
    const one = await atTerminal({ also: [false] }, 'done', 'Redis', '-r', 'backend-mastery');
    expect(one.asked).toEqual(['also? go-backend-6-weeks: Redis for caching (basic TTL)']);
    await atTerminal({ also: [false] }, 'done', 'Redis for caching', '-r', 'go-backend-6-weeks');
    await atTerminal({}, 'reset', 'Redis', '-r', 'backend-mastery');
    expect((await atTerminal({}, 'done', 'Redis', '-r', 'backend-mastery')).asked).toEqual([]);
  });

  it('does not ask with --everywhere, nor for start', async () => {
    const { atTerminal } = learner();
    expect((await atTerminal({}, 'done', 'Redis', '-r', 'backend-mastery', '--everywhere')).asked).toEqual([]);
    expect((await atTerminal({}, 'start', 'Kafka', '-r', 'backend-mastery')).asked).toEqual([]);
  });
});

describe('remove at a terminal', () => {
  it('asks first; no keeps the roadmap, yes removes it', async () => {
    const { atTerminal, json } = learner();
    // The roadmap's own ticked boxes: 6 of Phase 1's 7 topics start done.
    const fresh = (await json<StatusJson>('status', '-r', 'go-backend-cloud')).done;
    expect(fresh).toBe(6);
    await atTerminal({}, 'done', 'Goroutines', '-r', 'go-backend-cloud');
    const no = await atTerminal({ remove: [false] }, 'remove', 'go-backend-cloud');
    expect(no.asked).toEqual(['Remove all your progress, notes and history in go-backend-cloud (the bundled roadmap itself stays)?']);
    expect(no.stdout).toBe('Nothing removed.\n');
    expect((await json<StatusJson>('status', '-r', 'go-backend-cloud')).done).toBe(7);
    const yes = await atTerminal({ remove: [true] }, 'remove', 'go-backend-cloud');
    expect(yes.status).toBe(0);
    expect((await json<StatusJson>('status', '-r', 'go-backend-cloud')).done).toBe(fresh);
  });
});

describe('note with no text, at a terminal: written in $VISUAL or $EDITOR', () => {
  /** An editor that keeps a copy of what it was given (and its path) and writes `text` in its place. */
  function editor(text: string, exit = 0) {
    const dir = tempDir();
    const script = path.join(dir, 'editor.sh');
    fs.writeFileSync(script, `cp "$1" "${dir}/given"; printf '%s' "$1" > "${dir}/path"; printf '${text}' > "$1"; exit ${exit}\n`);
    return {
      command: `sh ${script}`,
      given: () => fs.readFileSync(path.join(dir, 'given'), 'utf8'),
      file: () => fs.readFileSync(path.join(dir, 'path'), 'utf8'),
    };
  }
  const notesOn = (json: ReturnType<typeof learner>['json']) =>
    json<ShowJson>('show', 'goroutines', '-r', 'go-backend-cloud').then((show) => show.notes.map((note) => note.text));

  it('saves what was written, without the # lines, and removes its temporary file', async () => {
    const { atTerminal, json } = learner();
    const written = editor('\\nerrgroup for fan-out\\n# my own comment\\nand cancel on error\\n\\n');
    const run = await atTerminal({}, '-r', 'go-backend-cloud', 'note', 'goroutines', '--json', { EDITOR: written.command });
    expect(run.status).toBe(0);
    expect(written.given()).toBe(
      '\n# Your note on: Goroutines – Optimizing performance with concurrency in Go\n# Lines starting with # are left out. An empty note is not saved.\n',
    );
    expect(fs.existsSync(path.dirname(written.file()))).toBe(false);
    expect((JSON.parse(run.stdout) as NotedJson).note).toEqual({ text: 'errgroup for fan-out\nand cancel on error', createdAt: '2026-11-01T10:00:00.000Z' });
    expect(await notesOn(json)).toEqual(['errgroup for fan-out\nand cancel on error']);
  });

  it('prefers $VISUAL to $EDITOR, and --edit starts from the note as it is', async () => {
    const { atTerminal, json } = learner();
    await atTerminal({}, '-r', 'go-backend-cloud', 'note', 'goroutines', 'first draft');
    const visual = editor('first draft, mended');
    const run = await atTerminal({}, '-r', 'go-backend-cloud', 'note', 'goroutines', '--edit', { VISUAL: visual.command, EDITOR: 'false' });
    expect(run.status).toBe(0);
    expect(visual.given()).toMatch(/^first draft\n# Your note on: Goroutines/);
    expect(await notesOn(json)).toEqual(['first draft, mended']);
    const same = editor('first draft, mended');
    expect((await atTerminal({}, '-r', 'go-backend-cloud', 'note', 'goroutines', '--edit', { EDITOR: same.command })).stdout).toBe(
      'The note is unchanged; nothing saved.\n',
    );
  });

  it('saves nothing when the note is left empty or the editor fails, and says so', async () => {
    const { atTerminal, json } = learner();
    const empty = editor('# only a comment\\n');
    expect((await atTerminal({}, '-r', 'go-backend-cloud', 'note', 'goroutines', { EDITOR: empty.command })).stdout).toBe('Empty note; nothing saved.\n');
    const failing = editor('never saved', 3);
    const failed = await atTerminal({}, '-r', 'go-backend-cloud', 'note', 'goroutines', { EDITOR: failing.command });
    expect(failed.status).toBe(64);
    expect(failed.stderr).toBe(`roadmap: the editor (${failing.command}) exited with 3; nothing saved\n`);
    expect(fs.existsSync(path.dirname(failing.file()))).toBe(false);
    expect(await notesOn(json)).toEqual([]);
  });
});

describe('a refresh while a prompt waits', () => {
  async function withRust() {
    const learned = learner();
    const file = path.join(learned.home, 'rust.md');
    fs.writeFileSync(file, '# Rust\n\n## Basics\n\n- Redis\n- Lifetimes\n');
    expect((await learned.run('add', file)).status).toBe(0);
    const renameRedis = async () => {
      fs.writeFileSync(file, '# Rust\n\n## Basics\n\n- Redis caching\n- Lifetimes\n');
      expect((await learned.run('refresh', 'rust')).status).toBe(0);
    };
    return { ...learned, renameRedis };
  }

  it('has the words typed resolved again on the new version: the change lands on the renamed topic', async () => {
    const { atTerminal, json, renameRedis } = await withRust();
    const run = await atTerminal({ also: [false], meanwhile: renameRedis }, '-r', 'rust', 'done', 'Redis');
    expect(run.status, run.stderr).toBe(0);
    expect(run.asked).toHaveLength(1);
    const status = await json<StatusJson>('status', '-r', 'rust');
    expect([status.done, status.orphans]).toEqual([1, 0]);
    expect((await json<ShowJson>('show', '-r', 'rust', 'Redis caching')).status).toBe('done');
  });

  it('refuses topics picked from the old version (they are not asked for twice), changing nothing', async () => {
    const { atTerminal, json, renameRedis } = await withRust();
    const run = await atTerminal({ picks: [['Redis']], meanwhile: renameRedis }, '-r', 'rust', 'done');
    expect(run.status).toBe(75);
    expect(run.stderr).toBe(
      'roadmap: rust was refreshed while this command ran, and its topics may have changed; nothing was changed\nhint: run the command again\n',
    );
    expect((await json<StatusJson>('status', '-r', 'rust')).done).toBe(0);
  });
});

describe('what done and remove decide beside the change itself', () => {
  it('records the start on the first change only, not on a done that changed nothing', async () => {
    const home = tempDir();
    const at = (day: string, ...args: string[]) => inProcess(home, args, { ROADMAP_NOW: `${day}T10:00:00Z` });
    const started = async (day: string) =>
      (JSON.parse((await at(day, '-r', 'go-backend-cloud', 'stats', '--json')).stdout) as { started: string | null }).started;
    // Ticked in the roadmap itself: already done, so marking it changes nothing and starts nothing.
    await at('2026-11-01', '-r', 'go-backend-cloud', 'done', 'Build simple CRUD APIs');
    expect(await started('2026-11-01')).toBeNull();
    await at('2026-11-03', '-r', 'go-backend-cloud', 'done', 'goroutines');
    await at('2026-11-05', '-r', 'go-backend-cloud', 'done', 'mqtt');
    expect(await started('2026-11-05')).toBe('2026-11-03');
  });

  it('names the sections a change completed in document order, and by title alone when only a topic shares it', async () => {
    const { home, run } = learner();
    fs.writeFileSync(path.join(home, 'tools.md'), '# Tools\n## Ship\n### Docker\n- images\n## Build\n- make\n- Docker\n');
    await run('add', path.join(home, 'tools.md'));
    const done = await run('-r', 'tools', 'done', 'make', 'Build/Docker', 'images');
    expect(done.stdout.split('\n').filter((line) => line.endsWith('complete.'))).toEqual(['Docker is 100% complete.', 'Build is 100% complete.']);
  });

  it('forgets the active roadmap it removes, and says how to remove one off a terminal', async () => {
    const { home, run } = learner();
    fs.writeFileSync(path.join(home, 'mine.md'), '# Mine\n## A\n- one\n');
    await run('add', path.join(home, 'mine.md'));
    await run('use', 'mine');
    expect((await run('remove', 'mine')).stderr).toBe(
      'roadmap: remove deletes mine with all its progress, notes and history: pass --force to confirm\nhint: roadmap remove mine --force\n',
    );
    expect((await run('remove', 'mine', '--force')).status).toBe(0);
    const status = await run('status');
    expect(status.status).toBe(0);
    expect(status.stderr).toMatch(/^Using \S+, the default roadmap/);
    // Forgotten, not left pointing at nothing: a new roadmap of that name is not made active by it.
    await run('add', path.join(home, 'mine.md'));
    expect((await run('status')).stdout).not.toMatch(/^Mine \(mine\)/);
  });
});

describe('review at a terminal', () => {
  it('asks about each topic due in turn, longest due first, until the learner stops', async () => {
    const { home } = learner();
    const at = (now: string, script: Script, ...args: string[]) => {
      const { prompts, asked } = scripted(script);
      return inProcess(home, args, { ROADMAP_NOW: now }, { stdinTTY: true, stdoutTTY: true, prompts }).then((run) => ({ ...run, asked }));
    };
    await at('2026-11-01T09:00:00Z', {}, '-r', 'go-backend-cloud', 'done', 'unit-testing');
    await at('2026-11-02T09:00:00Z', {}, '-r', 'go-backend-cloud', 'done', 'goroutines', 'grpc');
    const run = await at('2026-11-06T09:00:00Z', { ratings: ['good', 'again', 'stop'] }, '-r', 'go-backend-cloud', 'review');
    expect(run.status).toBe(0);
    expect(run.asked.map((question) => question.slice(0, 40))).toEqual([
      'rate [1/3] Unit Testing – Writing testab',
      'rate [2/3] Goroutines – Optimizing perfo',
      'rate [3/3] Implement service-to-service ',
    ]);
    expect(run.asked[0]).toContain('(Backend Engineering Roadmap › Phase 2: Scalable Backend Design)');
    expect(run.stdout).toContain('3 reviews due in Backend & Cloud Development Roadmap:');
    const said = run.stdout.replace(/\s+/g, ' '); // wrapped to the terminal
    expect(said).toContain('Reviewed Unit Testing – Writing testable and maintainable code: good;');
    expect(said).toContain('Reviewed Goroutines – Optimizing performance with concurrency in Go: again; next review in 1 day (2026-11-07).');
    // Each rating is a command of its own (undo takes back the last); the one stopped at is still due.
    const log = JSON.parse((await inProcess(home, ['log', '--json'], { ROADMAP_NOW: '2026-11-06T10:00:00Z' })).stdout) as LogJson;
    expect(log.reviews.map((review) => review.command)).toEqual([
      'review goroutines-optimizing --rating again',
      'review unit-testing-writing-testable --rating good',
    ]);
    const left = await at('2026-11-06T10:00:00Z', {}, '-r', 'go-backend-cloud', 'review');
    expect(left.asked).toEqual([
      'rate [1/1] Implement service-to-service communication (gRPC, event-driven patterns) (Backend Engineering Roadmap › Phase 3: Microservices & Advanced Topics)',
    ]);
  });

  it('on Ctrl-C says the ratings made before it are saved (none made: nothing changed)', async () => {
    const cancelled = async (ratings: Script['ratings']) => {
      const { home } = learner();
      await inProcess(home, ['-r', 'go-backend-cloud', 'done', 'goroutines', 'unit-testing', 'grpc'], { ROADMAP_NOW: '2026-11-01T09:00:00Z' });
      const { prompts } = scripted({ ratings });
      const run = await inProcess(
        home,
        ['-r', 'go-backend-cloud', 'review'],
        { ROADMAP_NOW: '2026-11-05T09:00:00Z' },
        { stdinTTY: true, stdoutTTY: true, prompts },
      );
      return [run.status, run.stderr];
    };
    expect(await cancelled(['cancel'])).toEqual([130, 'Cancelled; nothing changed.\n']);
    expect(await cancelled(['easy', 'cancel'])).toEqual([130, 'roadmap: cancelled; the rating made before it is saved\n']);
    expect(await cancelled(['good', 'hard', 'cancel'])).toEqual([130, 'roadmap: cancelled; the 2 ratings made before it are saved\n']);
  });

  it('asks for the rating of a topic named without one', async () => {
    const { home } = learner();
    const env = { ROADMAP_NOW: '2026-11-05T09:00:00Z' };
    await inProcess(home, ['-r', 'go-backend-cloud', 'done', 'goroutines'], env);
    const { prompts, asked } = scripted({ ratings: ['hard'] });
    const run = await inProcess(home, ['-r', 'go-backend-cloud', 'review', 'goroutines'], env, { stdinTTY: true, stdoutTTY: true, prompts });
    expect(asked).toHaveLength(1);
    expect(run.stdout).toContain('Reviewed Goroutines – Optimizing performance with concurrency in Go: hard;');
  });
});
