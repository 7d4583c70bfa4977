import fs from 'node:fs';
import path from 'node:path';
// What the tracking commands decide, run in-process through main(argv, io) (test/helpers/in-process.ts).
import { describe, expect, it } from 'vitest';
import type { ListJson, LogJson, NextJson, ShowJson, ShowRoadmapJson, StatusJson } from '../../src/render/json.js';
import type { MarkedJson, NotedJson, UndoneJson, UsedJson } from '../../src/render/json-changes.js';
import { inProcess, learner, pinTimeZone } from '../helpers/in-process.js';
import { sha256 } from '../helpers/temp.js';

pinTimeZone();

const cloud = async () => {
  const u = learner();
  await u.run('use', 'go-backend-cloud');
  return u;
};

describe('statuses: start, skip, reset', () => {
  it('counts done, doing and skipped, with complete and learned percentages', async () => {
    const { run, json } = await cloud();
    expect((await run('start', 'Phase 2/Context')).stdout).toContain('▶ Context – Managing request lifecycle in Go: in progress');
    const skip = await run('skip', 'mqtt', '--reason', 'not for my job');
    expect(skip.stdout).toContain('⤼ MQTT – Lightweight messaging protocol for IoT & real-time apps: skipped');
    expect(skip.stdout).toContain('reason: not for my job');
    const status = await json<StatusJson>('status');
    expect(status).toMatchObject({ done: 6, doing: 1, skipped: 1, total: 35, percent: 20, percentLearned: 17 });
    expect((await run('status')).stdout).toContain('6 done · 1 in progress · 1 skipped · 27 to do · learned 17%');
    await run('reset', 'mqtt');
    expect(await json<StatusJson>('status')).toMatchObject({ skipped: 0, doing: 1 });
  });

  it('applies a section to its leaves: start leaves finished topics alone, reset takes all', async () => {
    const { run, json } = await cloud();
    expect((await run('start', 'Phase 1: Fundamentals')).stdout).toContain('▶ Phase 1: Fundamentals: 1 of its 7 topics now in progress');
    expect(await json<StatusJson>('status')).toMatchObject({ done: 6, doing: 1 });
    expect((await run('reset', 'Phase 1: Fundamentals')).stdout).toContain('Phase 1: Fundamentals: 7 of its 7 topics now to do');
    expect(await json<StatusJson>('status')).toMatchObject({ done: 0, doing: 0 });
  });

  it('shows why a topic was skipped while it is skipped: the latest reason, none after an undo or a skip without one', async () => {
    const { run, json } = await cloud();
    const reason = async () => (await json<ShowJson>('show', 'mqtt')).skipReason;
    await run('skip', 'mqtt', '--reason', 'not for my job');
    expect(await reason()).toBe('not for my job');
    expect((await run('show', 'mqtt')).stdout).toMatch(/\nreason {2}not for my job\n/);
    await run('skip', 'mqtt', '--reason', 'maybe next year');
    expect(await reason()).toBe('not for my job'); // already skipped: nothing changed, the first reason stands
    await run('reset', 'mqtt');
    expect(await reason()).toBeNull();
    expect((await run('show', 'mqtt')).stdout).not.toContain('reason');
    await run('undo');
    expect(await reason()).toBe('not for my job');
    await run('reset', 'mqtt');
    await run('skip', 'mqtt');
    expect(await reason()).toBeNull();
    await run('undo');
    // A skip that was undone gives no reason: undoing the reset before it brings back the first skip's.
    await run('reset', 'mqtt');
    await run('skip', 'mqtt', '--reason', 'undone soon');
    await run('undo');
    await run('undo');
    expect(await reason()).toBe('not for my job');
    await run('reset', 'mqtt');
    await run('skip', 'mqtt', '--reason', 'later');
    await run('-r', 'backend-mastery', 'skip', 'mqtt', '--reason', 'another roadmap');
    expect(await reason()).toBe('later');
  });

  it('counts finished topics the same in list as in status: done and skipped', async () => {
    const { run, json } = await cloud();
    await run('skip', 'mqtt');
    await run('start', 'Phase 2/Context');
    const entry = (await json<ListJson>('list')).roadmaps.find((roadmap) => roadmap.id === 'go-backend-cloud');
    expect(entry).toEqual({
      id: 'go-backend-cloud',
      title: 'Backend & Cloud Development Roadmap',
      active: true,
      source: null,
      ...countsOf(await json<StatusJson>('status')),
    });
    expect((await run('list')).stdout).toMatch(/\* go-backend-cloud +7\/35 {2}20%/);
    expect((await run('status')).stdout).toMatch(/Overall +█+[▓▒░]+ 7\/35 {2}20%/);
  });

  it('names a section by its path when other sections share its title', async () => {
    const { run } = learner();
    const week2 = await run('-r', 'go-backend-6-weeks', 'done', 'WEEK 2/What to Learn');
    expect(week2.stdout).toContain('\nWEEK 2 – Databases & Persistence Layer › What to Learn is 100% complete.\n');
    const cloudPhase = await run('-r', 'go-backend-cloud', 'done', 'goroutines');
    expect(cloudPhase.stdout).toContain('\nPhase 1: Fundamentals is 100% complete.\n');
  });

  it('puts topics in progress first in next', async () => {
    const { run, json } = await cloud();
    await run('start', 'Dive into Kubernetes');
    const next = await json<NextJson>('next', '-n', '2');
    expect(next.suggestions.map((s) => [s.title, s.reason])).toEqual([
      ['Dive into Kubernetes with AWS EKS', 'in progress: finish what you started'],
      ['Goroutines – Optimizing performance with concurrency in Go', 'first open topic of the earliest unfinished section'],
    ]);
  });
});

