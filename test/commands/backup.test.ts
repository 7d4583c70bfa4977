// Import as untrusted input and as one transaction, in-process through main(argv, io).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BackupJson } from '../../src/catalog/backup.js';
import type { ListJson, StatusJson } from '../../src/render/json.js';
import { inProcess, learner } from '../helpers/in-process.js';
import { sha256 } from '../helpers/temp.js';

const RUST = '# Rust Path\n\n## Basics\n- Ownership\n- Borrowing\n';

/** A learner with their own roadmap, a little progress, and its backup written out. */
async function withBackup() {
  const a = learner({ ROADMAP_NOW: '2026-05-01T10:00:00Z' });
  fs.writeFileSync(path.join(a.home, 'rust.md'), RUST);
  await a.run('add', path.join(a.home, 'rust.md'));
  await a.run('-r', 'rust', 'done', 'Ownership');
  const file = path.join(a.home, 'backup.json');
  expect((await a.run('export', '--format', 'json', '-o', file)).status).toBe(0);
  return { a, file, backup: JSON.parse(fs.readFileSync(file, 'utf8')) as BackupJson };
}

/** Import `backup` into another learner's existing database: refused (exit 65) with `message`, the database byte-identical. */
async function expectRefused(dir: string, backup: unknown, message: string) {
  const file = path.join(dir, 'refused.json');
  fs.writeFileSync(file, JSON.stringify(backup));
  const b = learner({ ROADMAP_NOW: '2026-05-02T10:00:00Z' });
  await b.run('list');
  const before = sha256(b.db);
  const result = await b.run('import', file);
  expect(result.status).toBe(65);
  expect(result.stderr).toContain(message);
  expect(sha256(b.db)).toBe(before);
  return b;
}

describe('import, all or nothing', () => {
  it('refuses the whole backup when one roadmap in it cannot be added, adding nothing, not even the good one before it', async () => {
    const { a, backup } = await withBackup();
    const bad = { ...backup.roadmaps.find((r) => r.id === 'rust')!, id: 'empty', markdown: 'Just a paragraph.\n', progress: [], notes: [], history: [] };
    const b = await expectRefused(a.home, { ...backup, roadmaps: [...backup.roadmaps, bad] }, 'nothing in it to track');
    expect((await b.json<ListJson>('list')).roadmaps.map((r) => r.id)).not.toContain('rust');
  });

  it('refuses a hostile backup with the place inside it, the database byte-identical', async () => {
    const { a, backup } = await withBackup();
    const rust = backup.roadmaps.find((r) => r.id === 'rust')!;
    await expectRefused(
      a.home,
      { ...backup, roadmaps: [{ ...rust, progress: [{ ...rust.progress[0], changedAt: '9999-12-31T00:00:00.000Z' }] }] },
      'roadmaps[0].progress[0].changedAt is in the future',
    );
    const note = { topicId: rust.progress[0].topicId, text: 'x', createdAt: '2026-05-01T10:00:00.000Z' };
    const [batch] = backup.batches;
    for (const [change, message] of [
      [{ notes: [{ ...note, added: 99_999 }] }, 'roadmaps[0].notes[0].added names no batch in "batches" (99999)'],
      [{ notes: [{ ...note, added: -3 }] }, 'roadmaps[0].notes[0].added is not a positive whole number'],
      [{ notes: [{ ...note, removed: 'note x' }] }, 'roadmaps[0].notes[0].removed is not a positive whole number'],
      [{ history: [{ ...rust.history[0], batch: 0 }] }, 'roadmaps[0].history[0].batch is not a positive whole number'],
    ] as const) {
      await expectRefused(a.home, { ...backup, roadmaps: [{ ...rust, ...change }] }, message);
    }
    for (const [batches, message] of [
      [[batch, batch], 'batches[1].id repeats the batch'],
      [[{ ...batch, at: 'yesterday' }], 'batches[0].at is not a date-time'],
      [[{ ...batch, command: 7 }], 'batches[0].command is not text'],
      [[{ ...batch, undone: 'no' }], 'batches[0].undone is not true or false'],
      [{}, '"batches" is not a list'],
    ] as const) {
      await expectRefused(a.home, { ...backup, batches }, message);
    }
    // Version 1 kept each note's commands in the note: still read, and still checked.
    for (const [added, message] of [
      [{ at: 'yesterday', command: 'note x', undo: false }, 'roadmaps[0].notes[0].added.at'],
      [{ at: '2026-05-01T10:00:00.000Z', command: 'note x', undo: false, batch: -3 }, 'roadmaps[0].notes[0].added.batch is not a positive whole number'],
      ['note x', 'roadmaps[0].notes[0].added is not an object'],
    ] as const) {
      await expectRefused(a.home, { ...backup, schemaVersion: 1, roadmaps: [{ ...rust, history: [], notes: [{ ...note, added }] }] }, message);
    }
  });
});

