import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { DoctorJson } from '../../src/render/json-reports.js';
import { diagnose, Store } from '../../src/store/db.js';
import { APPLICATION_ID, MIGRATIONS } from '../../src/store/migrations.js';
import { REVIEW_STATES } from '../../src/store/queries.js';
import { inProcess } from '../helpers/in-process.js';
import { sha256, tempDir } from '../helpers/temp.js';

const raw = (file: string) => new Database(file);

describe('Store', () => {
  it('creates the file and its directory (mode 0700) on first use, with our id and schema version', () => {
    const file = path.join(tempDir(), 'deep', 'er', 'roadmap.db');
    Store.open(file).close();
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    const db = raw(file);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['roadmap.db']);
  });

  it('opens again without migrating twice, and keeps what was written', () => {
    const file = path.join(tempDir(), 'roadmap.db');
    const first = Store.open(file);
    first.write(() => first.setMeta('active', 'x'));
    first.close();
    const second = Store.open(file);
    expect(second.getMeta('active')).toBe('x');
    second.close();
  });

  it('sets the durability pragmas on every open', () => {
    const file = path.join(tempDir(), 'roadmap.db');
    Store.open(file).close();
    const store = Store.open(file);
    expect(store.pragma('journal_mode')).toBe('delete');
    expect(store.pragma('synchronous')).toBe(2);
    expect(store.pragma('foreign_keys')).toBe(1);
    expect(store.pragma('busy_timeout')).toBe(5000);
    store.close();
  });

  it('records a batch of changes with an event each, and the statuses', () => {
    const file = path.join(tempDir(), 'roadmap.db');
    const store = Store.open(file);
    store.write(() => {
      store.putRoadmap({ id: 'r', title: 'R', origin: 'bundled', treeKey: 'k', addedAt: '2026-01-01T00:00:00.000Z', sourcePath: null });
      store.recordChanges(
        'r',
        { kind: 'command', command: 'done a b' },
        [
          { topicId: 'a', title: 'A', from: 'todo', to: 'done' },
          { topicId: 'b', title: 'B', from: 'todo', to: 'done' },
        ],
        '2026-01-02T00:00:00.000Z',
      );
    });
    expect([...store.statuses('r')]).toEqual([
      ['a', 'done'],
      ['b', 'done'],
    ]);
    store.close();
    const db = raw(file);
    expect(db.prepare('SELECT command FROM batches').all()).toEqual([{ command: 'done a b' }]);
    expect(db.prepare('SELECT topic_id, from_status, to_status FROM events ORDER BY id').all()).toEqual([
      { topic_id: 'a', from_status: 'todo', to_status: 'done' },
      { topic_id: 'b', from_status: 'todo', to_status: 'done' },
    ]);
    db.close();
  });

  it('rolls a failed write back whole', () => {
    const file = path.join(tempDir(), 'roadmap.db');
    const store = Store.open(file);
    expect(() =>
      store.write(() => {
        store.setMeta('active', 'x');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.getMeta('active')).toBeUndefined();
    store.close();
  });

  const refusals: [string, (file: string) => void, RegExp, number][] = [
    ['a markdown file', (file) => fs.writeFileSync(file, '# My notes\n'), /not an SQLite file/, 65],
    ['an empty file', (file) => fs.writeFileSync(file, ''), /not an SQLite file/, 65],
    [
      "another program's SQLite database",
      (file) => {
        const db = raw(file);
        db.exec('CREATE TABLE photos (id INTEGER)');
        db.close();
      },
      /another program's SQLite file/,
      65,
    ],
    [
      'a database from a newer roadmap',
      (file) => {
        Store.open(file).close();
        const db = raw(file);
        db.pragma('user_version = 99');
        db.close();
      },
      /newer roadmap \(schema 99/,
      65,
    ],
  ];

  it.each(refusals)('refuses %s, naming the path and leaving it byte for byte unchanged', (_name, make, message, exitCode) => {
    const file = path.join(tempDir(), 'roadmap.db');
    make(file);
    const before = sha256(file);
    let error: unknown;
    try {
      Store.open(file).close();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect((error as UserError).message).toContain(file);
    expect((error as UserError).exitCode).toBe(exitCode);
    expect(sha256(file)).toBe(before);
  });

  it('refuses a directory at the path', () => {
    const dir = tempDir();
    expect(() => Store.open(dir)).toThrow(/is a directory/);
  });
});

describe('the daily backup', () => {
  it('is not made by the run that created the database, but by the next that changes something, once a day', () => {
    const file = path.join(tempDir(), 'roadmap.db');
    const put = (store: Store) => store.write(() => store.setMeta('active', 'x'));
    const first = Store.open(file);
    put(first);
    first.backupDaily(new Date('2026-11-21T10:00:00Z'));
    first.close();
    expect(fs.existsSync(`${file}.backup`)).toBe(false);
    const second = Store.open(file);
    second.backupDaily(new Date('2026-11-21T11:00:00Z'));
    expect(fs.existsSync(`${file}.backup`)).toBe(false); // it changed nothing
    put(second);
    second.backupDaily(new Date('2026-11-21T11:00:00Z'));
    second.close();
    expect(fs.existsSync(`${file}.backup`)).toBe(true);
    const made = fs.statSync(`${file}.backup`).mtimeMs;
    const third = Store.open(file);
    put(third);
    third.backupDaily(new Date('2026-11-21T12:00:00Z'));
    third.close();
    expect(fs.statSync(`${file}.backup`).mtimeMs).toBe(made);
  });
});

describe('leaves', () => {
  it('place the changed topics of a roadmap in a tree, null for topics the tree lacks', () => {
    const store = Store.open(path.join(tempDir(), 'roadmap.db'));
    const at = '2026-01-02T00:00:00.000Z';
    store.write(() => {
      store.putTree('k', '{}', '{}', ['s/a', 's/b', 's/c']);
      store.putRoadmap({ id: 'r', title: 'R', origin: 'bundled', treeKey: 'k', addedAt: at, sourcePath: null });
      for (const [topicId, status] of [
        ['s/c', 'done'],
        ['s/a', 'doing'],
        ['s/b', 'todo'],
        ['gone', 'skipped'],
      ] as const) {
        store.putProgress('r', { topicId, status, changedAt: at, title: topicId });
      }
    });
    const placed = store.placedStatuses('r', 'k').sort((x, y) => (x.position ?? -1) - (y.position ?? -1));
    expect(placed).toEqual([
      { status: 'skipped', position: null },
      { status: 'doing', position: 0 },
      { status: 'done', position: 2 },
    ]);
    // Stored again (an outline made anew), a tree's leaves are replaced, not added to.
    store.write(() => store.putTree('k', '{}', '{}', ['s/c']));
    expect(
      store
        .placedStatuses('r', 'k')
        .map((row) => row.position)
        .sort(),
    ).toEqual([0, null, null]);
    store.close();
  });
});

describe('an older database', () => {
  it('is migrated forward (schema 2 → 3: outlines without their leaves are made again)', () => {
    const file = path.join(tempDir(), 'roadmap.db');
    const db = raw(file);
    db.exec(MIGRATIONS[0]);
    db.exec(MIGRATIONS[1]);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 2');
    db.prepare(`INSERT INTO trees (key, tree, outline) VALUES ('k', '{}', '{"leaves":["a"]}')`).run();
    db.close();
    const store = Store.open(file);
    expect(store.pragma('user_version')).toBe(MIGRATIONS.length);
    expect(store.getTree('k')).toBe('{}');
    expect(store.getOutline('k')).toBeUndefined();
    store.close();
  });

  it('is migrated forward and keeps its data (schema 1 → 2: outlines beside trees)', () => {
    const file = path.join(tempDir(), 'roadmap.db');
    const db = raw(file);
    db.exec(MIGRATIONS[0]);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 1');
    db.prepare("INSERT INTO meta (key, value) VALUES ('active', 'go-backend-cloud')").run();
    db.prepare("INSERT INTO trees (key, tree) VALUES ('k', '{}')").run();
    db.close();
    const store = Store.open(file);
    expect(store.pragma('user_version')).toBe(MIGRATIONS.length);
    expect(store.getMeta('active')).toBe('go-backend-cloud');
    expect(store.getTree('k')).toBe('{}');
    expect(store.getOutline('k')).toBeUndefined();
    store.close();
  });

  it('finds the events of a batch through an index, so removing a roadmap never scans the whole history', () => {
    const file = path.join(tempDir(), 'roadmap.db');
    Store.open(file).close();
    const db = raw(file);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');
    expect(plan('DELETE FROM batches WHERE NOT EXISTS (SELECT 1 FROM events WHERE events.batch_id = batches.id)')).toMatch(
      /USING (COVERING )?INDEX events_by_batch/,
    );
    expect(plan('SELECT 1 FROM events WHERE batch_id = 7')).toMatch(/USING (COVERING )?INDEX events_by_batch/);
    // log, newest first, reads as far as its limit: through the time indexes, with no sort of the whole history.
    expect(plan('SELECT e.id FROM events e JOIN batches b ON b.id = e.batch_id ORDER BY e.at DESC, e.id DESC LIMIT 20')).toMatch(
      /^SCAN e USING INDEX events_by_time/,
    );
    expect(plan('SELECT n.id FROM batches b JOIN notes n ON n.added_by = b.id ORDER BY b.at DESC, b.id DESC, n.id DESC LIMIT 20')).toMatch(
      /^SCAN b USING COVERING INDEX batches_by_time/,
    );
    // The reviews due: each done topic's own events through the topic's index, never every event at one instant
    // (a first load or a whole section done gives thousands the same time: that plan took 12 s for 10k topics).
    const reviews = plan(REVIEW_STATES.replaceAll('@roadmapId', "'r'").replaceAll('@topicId', 'NULL'));
    expect(reviews).toMatch(/SEARCH e USING INDEX events_by_topic \(roadmap_id=\? AND topic_id=\?\)/);
    expect(reviews).toMatch(/SEARCH l USING INDEX reviews_by_topic/);
    expect(reviews).not.toMatch(/SCAN (e|l|c|r)\b/);
    db.close();
  });
});

describe('who may read the database', () => {
  it('the database and its daily backup are made readable by their owner only (0600)', async () => {
    const home = tempDir();
    expect((await inProcess(home, ['done', '-r', 'go-backend-cloud', 'goroutines'])).status).toBe(0);
    expect((await inProcess(home, ['reset', '-r', 'go-backend-cloud', 'goroutines'], { ROADMAP_NOW: '2099-01-01T00:00:00Z' })).status).toBe(0);
    for (const name of ['roadmap.db', 'roadmap.db.backup']) expect(fs.statSync(path.join(home, name)).mode & 0o777, name).toBe(0o600);
  });
});

describe('what killed commands leave behind', () => {
  it('temporary copies of a dead process are removed at the next daily backup; a running one’s are left alone', async () => {
    const home = tempDir();
    expect((await inProcess(home, ['done', '-r', 'go-backend-cloud', 'goroutines'])).status).toBe(0);
    const dead = spawnSync('true').pid;
    const leftovers = [`roadmap.db.backup.${dead}.tmp`, `roadmap.db.backup.${dead}.tmp-journal`, `roadmap.db.${dead}.1700000000000.new`];
    const running = 'roadmap.db.backup.1.tmp'; // process 1 always runs
    // Names that only look like ours (a learner's own files beside the database) are never touched.
    const others = [
      `roadmap.db.backup.${dead}.tmp.keep`,
      `roadmap.db.backup.x${dead}.tmp`,
      `roadmap.db.${dead}.1700000000000.new.old`,
      `roadmap.db.${dead}.new`,
    ];
    for (const name of [...leftovers, running, ...others]) fs.writeFileSync(path.join(home, name), 'x');
    // doctor lists them (not the running one's), and changes nothing.
    const doctor = JSON.parse((await inProcess(home, ['doctor', '--json'])).stdout) as DoctorJson;
    expect(doctor.leftovers).toEqual(leftovers.map((name) => ({ path: path.join(home, name), bytes: 1 })));
    const text = (await inProcess(home, ['doctor'])).stdout;
    expect(text).toContain('leftovers 3 files of commands killed mid-write, 0 KiB (removed at the next daily backup; safe to delete)\n');
    for (const name of leftovers) expect(text).toContain(`\n          ${path.join(home, name)}\n`);
    expect(fs.readdirSync(home)).toEqual(expect.arrayContaining([...leftovers, running]));
    expect((await inProcess(home, ['reset', '-r', 'go-backend-cloud', 'goroutines'], { ROADMAP_NOW: '2099-01-01T00:00:00Z' })).status).toBe(0);
    const names = fs.readdirSync(home);
    for (const name of leftovers) expect(names, name).not.toContain(name);
    expect(names).toEqual(expect.arrayContaining([running, ...others]));
  });
});

describe('the daily backup, and what counts as a change', () => {
  it('is made by the first change of the learner’s in a day, not by a run that only installs a roadmap', async () => {
    const home = tempDir();
    const backup = path.join(home, 'roadmap.db.backup');
    expect((await inProcess(home, ['status', '-r', 'go-backend-cloud'])).status).toBe(0);
    // Another day, a read command that installs another bundled roadmap: nothing of the learner's changed.
    expect((await inProcess(home, ['status', '-r', 'backend-mastery'], { ROADMAP_NOW: '2099-01-01T00:00:00Z' })).status).toBe(0);
    expect(fs.existsSync(backup)).toBe(false);
    expect((await inProcess(home, ['done', '-r', 'go-backend-cloud', 'goroutines'], { ROADMAP_NOW: '2099-01-01T01:00:00Z' })).status).toBe(0);
    expect(fs.existsSync(backup)).toBe(true);
  });
});

describe('a daily backup that cannot be made', () => {
  it('never fails the change, and says so on stderr, with why', async () => {
    const home = tempDir();
    expect((await inProcess(home, ['status', '-r', 'go-backend-cloud'])).status).toBe(0);
    // Something in the way of the backup: a directory with something in it where the file goes.
    fs.mkdirSync(path.join(home, 'roadmap.db.backup', 'x'), { recursive: true });
    const done = await inProcess(home, ['done', '-r', 'go-backend-cloud', 'goroutines'], { ROADMAP_NOW: '2099-01-01T01:00:00Z' });
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('Goroutines – Optimizing performance with concurrency in Go: done');
    expect(done.stderr).toMatch(
      /^roadmap: the daily backup was not made \((ENOTEMPTY|EISDIR|EEXIST): .*\); your change is saved\nhint: roadmap doctor checks the database and its backup\n$/,
    );
    expect(fs.readdirSync(home).filter((name) => name.includes('.tmp'))).toEqual([]);
    // A read command makes no backup, and says nothing.
    expect((await inProcess(home, ['status', '-r', 'go-backend-cloud'], { ROADMAP_NOW: '2099-01-02T01:00:00Z' })).stderr).toBe('');
  });
});

describe('the daily backup keeps a roadmap the learner added', () => {
  it('adding one’s own roadmap is a change of the learner’s', async () => {
    const home = tempDir();
    expect((await inProcess(home, ['status', '-r', 'go-backend-cloud'])).status).toBe(0);
    fs.writeFileSync(path.join(home, 'mine.md'), '# Mine\n\n- A\n');
    expect((await inProcess(home, ['add', path.join(home, 'mine.md')], { ROADMAP_NOW: '2099-01-01T00:00:00Z' })).status).toBe(0);
    expect(fs.existsSync(path.join(home, 'roadmap.db.backup'))).toBe(true);
  });
});

describe('diagnose: what doctor reads, without changing the file', () => {
  const ours = () => {
    const file = path.join(tempDir(), 'roadmap.db');
    Store.open(file).close();
    return file;
  };
  const latest = MIGRATIONS.length;
  const clean = { exists: true, schema: latest, ours: true, integrity: ['ok'], error: null };

  it('a file not made yet: says so, and makes nothing', () => {
    const dir = tempDir();
    expect(diagnose(path.join(dir, 'roadmap.db'))).toEqual({ exists: false, bytes: 0, schema: null, ours: false, integrity: [], error: null });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a sound database: its size, schema version and a clean integrity check, byte for byte unchanged', () => {
    const file = ours();
    const before = sha256(file);
    expect(diagnose(file)).toEqual({ ...clean, bytes: fs.statSync(file).size });
    expect(sha256(file)).toBe(before);
  });

  it.each<[string, (db: Database.Database) => void, (version: number) => string[]]>([
    ['a table dropped', (db) => db.exec('DROP TABLE notes'), (v) => [`table notes is missing (schema version ${v} has it)`]],
    [
      'a column added',
      (db) => db.exec('ALTER TABLE notes ADD COLUMN mood TEXT'),
      () => [
        'table notes has columns (id, roadmap_id, topic_id, text, created_at, added_by, removed_by, title, mood), not (id, roadmap_id, topic_id, text, created_at, added_by, removed_by, title)',
      ],
    ],
    [
      'a version older than its tables',
      (db) => db.pragma('user_version = 2'),
      () => [
        'table notes has columns (id, roadmap_id, topic_id, text, created_at, added_by, removed_by, title), not (id, roadmap_id, topic_id, text, created_at)',
        'table roadmaps has columns (id, title, origin, tree_key, added_at, content, source_path, reviews_off, write_back, written_hash), not (id, title, origin, tree_key, added_at, content, source_path)',
        'table trees has columns (key, tree), not (key, tree, outline)',
        'its schema version is 2, but it has table leaves of a later version',
        'its schema version is 2, but it has table outlines of a later version',
        'its schema version is 2, but it has table reviews of a later version',
      ],
    ],
    ['a negative version', (db) => db.pragma('user_version = -1'), () => ['its schema version is -1, which no roadmap ever wrote']],
    [
      'version 0 with every table',
      (db) => db.pragma('user_version = 0'),
      () =>
        ['meta', 'trees', 'roadmaps', 'progress', 'batches', 'events', 'notes', 'outlines', 'leaves', 'reviews']
          .sort()
          .map((t) => `its schema version is 0, but it has table ${t} of a later version`),
    ],
    [
      'a version from the future',
      (db) => db.pragma(`user_version = ${latest + 1}`),
      () => [`its schema version is ${latest + 1}, which no roadmap ever wrote`],
    ],
  ])('a damaged schema (%s): named in words where the integrity check passes', (_name, damage, problems) => {
    const file = ours();
    const db = raw(file);
    damage(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    db.close();
    const diagnosis = diagnose(file);
    expect(diagnosis).toMatchObject({ exists: true, schema: version, ours: true, error: null });
    expect(diagnosis.integrity).toEqual(problems(version));
  });

  it("another program's SQLite file: not ours, no schema problems looked for", () => {
    const file = path.join(tempDir(), 'photos.db');
    raw(file).exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)');
    expect(diagnose(file)).toMatchObject({ exists: true, schema: 0, ours: false, integrity: ['ok'], error: null });
  });

  it('a file that is not SQLite, and a path that is not a file: the reason, as an error', () => {
    const file = path.join(tempDir(), 'notes.md');
    fs.writeFileSync(file, '# notes\n'.repeat(100));
    expect(diagnose(file)).toEqual({ exists: true, bytes: 800, schema: null, ours: false, integrity: [], error: 'SQLITE_NOTADB: file is not a database' });
    expect(diagnose(path.join(file, 'roadmap.db'))).toEqual({
      exists: true,
      bytes: 0,
      schema: null,
      ours: false,
      integrity: [],
      error: `${path.join(file, 'roadmap.db')} is inside something that is not a directory, not a database file`,
    });
  });
});