describe('undo and log', () => {
  it('reverts the last changing command, then the one before, in words', async () => {
    const { run, json } = await cloud();
    await run('done', 'goroutines');
    await run('skip', 'Phase 2/Context', 'mqtt');
    expect((await run('undo')).stdout).toBe(
      'Undid `roadmap skip Phase 2/Context mqtt` on go-backend-cloud:\n' +
        '  Context – Managing request lifecycle in Go: skipped → to do\n' +
        '  MQTT – Lightweight messaging protocol for IoT & real-time apps: skipped → to do\n',
    );
    expect((await run('undo')).stdout).toContain('Goroutines – Optimizing performance with concurrency in Go: done → to do');
    expect(await json<StatusJson>('status')).toMatchObject({ done: 6, skipped: 0 });
  });

  it('says when there is nothing to undo, and does not undo the starting [x] items', async () => {
    const { run, db } = await cloud();
    const before = sha256(db);
    const result = await run('undo');
    expect(result.status).toBe(64);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('roadmap: nothing to undo');
    expect(sha256(db)).toBe(before);
  });

  it('reverts a note like any other change: the last command first', async () => {
    const { run, json } = await cloud();
    await run('done', 'goroutines');
    await run('note', 'goroutines', 'errgroup', 'for', 'fan-out');
    await run('undo');
    const show = await json<ShowJson>('show', 'goroutines');
    expect([show.notes, show.status]).toEqual([[], 'done']);
    await run('undo');
    expect((await json<ShowJson>('show', 'goroutines')).status).toBe('todo');
  });

  it('logs every change with time, topic, from and to, newest first, undo included', async () => {
    const { home } = await cloud();
    const at = (now: string, ...args: string[]) => inProcess(home, args, { ROADMAP_NOW: now });
    await at('2026-11-01T09:00:00Z', 'start', 'goroutines');
    await at('2026-11-02T10:30:00Z', 'done', 'goroutines');
    await at('2026-11-03T11:00:00Z', 'skip', 'mqtt', '--reason', 'later');
    await at('2026-11-04T12:00:00Z', 'undo');
    expect((await at('2026-11-05T00:00:00Z', 'log')).stdout).toBe(
      [
        '2026-11-04 12:00  MQTT – Lightweight messaging protocol for IoT & real-time apps: skipped → to do (undo skip mqtt)',
        '2026-11-03 11:00  MQTT – Lightweight messaging protocol for IoT & real-time apps: to do → skipped — later (skip mqtt)',
        '2026-11-02 10:30  Goroutines – Optimizing performance with concurrency in Go: in progress → done (done goroutines)',
        '2026-11-01 09:00  Goroutines – Optimizing performance with concurrency in Go: to do → in progress (start goroutines)',
        '',
      ].join('\n'),
    );
    const since = JSON.parse((await at('2026-11-05T00:00:00Z', 'log', '--since', '2026-11-03', '--json')).stdout) as LogJson;
    expect(since.events.map((e) => [e.at, e.from, e.to, e.reason, e.undo])).toEqual([
      ['2026-11-04T12:00:00.000Z', 'skipped', 'todo', null, true],
      ['2026-11-03T11:00:00.000Z', 'todo', 'skipped', 'later', false],
    ]);
    expect((await at('2026-11-05T00:00:00Z', 'log', '-n', '1')).stdout.trim().split('\n')).toHaveLength(1);
    expect((await at('2026-11-05T00:00:00Z', 'log', '--since', '2d', '--json')).stdout).toContain('2026-11-04T12:00:00.000Z');
  });

  it('refuses a date it cannot read', async () => {
    const result = await (await cloud()).run('log', '--since', 'last tuesday');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain("--since takes a date (2026-11-01), a date-time, or a span like 7d or 2w, not 'last tuesday'");
  });
});