describe('import, merging', () => {
  it('keeps the newer status either way: a later local change stays, a later backed-up one wins', async () => {
    const { file } = await withBackup(); // Ownership done on 2026-05-01
    const later = learner({ ROADMAP_NOW: '2026-05-03T10:00:00Z' });
    await later.run('import', file);
    await later.run('-r', 'rust', 'start', 'Ownership'); // a later local change: in progress
    expect((await later.run('import', file)).stdout).toContain('Nothing to change');
    expect(await later.json<StatusJson>('status', '-r', 'rust')).toMatchObject({ done: 0, doing: 1 });

    const earlier = learner({ ROADMAP_NOW: '2026-05-01T09:00:00Z' });
    await earlier.run('import', file);
    await earlier.run('-r', 'rust', 'reset', 'Ownership'); // at 09:00, before the backup's 10:00 done
    await earlier.run('import', file);
    expect(await earlier.json<StatusJson>('status', '-r', 'rust')).toMatchObject({ done: 1 });
  });

  it('never follows the source path by itself: the roadmap comes from the backup; refresh reads the path through add’s guards', async () => {
    const { a, backup } = await withBackup();
    const rust = backup.roadmaps.find((r) => r.id === 'rust')!;
    const file = path.join(a.home, 'pointing.json');
    const link = path.join(a.home, 'zero.md');
    fs.symlinkSync('/dev/zero', link);
    fs.writeFileSync(file, JSON.stringify({ ...backup, roadmaps: [{ ...rust, sourcePath: link }] }));
    const b = learner({ ROADMAP_NOW: '2026-05-02T10:00:00Z' });
    expect((await b.run('import', file)).status).toBe(0);
    expect((await b.json<StatusJson>('status', '-r', 'rust')).total).toBe(2);
    const refresh = await b.run('refresh', 'rust');
    expect(refresh.status).toBe(66);
    expect(refresh.stderr).toContain('is not a regular file');
    expect(refresh.stderr).toContain('the stored copy is still used');
    expect((await b.json<StatusJson>('status', '-r', 'rust')).total).toBe(2);
  });
});

describe('import, telling what it did', () => {
  it('says which statuses are for topics the roadmap does not have (kept as orphans), and counts none of them as progress', async () => {
    const { a, backup } = await withBackup();
    const rust = backup.roadmaps.find((roadmap) => roadmap.id === 'rust')!;
    for (const gone of ['gone', 'also-gone'])
      rust.progress.push({ topicId: `basics/${gone}`, status: 'done', changedAt: '2026-04-01T00:00:00.000Z', title: gone });
    const file = path.join(a.home, 'with-orphan.json');
    fs.writeFileSync(file, JSON.stringify(backup));
    const b = learner({ ROADMAP_NOW: '2026-05-02T10:00:00Z' });
    const result = await b.run('import', file);
    expect(result.stdout).toContain('3 statuses changed');
    expect(result.stdout).toContain('2 of those statuses are for topics this version of the roadmap does not have: kept as orphans');
    expect(await b.json<StatusJson>('status', '-r', 'rust')).toMatchObject({ done: 1, orphans: 2 });
  });
});

