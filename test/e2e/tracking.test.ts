import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogJson, NextJson, ShowJson, StatusJson } from '../../src/render/json.js';
import { cleanEnv, copyOfPackage, PACKAGE_ROOT, roadmap, user } from '../helpers/cli.js';
import { sha256, tempDir } from '../helpers/temp.js';

const cloud = () => {
  const u = user();
  u.run('use', 'go-backend-cloud');
  return u;
};

describe('statuses: start, skip, reset', () => {
  it('counts done, doing and skipped, with complete and learned percentages', () => {
    const { run, json } = cloud();
    expect(run('start', 'Phase 2/Context').stdout).toContain('▶ Context – Managing request lifecycle in Go: in progress');
    const skip = run('skip', 'mqtt', '--reason', 'not for my job');
    expect(skip.stdout).toContain('⤼ MQTT – Lightweight messaging protocol for IoT & real-time apps: skipped');
    expect(skip.stdout).toContain('reason: not for my job');
    const status = json<StatusJson>('status');
    expect(status).toMatchObject({ done: 6, doing: 1, skipped: 1, total: 35, percent: 20, percentLearned: 17 });
    expect(run('status').stdout).toContain('6 done · 1 in progress · 1 skipped · 27 to do · learned 17%');
    run('reset', 'mqtt');
    expect(json<StatusJson>('status')).toMatchObject({ skipped: 0, doing: 1 });
  });

  it('applies a section to its leaves: start leaves finished topics alone, reset takes all', () => {
    const { run, json } = cloud();
    expect(run('start', 'Phase 1: Fundamentals').stdout).toContain('▶ Phase 1: Fundamentals: 1 of its 7 topics now in progress');
    expect(json<StatusJson>('status')).toMatchObject({ done: 6, doing: 1 });
    expect(run('reset', 'Phase 1: Fundamentals').stdout).toContain('Phase 1: Fundamentals: 7 of its 7 topics now to do');
    expect(json<StatusJson>('status')).toMatchObject({ done: 0, doing: 0 });
  });

  it('puts topics in progress first in next', () => {
    const { run, json } = cloud();
    run('start', 'Dive into Kubernetes');
    const next = json<NextJson>('next', '-n', '2');
    expect(next.suggestions.map((s) => [s.title, s.reason])).toEqual([
      ['Dive into Kubernetes with AWS EKS', 'in progress: finish what you started'],
      ['Goroutines – Optimizing performance with concurrency in Go', 'first open topic of the earliest unfinished section'],
    ]);
  });
});

describe('undo and log', () => {
  it('reverts the last changing command, then the one before, in words', () => {
    const { run, json } = cloud();
    run('done', 'goroutines');
    run('skip', 'Phase 2/Context', 'mqtt');
    expect(run('undo').stdout).toBe(
      'Undid `roadmap skip Phase 2/Context mqtt` on go-backend-cloud:\n' +
        '  Context – Managing request lifecycle in Go: skipped → to do\n' +
        '  MQTT – Lightweight messaging protocol for IoT & real-time apps: skipped → to do\n',
    );
    expect(run('undo').stdout).toContain('Goroutines – Optimizing performance with concurrency in Go: done → to do');
    expect(json<StatusJson>('status')).toMatchObject({ done: 6, skipped: 0 });
  });

  it('says when there is nothing to undo, and does not undo the starting [x] items', () => {
    const { run, db } = cloud();
    const before = sha256(db);
    const result = run('undo');
    expect(result.status).toBe(64);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('roadmap: nothing to undo');
    expect(sha256(db)).toBe(before);
  });

  it('keeps notes through undo', () => {
    const { run, json } = cloud();
    run('done', 'goroutines');
    run('note', 'goroutines', 'errgroup', 'for', 'fan-out');
    run('undo');
    expect(json<ShowJson>('show', 'goroutines').notes.map((n) => n.text)).toEqual(['errgroup for fan-out']);
  });

  it('logs every change with time, topic, from and to, newest first, undo included', () => {
    const { home } = cloud();
    const at = (now: string, ...args: string[]) => roadmap(home, args, { env: { ROADMAP_NOW: now, TZ: 'UTC' } });
    at('2026-11-01T09:00:00Z', 'start', 'goroutines');
    at('2026-11-02T10:30:00Z', 'done', 'goroutines');
    at('2026-11-03T11:00:00Z', 'skip', 'mqtt', '--reason', 'later');
    at('2026-11-04T12:00:00Z', 'undo');
    expect(at('2026-11-05T00:00:00Z', 'log').stdout).toBe(
      [
        '2026-11-04 12:00  MQTT – Lightweight messaging protocol for IoT & real-time apps: skipped → to do (undo skip mqtt)',
        '2026-11-03 11:00  MQTT – Lightweight messaging protocol for IoT & real-time apps: to do → skipped — later (skip mqtt)',
        '2026-11-02 10:30  Goroutines – Optimizing performance with concurrency in Go: in progress → done (done goroutines)',
        '2026-11-01 09:00  Goroutines – Optimizing performance with concurrency in Go: to do → in progress (start goroutines)',
        '',
      ].join('\n'),
    );
    const since = JSON.parse(at('2026-11-05T00:00:00Z', 'log', '--since', '2026-11-03', '--json').stdout) as LogJson;
    expect(since.events.map((e) => [e.at, e.from, e.to, e.reason, e.undo])).toEqual([
      ['2026-11-04T12:00:00.000Z', 'skipped', 'todo', null, true],
      ['2026-11-03T11:00:00.000Z', 'todo', 'skipped', 'later', false],
    ]);
    expect(at('2026-11-05T00:00:00Z', 'log', '-n', '1').stdout.trim().split('\n')).toHaveLength(1);
    expect(at('2026-11-05T00:00:00Z', 'log', '--since', '2d', '--json').stdout).toContain('2026-11-04T12:00:00.000Z');
  });

  it('refuses a date it cannot read', () => {
    const result = cloud().run('log', '--since', 'last tuesday');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain("--since takes a date (2026-11-01), a date-time, or a span like 7d or 2w, not 'last tuesday'");
  });
});