describe('show and note', () => {
  it('an unknown topic: done says nothing was changed; show, which changes nothing, does not', async () => {
    const { run } = await cloud();
    expect((await run('done', 'nosuch')).stderr).toMatch(/^roadmap: no topic matches 'nosuch' in go-backend-cloud; nothing was changed\n/);
    const show = await run('show', 'nosuch');
    expect(show.status).toBe(64);
    expect(show.stderr).toMatch(/^roadmap: no topic matches 'nosuch' in go-backend-cloud\n/);
  });

  it('shows a topic: path, status and when, resources, notes', async () => {
    const { home } = learner();
    const run = (...args: string[]) => inProcess(home, ['-r', 'go-backend-6-weeks', ...args], { ROADMAP_NOW: '2026-11-10T08:00:00Z' });
    await run('start', 'JSON handling');
    await run('note', 'JSON handling', 'encoding/json vs jsoniter');
    expect((await run('show', 'JSON handling')).stdout).toBe(
      [
        '▶ JSON handling',
        'Backend Engineer Roadmap (4–6 Weeks) › WEEK 1 – Backend Fundamentals & Real-World Go › What to Learn',
        '',
        'status  in progress since 2026-11-10 08:00',
        'id      json-handling  (backend-engineer-roadmap-4/week-1-backend-fundamentals/what-to-learn/json-handling)',
        '',
        'Notes',
        '  2026-11-10 08:00  encoding/json vs jsoniter',
        '',
        'Also in',
        '  ○ go-backend-ecommerce: JSON handling and serialization',
        '',
      ].join('\n'),
    );
  });

  it('shows a section with its description, resources and children', async () => {
    const { run } = learner();
    const week = JSON.parse((await run('-r', 'go-backend-6-weeks', 'show', 'WEEK 1', '--json')).stdout) as ShowJson;
    expect(week).toMatchObject({ type: 'section', title: 'WEEK 1 – Backend Fundamentals & Real-World Go', total: 7, status: 'todo' });
    expect(week.description).toBe('Goal: Transition from game dev mindset to scalable backend services in Go.');
    expect(week.resources[0]).toEqual({ title: 'Go Web Examples', url: 'https://gowebexamples.com/', type: null });
    expect(week.children.map((c) => c.title)).toEqual(['What to Learn', 'Project Task']);
    const human = (await run('-r', 'go-backend-6-weeks', 'show', 'WEEK 1')).stdout;
    expect(human).toContain('  • Go Web Examples  https://gowebexamples.com/');
  });

  it('needs the text of a note when it cannot open an editor', async () => {
    const result = await (await cloud()).run('note', 'goroutines');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain('needs the text of the note when it cannot open an editor');
  });

  it('keeps quotes, %, _ and SQL in notes and arguments as plain text', async () => {
    const { run, json } = await cloud();
    const text = `it's 100% "fine"; DROP TABLE notes; -- _x_`;
    expect((await run('note', 'goroutines', text)).status).toBe(0);
    expect((await json<ShowJson>('show', 'goroutines')).notes[0].text).toBe(text);
    const odd = await run('done', "'; DROP TABLE progress; --");
    expect(odd.status).toBe(64);
    expect((await json<StatusJson>('status')).done).toBe(6);
  });

  it('show without a topic shows the roadmap: where it came from, and how far along it is', async () => {
    const { run, json } = await cloud();
    await run('done', 'goroutines');
    const text = (await run('show')).stdout;
    expect(text).toMatch(
      /^Backend & Cloud Development Roadmap\n\nid {6}go-backend-cloud\nsource {2}bundled with roadmap\nadded {3}\d{4}-\d\d-\d\d \d\d:\d\d\n/,
    );
    expect(text).toContain('\ntopics  35 topics in 4 sections · 7 of 35 finished (20%)\n');
    const shown = await json<ShowRoadmapJson>('show');
    expect(shown).toMatchObject({ roadmap: { id: 'go-backend-cloud' }, from: 'bundled', source: null, format: 'markdown', done: 7, total: 35, sections: 4 });
    expect(Number.isNaN(Date.parse(shown.addedAt!))).toBe(false);
  });
});