describe('a restore is the same learner', () => {
  it('gives the same answers to every read command after a month of use, exported and imported into an empty directory', async () => {
    const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T18:00:00Z`;
    const a = learner();
    const at = (n: number, ...args: string[]) => inProcess(a.home, args, { ROADMAP_NOW: day(n) });
    fs.writeFileSync(path.join(a.home, 'rust.md'), RUST);
    await at(1, 'use', 'go-backend-cloud', '--since', '2026-03-01');
    await at(1, 'add', path.join(a.home, 'rust.md'));
    await at(2, 'start', 'goroutines');
    await at(3, 'done', 'goroutines');
    await at(4, 'skip', 'mqtt', '--reason', 'not for my job');
    await at(5, 'done', 'Phase 2/Context');
    await at(5, 'undo');
    await at(8, 'note', 'goroutines', 'errgroup for fan-out');
    await at(8, 'note', 'goroutines', 'a tpyo');
    await at(9, 'note', 'goroutines', '--edit', '2', 'a typo, mended');
    await at(9, 'note', 'goroutines', 'gone soon');
    await at(9, 'note', 'goroutines', '--delete', '3');
    await at(9, 'note', 'goroutines', 'taken back');
    await at(9, 'undo');
    await at(9, '-r', 'rust', 'done', 'Ownership');
    fs.writeFileSync(path.join(a.home, 'rust.md'), `${RUST}- Lifetimes\n`);
    await at(10, 'refresh', 'rust');
    await at(12, '-r', 'rust', 'done', 'Lifetimes');
    const file = path.join(a.home, 'backup.json');
    expect((await at(14, 'export', '--format', 'json', '-o', file)).status).toBe(0);

    const b = learner();
    expect((await inProcess(b.home, ['import', file], { ROADMAP_NOW: day(15) })).status).toBe(0);
    const read = async (home: string, ...args: string[]) =>
      JSON.parse((await inProcess(home, [...args, '--json'], { ROADMAP_NOW: day(16) })).stdout) as unknown;
    for (const roadmap of ['go-backend-cloud', 'rust']) {
      for (const command of [['status'], ['stats'], ['next'], ['show', 'goroutines']]) {
        if (roadmap === 'rust' && command[0] === 'show') continue;
        expect(await read(b.home, '-r', roadmap, ...command), `${command.join(' ')} -r ${roadmap}`).toEqual(await read(a.home, '-r', roadmap, ...command));
      }
    }
    expect(await read(b.home, 'list')).toEqual(await read(a.home, 'list'));
    // log has every entry of the original, with its command and undo; the import's own changes come on top (undo reverts them).
    type Log = { events: { command: string }[]; notes: unknown[] };
    const restored = (await read(b.home, 'log', '-r', 'go-backend-cloud')) as Log;
    const original = (await read(a.home, 'log', '-r', 'go-backend-cloud')) as Log;
    expect(restored.events.filter((event) => event.command !== 'import')).toEqual(original.events);
    // The notes' history too: added, edited, deleted, and the one undo took back.
    expect(original.notes).toHaveLength(8); // 5 added, 1 removed by the edit, 1 by delete, 1 by undo
    expect(restored.notes).toEqual(original.notes);
    // Importing the same backup again changes nothing, notes included.
    expect((await inProcess(b.home, ['import', file], { ROADMAP_NOW: day(15) })).stdout).toMatch(/^Nothing to change/);
  });
});

describe('the backup’s versions', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

  it('keeps each command once, however many topics it changed', async () => {
    const a = learner({ ROADMAP_NOW: '2026-05-01T10:00:00Z' });
    await a.run('-r', 'backend-mastery', 'done', 'Phase 1');
    const text = (await a.run('export', '--format', 'json')).stdout;
    const backup = JSON.parse(text) as BackupJson;
    const mastery = backup.roadmaps.find((roadmap) => roadmap.id === 'backend-mastery')!;
    expect(mastery.history.length).toBeGreaterThan(5);
    expect(text.split('"done Phase 1"')).toHaveLength(2);
    expect(new Set(mastery.history.map((entry) => entry.batch))).toEqual(new Set([backup.batches[0].id]));
  });

  it('restores a version 1 backup as the same learner as its version 2 export', async () => {
    // The golden scenario's backup, written by version 1 and by version 2 of the format.
    const v1 = learner();
    const v2 = learner();
    const env = { ROADMAP_NOW: '2026-10-23T10:00:00Z' };
    expect((await inProcess(v1.home, ['import', fixture('backup-v1.json')], env)).status).toBe(0);
    expect((await inProcess(v2.home, ['import', fixture('golden/export.json')], env)).status).toBe(0);
    const read = async (home: string, ...args: string[]) => JSON.parse((await inProcess(home, [...args, '--json'], env)).stdout) as unknown;
    for (const args of [
      ['list'],
      ['log'],
      ['-r', 'learner', 'status'],
      ['-r', 'learner', 'stats'],
      ['-r', 'learner', 'next'],
      ['-r', 'learner', 'show', 'c-pointers'],
    ]) {
      expect(await read(v1.home, ...args), args.join(' ')).toEqual(await read(v2.home, ...args));
    }
    // Backed up again, the two hold the same roadmaps, entries and commands (numbered in another order: v1 had no order across roadmaps).
    const backup = async (home: string) => {
      const { batches, roadmaps } = JSON.parse((await inProcess(home, ['export', '--format', 'json'], env)).stdout) as BackupJson;
      const command = new Map(batches.map(({ id, ...rest }) => [id, rest]));
      return roadmaps.map(({ history, notes, ...rest }) => ({
        ...rest,
        history: history.map(({ batch, ...entry }) => ({ ...entry, batch: command.get(batch) })),
        notes: notes.map(({ added, removed, ...note }) => ({ ...note, added: added && command.get(added), removed: removed && command.get(removed) })),
      }));
    };
    expect(await backup(v1.home)).toEqual(await backup(v2.home));
  });
});

describe('export -o, writing only where it should', () => {
  it('refuses a directory, a FIFO, a device and the database itself, touching none of them', async () => {
    const { home, run, db } = learner();
    await run('use', 'go-backend-cloud');
    const fifo = path.join(home, 'pipe');
    execFileSync('mkfifo', [fifo]);
    // The device is named through a link: were the guard broken, a rename would replace the link, never /dev/null itself.
    const device = path.join(home, 'null-device');
    fs.symlinkSync('/dev/null', device);
    const before = sha256(db);
    for (const [target, what] of [
      [home, 'is a directory'],
      [fifo, 'is a FIFO'],
      [device, 'is a device'],
      [db, "is roadmap's own database"],
      [`${db}.backup`, "is roadmap's own database"],
    ] as const) {
      const result = await run('export', '-o', target);
      expect(result.status, target).toBe(73);
      expect(result.stderr).toContain(what);
    }
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(sha256(db)).toBe(before);
  });

  it('writes through a symlink to its target, and /dev/stdout as a stream', async () => {
    const { home, run } = learner();
    await run('use', 'go-backend-cloud');
    const target = path.join(home, 'real.md');
    const link = path.join(home, 'link.md');
    fs.writeFileSync(target, 'old');
    fs.symlinkSync(target, link);
    expect((await run('export', '-o', link)).status).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toContain('- [x]');
    const streamed = await run('export', '-o', '/dev/stdout');
    expect(streamed.status).toBe(0);
    expect(streamed.stdout).toContain('- [x]');
    expect(fs.readdirSync(home).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
