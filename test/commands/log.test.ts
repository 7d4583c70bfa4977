/** roadmap log: every roadmap's changes, so it always shows what undo reverts first; in-process. */
import { describe, expect, it } from 'vitest';
import type { LogJson, StatusJson } from '../../src/render/json.js';
import { width } from '../../src/render/text.js';
import { inProcess, learner, pinTimeZone } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

pinTimeZone();

describe('roadmap log', () => {
  it('shows the changes of every roadmap, naming each when there are several; -r narrows it to one', async () => {
    const { run, json } = learner({ ROADMAP_NOW: '2026-11-02T10:00:00Z' });
    await run('use', 'go-backend-cloud');
    await run('done', 'goroutines');
    await run('-r', 'backend-mastery', 'done', 'goroutines');
    const all = await run('log');
    const lines = all.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^2026-11-02 10:00 {2}backend-mastery {2}Goroutines.*: to do → done/);
    expect(lines[1]).toMatch(/ {2}go-backend-cloud {2}/);
    // What log shows first is what undo reverts.
    expect((await run('undo')).stdout).toContain('on backend-mastery');
    const one = await run('-r', 'go-backend-cloud', 'log');
    expect(one.stdout.trim().split('\n')).toHaveLength(1);
    expect(one.stdout).not.toContain('go-backend-cloud  '); // one roadmap: not named on every line
    const document = await json<LogJson>('log');
    expect(document.roadmap).toBeNull();
    expect(document.events.map((event) => event.roadmapId)).toEqual(['backend-mastery', 'backend-mastery', 'go-backend-cloud']);
    expect((await json<LogJson>('-r', 'go-backend-cloud', 'log')).roadmap).toMatchObject({ id: 'go-backend-cloud' });
  });

  it('-n N gives N changes: the first load’s ticked items are left out before the limit, not after', async () => {
    const { run } = learner();
    // go-backend-6-weeks starts with ticked items: its first load records them, and they are not the learner's.
    await run('-r', 'go-backend-6-weeks', 'status');
    for (const topic of ['goroutines', 'Unit Testing', 'Phase 2/Context']) expect((await run('-r', 'go-backend-cloud', 'done', topic)).status).toBe(0);
    for (const n of [1, 2, 3]) expect((await run('log', '-n', String(n))).stdout.trim().split('\n'), `-n ${n}`).toHaveLength(n);
  });
});

describe('log --since, log of a roadmap never opened, and undo with nothing to undo', () => {
  it('--since leaves out what is older, in text and in JSON', async () => {
    const home = tempDir();
    const at = (now: string, ...args: string[]) => inProcess(home, args, { ROADMAP_NOW: now });
    await at('2026-11-01T10:00:00Z', '-r', 'go-backend-cloud', 'done', 'goroutines');
    await at('2026-11-05T10:00:00Z', '-r', 'go-backend-cloud', 'note', 'goroutines', 'later');
    await at('2026-11-06T10:00:00Z', '-r', 'go-backend-cloud', 'done', 'mqtt');
    const recent = JSON.parse((await at('2026-11-06T12:00:00Z', 'log', '--since', '2d', '--json')).stdout) as LogJson;
    expect(recent.events.map((event) => event.command)).toEqual(['done mqtt']);
    expect(recent.notes.map((entry) => entry.text)).toEqual(['later']);
    const text = (await at('2026-11-06T12:00:00Z', 'log', '--since', '2026-11-06')).stdout;
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(text).toContain('MQTT');
  });

  it('names a roadmap not opened yet by its id, and says there is nothing to undo with a hint', async () => {
    const { run, json } = learner();
    expect((await json<LogJson>('-r', 'backend-mastery', 'log')).roadmap).toEqual({ id: 'backend-mastery', title: 'backend-mastery' });
    const undo = await run('undo');
    expect(undo.status).toBe(64);
    expect(undo.stderr).toBe('roadmap: nothing to undo\nhint: roadmap log shows the history of changes\n');
  });
});

describe('undo of a change in several roadmaps', () => {
  it('gives each roadmap back its own topics and no other', async () => {
    const { run, json } = learner();
    await run('-r', 'backend-mastery', 'done', 'Redis', '--everywhere');
    await run('undo');
    const undone = (await json<LogJson>('log')).events.filter((event) => event.command.startsWith('undo'));
    expect(undone.map((event) => event.roadmapId).sort()).toEqual(['backend-mastery', 'go-backend-6-weeks', 'go-backend-ecommerce']);
    for (const id of ['backend-mastery', 'go-backend-6-weeks', 'go-backend-ecommerce']) {
      expect((await json<StatusJson>('-r', id, 'status')).orphans, id).toBe(0);
    }
  });
});

describe('long lines: log, show and what a change did', () => {
  it('wrap between words at the width of a terminal or $COLUMNS, and stay whole in a pipe', async () => {
    const { home, run } = learner({ ROADMAP_NOW: '2026-11-02T10:00:00Z' });
    await run('use', 'go-backend-cloud');
    const done = await inProcess(home, ['done', 'Phase 2/Context'], { ROADMAP_NOW: '2026-11-02T10:00:00Z', COLUMNS: '40' });
    await run('note', 'Phase 2/Context', 'cancellation flows down the call tree, values should stay request-scoped');
    // What is printed, but for the spaces and line breaks: nothing cut.
    const words = (text: string) => text.split(/\s+/).filter(Boolean).join('');
    for (const args of [['log'], ['show', 'Phase 2/Context']]) {
      const whole = await run(...args);
      const narrow = await inProcess(home, args, { ROADMAP_NOW: '2026-11-02T10:00:00Z', COLUMNS: '40' });
      expect(
        whole.stdout.split('\n').some((line) => width(line) > 40),
        'the whole lines are long',
      ).toBe(true);
      for (const line of narrow.stdout.split('\n')) expect(width(line), line).toBeLessThanOrEqual(40);
      expect(words(narrow.stdout)).toEqual(words(whole.stdout));
      // Broken only between words, unless a word is wider than a line (an id that is a path).
      const pieces = new Set(narrow.stdout.split(/\s+/));
      for (const word of whole.stdout.split(/\s+/)) if (width(word) <= 30) expect(pieces.has(word), word).toBe(true);
    }
    expect(done.stdout.split('\n').every((line) => width(line) <= 40)).toBe(true);
    // In a pipe without $COLUMNS a change is one line, however long, for grep and the like.
    const piped = (await run('log')).stdout.trimEnd().split('\n');
    expect(piped).toHaveLength(2); // the note, then the done
    expect(width(piped[1])).toBeGreaterThan(80);
    // A terminal: its own width.
    const terminal = await inProcess(home, ['log'], {}, { stdoutTTY: true });
    expect(terminal.stdout.split('\n').every((line) => width(line) <= 80)).toBe(true);
  });
});
