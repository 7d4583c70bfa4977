// What add, remove, export and import decide for the learner's own roadmaps, in-process through main(argv, io).

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupJson } from '../../src/catalog/backup.js';
import type { ListJson, ShowJson, StatusJson } from '../../src/render/json.js';
import type { ImportedJson, InstalledJson, RemovedJson } from '../../src/render/json-changes.js';
import { type BundledId, SEEDS } from '../helpers/bundled.js';
import { statusLeaves } from '../helpers/cli.js';
import { inProcess, learner } from '../helpers/in-process.js';
import { sha256 } from '../helpers/temp.js';

const RUST_V1 = '# Rust Path\n\n## Basics\n- Ownership\n- Borrowing\n- Lifetimes\n\n## Async\n- Futures\n- Tokio runtime\n';

describe('roadmap remove', () => {
  it('needs --force when it cannot ask, then removes the roadmap and its progress', async () => {
    const { home, run, db, json } = learner();
    fs.writeFileSync(path.join(home, 'rust.md'), RUST_V1);
    await run('add', path.join(home, 'rust.md'));
    await run('use', 'rust');
    await run('done', 'Ownership');
    const before = sha256(db);
    const refused = await run('remove', 'rust');
    expect(refused.status).toBe(64);
    expect(refused.stderr).toContain('pass --force to confirm');
    expect(sha256(db)).toBe(before);
    expect((await run('remove', 'rust', '--force')).stdout).toContain('Removed rust with all its progress, notes and history.');
    expect((await json<ListJson>('list')).roadmaps.map((r) => r.id)).not.toContain('rust');
    expect((await run('status')).stderr).toContain('the default roadmap');
  });
});

describe('export and import', () => {
  it.each(Object.keys(SEEDS) as BundledId[])('%s: `add` of the markdown export gives the same topics and statuses', async (id) => {
    const { home, run, json } = learner();
    const topics = statusLeaves(await json<StatusJson>('status', '-r', id));
    await run('-r', id, 'done', topics[1].id, topics[3].id, topics.at(-1)!.id);
    await run('-r', id, 'start', topics[2].id);
    await run('-r', id, 'skip', topics[4].id);
    const file = path.join(home, 'export.md');
    expect((await run('-r', id, 'export', '-o', file)).status).toBe(0);
    expect((await run('add', file, '--id', 'copy')).status).toBe(0);
    const original = statusLeaves(await json<StatusJson>('status', '-r', id));
    const copy = statusLeaves(await json<StatusJson>('status', '-r', 'copy'));
    expect(copy.map((t) => [t.id, t.title])).toEqual(original.map((t) => [t.id, t.title]));
    expect(copy.map((t) => t.status)).toEqual(original.map((t) => t.status));
    expect(new Set(copy.map((t) => t.status))).toEqual(new Set(['done', 'doing', 'skipped', 'todo']));
  });

  it('backs everything up as JSON and restores it elsewhere; importing twice changes nothing', async () => {
    const a = learner();
    fs.writeFileSync(path.join(a.home, 'rust.md'), RUST_V1);
    await a.run('add', path.join(a.home, 'rust.md'));
    await a.run('-r', 'rust', 'done', 'Futures');
    await a.run('-r', 'rust', 'skip', 'Lifetimes', '--reason', 'later');
    await a.run('-r', 'rust', 'note', 'Futures', 'pin is subtle');
    await a.run('-r', 'go-backend-cloud', 'start', 'goroutines');
    const backupFile = path.join(a.home, 'backup.json');
    expect((await a.run('export', '--format', 'json', '-o', backupFile)).status).toBe(0);
    const backup = JSON.parse(fs.readFileSync(backupFile, 'utf8')) as BackupJson;
    expect(backup).toMatchObject({ schemaVersion: 3, kind: 'roadmap-backup' });
    expect(backup.roadmaps.find((r) => r.id === 'rust')).toMatchObject({ origin: 'user', markdown: RUST_V1 });

    const b = learner();
    const first = await b.run('import', backupFile);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Roadmaps added: rust');
    const second = await b.run('import', backupFile);
    expect(second.stdout).toBe(`Nothing to change: this database already has everything in ${backupFile}.\n`);
    expect(await b.json<StatusJson>('status', '-r', 'rust')).toMatchObject({ done: 1, skipped: 1 });
    expect(await b.json<StatusJson>('status', '-r', 'go-backend-cloud')).toMatchObject({ done: 6, doing: 1 });
    expect((await b.json<ShowJson>('show', 'Futures', '-r', 'rust')).notes.map((n) => n.text)).toEqual(['pin is subtle']);
    expect((await b.run('-r', 'rust', 'log')).stdout).toContain('to do → skipped — later');
  });

  it('refuses a file that is not a backup, changing nothing', async () => {
    const { home, run, db } = learner();
    await run('list');
    const file = path.join(home, 'x.json');
    fs.writeFileSync(file, JSON.stringify({ hello: 'world' }));
    const before = sha256(db);
    const result = await run('import', file);
    expect(result.status).toBe(65);
    expect(result.stderr).toContain('is not a roadmap backup');
    expect(sha256(db)).toBe(before);
  });
});