describe('show and note', () => {
  it('shows a topic: path, status and when, resources, notes', () => {
    const { home } = user();
    const run = (...args: string[]) => roadmap(home, ['-r', 'go-backend-6-weeks', ...args], { env: { ROADMAP_NOW: '2026-11-10T08:00:00Z', TZ: 'UTC' } });
    run('start', 'JSON handling');
    run('note', 'JSON handling', 'encoding/json vs jsoniter');
    expect(run('show', 'JSON handling').stdout).toBe(
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

  it('shows a section with its description, resources and children', () => {
    const { run } = user();
    const week = JSON.parse(run('-r', 'go-backend-6-weeks', 'show', 'WEEK 1', '--json').stdout) as ShowJson;
    expect(week).toMatchObject({ type: 'section', title: 'WEEK 1 – Backend Fundamentals & Real-World Go', total: 7, status: 'todo' });
    expect(week.description).toBe('Goal: Transition from game dev mindset to scalable backend services in Go.');
    expect(week.resources[0]).toEqual({ title: 'Go Web Examples', url: 'https://gowebexamples.com/' });
    expect(week.children.map((c) => c.title)).toEqual(['What to Learn', 'Project Task']);
    const human = run('-r', 'go-backend-6-weeks', 'show', 'WEEK 1').stdout;
    expect(human).toContain('  • Go Web Examples  https://gowebexamples.com/');
  });

  it('needs the text of a note when it cannot open an editor', () => {
    const result = cloud().run('note', 'goroutines');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain('needs the text of the note when it cannot open an editor');
  });

  it('keeps quotes, %, _ and SQL in notes and arguments as plain text', () => {
    const { run, json } = cloud();
    const text = `it's 100% "fine"; DROP TABLE notes; -- _x_`;
    expect(run('note', 'goroutines', text).status).toBe(0);
    expect(json<ShowJson>('show', 'goroutines').notes[0]!.text).toBe(text);
    const odd = run('done', "'; DROP TABLE progress; --");
    expect(odd.status).toBe(64);
    expect(json<StatusJson>('status').done).toBe(6);
  });

  it('says what to type for show without a topic', () => {
    const result = cloud().run('show');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain('show needs a topic or section');
  });
});

describe('a bundled roadmap changed after the build', () => {
  it('is read again (not taken from the build’s index), keeping progress', () => {
    // Its files' times are kept, so the build's index holds for them at first.
    const root = copyOfPackage();
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules'), path.join(root, 'node_modules'));
    const home = tempDir();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(root, 'bin', 'roadmap.cjs'), ...args, '-r', 'go-backend-cloud'], { env: cleanEnv({ HOME: home, ROADMAP_HOME: home }), encoding: 'utf8' });
    expect(run('done', 'goroutines').status).toBe(0);
    const before = JSON.parse(run('status', '--json').stdout) as StatusJson;
    fs.appendFileSync(path.join(root, 'roadmaps', 'go-backend-cloud.md'), '\n## Extra\n\n- [ ] A topic added by a new release\n');
    const after = JSON.parse(run('status', '--json').stdout) as StatusJson;
    expect(after.total).toBe(before.total + 1);
    expect(after.done).toBe(before.done);
    expect(run('status').stdout).toMatch(/Extra +[░▓▒█]+ +0\/1/);
  });
});