function countsOf({ done, doing, skipped, total, percent, percentLearned }: StatusJson) {
  return { done, doing, skipped, total, percent, percentLearned };
}

describe('--json on the commands that change something', () => {
  it('done, skip, undo, note and use print what changed as one declared document', async () => {
    const { run, json } = await cloud();
    expect(await json<MarkedJson>('skip', 'mqtt', '--reason', 'not now')).toEqual({
      schemaVersion: 1,
      roadmap: { id: 'go-backend-cloud' },
      to: 'skipped',
      reason: 'not now',
      changes: [
        {
          roadmapId: 'go-backend-cloud',
          topicId: 'backend-engineering-roadmap/phase-3-microservices-advanced/mqtt-lightweight-messaging',
          title: 'MQTT – Lightweight messaging protocol for IoT & real-time apps',
          from: 'todo',
          to: 'skipped',
        },
      ],
      also: [],
      sections: [{ title: 'Phase 3: Microservices & Advanced Topics', percent: 14, left: 6, total: 7 }],
    });
    // Already so: a document with no changes, and no reason recorded.
    expect(await json<MarkedJson>('skip', 'mqtt', '--reason', 'again')).toMatchObject({ changes: [], reason: null, sections: [] });
    expect(await json<UndoneJson>('undo')).toEqual({
      schemaVersion: 1,
      undone: { command: 'skip mqtt', roadmapId: 'go-backend-cloud' },
      changes: [
        {
          roadmapId: 'go-backend-cloud',
          topicId: 'backend-engineering-roadmap/phase-3-microservices-advanced/mqtt-lightweight-messaging',
          title: 'MQTT – Lightweight messaging protocol for IoT & real-time apps',
          from: 'skipped',
          to: 'todo',
        },
      ],
      notes: { removed: [], restored: [] },
      reviews: [],
    });
    const noted = await json<NotedJson>('note', 'mqtt', 'QoS levels', 'matter');
    expect(noted).toMatchObject({ roadmap: { id: 'go-backend-cloud' }, topic: { title: 'MQTT – Lightweight messaging protocol for IoT & real-time apps' } });
    expect(noted.note?.text).toBe('QoS levels matter');
    expect((await run('show', 'mqtt')).stdout).toContain('QoS levels matter');
    expect(await json<UsedJson>('use', 'backend-mastery', '--since', '2026-01-05')).toEqual({
      schemaVersion: 1,
      roadmap: { id: 'backend-mastery', title: 'BACKEND ENGINEERING MASTERY ROADMAP' },
      done: 0,
      total: 102,
      started: '2026-01-05',
    });
  });
});