describe('roadmap next, for topics before the first heading', () => {
  it('gives them the place status gives them, "Topics"', async () => {
    const { home, run } = learner();
    const file = path.join(home, 'flat.md');
    fs.writeFileSync(file, '# Flat\n\n- First step\n- Second step\n');
    await run('add', file);
    const next = await run('next', '-r', 'flat');
    expect(next.stdout).toContain('1.  First step\n    Topics\n');
  });
});

describe('progress on long work', () => {
  // A clock that moves a second each time it is read: the indicator shows whatever the machine's speed.
  const slowClock = () => {
    let ms = 0;
    return () => (ms += 1000);
  };
  const fileWithParts = (home: string) => {
    const file = path.join(home, 'big.md');
    fs.writeFileSync(
      file,
      `# Big\n\n${Array.from({ length: 40 }, (_, s) => `## Part ${s}\n\n${Array.from({ length: 5 }, (_, t) => `- Topic ${s}.${t}`).join('\n')}`).join('\n\n')}\n`,
    );
    return file;
  };

  it("a percentage on a terminal's stderr, its line cleared before the result", async () => {
    const { home } = learner();
    const result = await inProcess(home, ['add', fileWithParts(home)], {}, { stderrTTY: true, elapsedMs: slowClock() });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^\r\x1b\[KReading .*big\.md… \d+%/);
    expect(result.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(result.stdout).toMatch(/^Added big/);
  });

  it('nothing when stderr is not a terminal, or on CI', async () => {
    const { home } = learner();
    expect((await inProcess(home, ['add', fileWithParts(home)], {}, { elapsedMs: slowClock() })).stderr).toBe('');
    expect((await inProcess(home, ['add', fileWithParts(home), '--id', 'again'], { CI: 'true' }, { stderrTTY: true, elapsedMs: slowClock() })).stderr).toBe('');
  });
});

describe('--json on add, refresh, remove and import', () => {
  it('print what they stored, kept, removed and brought, as declared documents', async () => {
    const { home, run, json } = learner();
    const file = path.join(home, 'rust.md');
    fs.writeFileSync(file, RUST_V1);
    expect(await json<InstalledJson>('add', file)).toEqual({
      schemaVersion: 1,
      roadmap: { id: 'rust', title: 'Rust Path' },
      added: true,
      topics: 5,
      sections: 2,
      kept: 0,
      moved: 0,
      orphans: 0,
    });
    await run('-r', 'rust', 'done', 'Ownership', 'Lifetimes');
    fs.writeFileSync(file, RUST_V1.replace('- Lifetimes\n', '').replace('- Futures', '- Futures and pinning'));
    expect(await json<InstalledJson>('refresh', 'rust')).toMatchObject({ added: false, topics: 4, kept: 1, moved: 0, orphans: 1 });
    const preview = await json<StatusJson>('add', file, '--dry-run');
    expect(preview).toMatchObject({ roadmap: { id: 'rust', title: 'Rust Path' }, total: 4, done: 0 });
    const backup = path.join(home, 'backup.json');
    await run('export', '--format', 'json', '-o', backup);
    expect(await json<RemovedJson>('remove', 'rust', '--force')).toEqual({ schemaVersion: 1, removed: { id: 'rust', bundled: false } });
    expect(await json<ImportedJson>('import', backup)).toEqual({
      schemaVersion: 1,
      statuses: 2,
      orphans: 1,
      notes: 0,
      history: 2,
      reviews: 0,
      added: ['rust'],
    });
  });
});