describe('notes that can be mended', () => {
  const notesOf = async (json: <T>(...args: string[]) => Promise<T>) => (await json<ShowJson>('show', 'goroutines')).notes.map((note) => note.text);

  it('--edit replaces a note in place, --delete removes one, and undo reverts each, notes added too', async () => {
    const { run, json } = await cloud();
    await run('note', 'goroutines', 'first tpyo');
    await run('note', 'goroutines', 'second');
    expect((await run('show', 'goroutines')).stdout).toMatch(/\n {2}1\. \S+ \S+ {2}first tpyo\n {2}2\. \S+ \S+ {2}second\n/);
    expect((await run('note', 'goroutines', '--edit', '1', 'first typo fixed')).stdout).toMatch(/^Note changed on Goroutines/);
    expect(await notesOf(json)).toEqual(['first typo fixed', 'second']); // in its place
    expect((await run('note', 'goroutines', '--delete', '2')).stdout).toMatch(/^Removed the note “second” from Goroutines/);
    expect(await notesOf(json)).toEqual(['first typo fixed']);
    // log shows the notes' history, newest first: what undo reverts first is on top.
    const log = (await run('log')).stdout.split('\n');
    expect(log[0]).toMatch(/Goroutines.*: note removed “second” \(note goroutines --delete 2\)$/);
    expect(log[1]).toMatch(/: note added “first typo fixed” \(note goroutines --edit 1\)$/);
    expect(log[2]).toMatch(/: note removed “first tpyo” \(note goroutines --edit 1\)$/);
    expect((await run('undo')).stdout).toContain('note back: second');
    expect(await notesOf(json)).toEqual(['first typo fixed', 'second']);
    await run('undo');
    expect(await notesOf(json)).toEqual(['first tpyo', 'second']);
    expect((await run('undo')).stdout).toContain('note removed: second');
    expect(await notesOf(json)).toEqual(['first tpyo']);
    // The only note needs no number.
    await run('note', 'goroutines', '--delete');
    expect(await notesOf(json)).toEqual([]);
    const document = await json<LogJson>('log');
    expect(document.notes[0]).toMatchObject({ change: 'removed', text: 'first tpyo', command: 'note goroutines --delete', undo: false });
    expect(document.notes.filter((entry) => entry.undo).map((entry) => [entry.change, entry.text])).toEqual([
      ['removed', 'second'],
      ['removed', 'first typo fixed'],
    ]);
  });

  it('removing another roadmap keeps this one’s notes, and undo still reverts them', async () => {
    const { run, json, home } = await cloud();
    fs.writeFileSync(path.join(home, 'mine.md'), '# Mine\n## A\n- one\n');
    await run('add', path.join(home, 'mine.md'));
    await run('-r', 'mine', 'note', 'one', 'a note elsewhere');
    await run('note', 'goroutines', 'kept');
    expect((await run('remove', 'mine', '--force')).status).toBe(0);
    expect(await notesOf(json)).toEqual(['kept']);
    await run('undo');
    expect(await notesOf(json)).toEqual([]);
  });

  it('reads --edit’s value as a note’s number only when it is all digits, and the text as the words given', async () => {
    const { run, json } = await cloud();
    await run('note', 'goroutines', 'one');
    await run('note', 'goroutines', '--edit', 'v2');
    expect(await notesOf(json)).toEqual(['v2']);
    await run('note', 'goroutines', '--edit', '2nd try', 'with', 'more words');
    expect(await notesOf(json)).toEqual(['2nd try with more words']);
    const edited = await json<NotedJson>('note', 'goroutines', '--edit', '1', 'third');
    expect(edited.note).toEqual({ text: 'third', createdAt: expect.stringMatching(/^\d{4}-/) });
    expect((await json<LogJson>('log')).notes.slice(0, 2).map((entry) => entry.command)).toEqual(['note goroutines --edit 1', 'note goroutines --edit 1']);
    const deleted = await json<NotedJson>('note', 'goroutines', '--delete', '1');
    expect(deleted.note).toBeNull();
    expect(await notesOf(json)).toEqual([]);
  });

  it('lists each note by its first line, cut at 70 characters, when it needs to know which', async () => {
    const { run } = await cloud();
    const long = `${'x'.repeat(75)}\nsecond line`;
    await run('note', 'goroutines', long);
    await run('note', 'goroutines', 'short\nand a second line');
    expect((await run('note', 'goroutines', '--edit')).stderr).toBe(
      `roadmap: goroutines-optimizing has 2 notes: say which to edit\n1. ${'x'.repeat(70)}\n2. short\nhint: roadmap note goroutines-optimizing --edit 2\n`,
    );
    expect((await run('note', 'goroutines', '--delete', '12')).stderr).toBe(
      'roadmap: goroutines-optimizing has no note 12 (it has 2)\nhint: roadmap show goroutines-optimizing lists them\n',
    );
    expect((await run('note', 'goroutines', '--delete', '1', 'text')).stderr).toBe(
      'roadmap: note --delete takes the number of a note, not text\nhint: roadmap note goroutines-optimizing --delete 2\n',
    );
    expect((await run('note', 'goroutines')).stderr).toBe(
      'roadmap: note needs the text of the note when it cannot open an editor (no terminal, or CI is set)\nhint: roadmap note <topic> "your note"\n',
    );
  });

  it('says which note it needs, and changes nothing, when the number is missing or wrong', async () => {
    const { run, db } = await cloud();
    expect((await run('note', 'goroutines', '--edit', 'x')).stderr).toContain('there is no note on goroutines-optimizing to edit');
    await run('note', 'goroutines', 'one');
    await run('note', 'goroutines', 'two');
    const before = sha256(db);
    const which = await run('note', 'goroutines', '--delete');
    expect(which.status).toBe(64);
    expect(which.stderr).toBe(
      'roadmap: goroutines-optimizing has 2 notes: say which to delete\n1. one\n2. two\nhint: roadmap note goroutines-optimizing --delete 2\n',
    );
    expect((await run('note', 'goroutines', '--delete', '3')).stderr).toContain('goroutines-optimizing has no note 3 (it has 2)');
    expect((await run('note', 'goroutines', '--delete', '1', 'text')).stderr).toContain('--delete takes the number of a note, not text');
    expect((await run('note', 'goroutines', '--edit', '1', '--delete', '1')).stderr).toContain('--edit or --delete, not both');
    expect(sha256(db)).toBe(before);
  });
});
