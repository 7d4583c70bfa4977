import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatusJson } from '../../src/render/json.js';
import { BIN, cleanEnv, type Run, roadmap } from '../helpers/cli.js';
import { sha256, tempDir } from '../helpers/temp.js';

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);
const withDb = (home: string, db: string, ...args: string[]) => roadmap(home, ['--db', db, ...args]);

describe('a FIFO at the database path', () => {
  // A file that is not a roadmap database, and a directory: test/commands/database-path.test.ts (in-process).
  it('a FIFO: refused at once (exit 73), where opening it would wait for a writer forever', () => {
    const home = tempDir();
    const fifo = path.join(home, 'fifo');
    spawnSync('mkfifo', [fifo]);
    // The run is killed after 20 s (the helper's timeout): a hang fails here instead of hanging the suite.
    for (const args of [['status'], ['doctor']]) {
      const result = withDb(home, fifo, ...args);
      expect(result.status, args[0]).toBe(args[0] === 'doctor' ? 74 : 73);
      expect(result.stdout + result.stderr).toContain(`${fifo} is a FIFO, not a database file`);
    }
  });
});

describe('a damaged database', () => {
  function damaged(how: (file: string) => void): { home: string; file: string } {
    const home = tempDir();
    const file = path.join(home, 'roadmap.db');
    for (const id of ['go-backend-cloud', 'backend-mastery', 'go-backend-ecommerce'])
      withDb(home, file, '-r', id, 'done', id === 'go-backend-cloud' ? 'goroutines' : 'Docker');
    how(file);
    return { home, file };
  }

  it('truncated: commands fail with a clear message, doctor says how to recover', () => {
    const { home, file } = damaged((f) => fs.truncateSync(f, Math.floor(fs.statSync(f).size / 2)));
    const status = withDb(home, file, 'status', '-r', 'go-backend-ecommerce');
    expect(status.status).toBe(74);
    expect(status.stderr).toContain(`the roadmap database ${file} is damaged`);
    expect(status.stderr).toContain('roadmap doctor');
    noStack(status.stderr);
    const doctor = withDb(home, file, 'doctor');
    expect(doctor.status).toBe(74);
    expect(doctor.stdout).toContain('DAMAGED');
    expect(doctor.stdout).toContain('To recover:');
    expect(doctor.stdout).toContain(`cp "${file}.backup" "${file}"`);
    // The daily backup it points to is whole, and has the progress.
    const restored = path.join(home, 'restored.db');
    fs.copyFileSync(`${file}.backup`, restored);
    expect((JSON.parse(withDb(home, restored, 'status', '-r', 'go-backend-cloud', '--json').stdout) as StatusJson).done).toBe(7);
  });

  it('pages overwritten: doctor finds it', () => {
    const { home, file } = damaged((f) => {
      // Scribble over the headers of pages 2 to 6: b-tree structure, not just text.
      const fd = fs.openSync(f, 'r+');
      for (let page = 1; page < 6; page++) fs.writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, 4096 * page);
      fs.closeSync(fd);
    });
    const doctor = withDb(home, file, 'doctor', '--json');
    expect(doctor.status).toBe(74);
    const report = JSON.parse(doctor.stdout) as { ok: boolean; integrity: string[]; error: string | null };
    expect(report.ok).toBe(false);
    expect(report.error ?? report.integrity.join('\n')).toMatch(/corrupt|malformed|Page|btree|never used|wrong/i);
  });

  it('is reported as healthy when it is', () => {
    const home = tempDir();
    roadmap(home, ['status']);
    const doctor = JSON.parse(roadmap(home, ['doctor', '--json']).stdout) as { ok: boolean; dbPath: string; dbFrom: string };
    expect(doctor).toMatchObject({ ok: true, dbPath: path.join(home, 'roadmap.db'), dbFrom: 'ROADMAP_HOME' });
  });
});

/**
 * Permissions mean nothing to root: when we are root, run the binary with every capability dropped,
 * so the owner's permission bits hold for it as for any user. (Not as another user: that one could
 * not reach a package cloned into a private directory.)
 */
const IS_ROOT = process.getuid?.() === 0;
const CAN_DROP = IS_ROOT && spawnSync('setpriv', ['--version']).status === 0;
if (IS_ROOT && !CAN_DROP) console.warn('SKIPPING permission tests: running as root without setpriv, so permissions would pass vacuously');

function asUser(home: string, args: string[]): Run {
  const command = CAN_DROP ? 'setpriv' : process.execPath;
  const prefix = CAN_DROP ? ['--bounding-set=-all', '--inh-caps=-all', process.execPath] : [];
  const result = spawnSync(command, [...prefix, BIN, ...args], { env: cleanEnv({ HOME: home, ROADMAP_HOME: home }), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(IS_ROOT && !CAN_DROP)('read-only places', () => {
  function ownedHome(): string {
    const home = tempDir();
    expect(asUser(home, ['use', 'go-backend-cloud']).status).toBe(0);
    return home;
  }

  it('a read-only database file: changes are refused with exit 73, reading still works', () => {
    const home = ownedHome();
    fs.chmodSync(path.join(home, 'roadmap.db'), 0o444);
    const before = sha256(path.join(home, 'roadmap.db'));
    const done = asUser(home, ['done', 'goroutines']);
    expect(done.status).toBe(73);
    expect(done.stderr).toMatch(/cannot write the roadmap database .*roadmap\.db \(SQLITE_READONLY/);
    expect(done.stderr).toContain('chmod');
    noStack(done.stderr);
    expect(asUser(home, ['status']).status).toBe(0);
    expect(sha256(path.join(home, 'roadmap.db'))).toBe(before);
  });

  it('a read-only directory: changes are refused with exit 73, reading still works', () => {
    const home = ownedHome();
    fs.chmodSync(home, 0o555);
    try {
      const done = asUser(home, ['done', 'goroutines']);
      expect(done.status).toBe(73);
      expect(done.stderr).toContain('cannot write');
      expect(asUser(home, ['status']).status).toBe(0);
    } finally {
      fs.chmodSync(home, 0o755);
    }
  });

  it('no database yet in a directory it cannot write: exit 73', () => {
    const home = tempDir();
    fs.chmodSync(home, 0o555);
    const result = asUser(home, ['status']);
    expect(result.status).toBe(73);
    expect(result.stderr).toContain('cannot');
    noStack(result.stderr);
  });
});

describe('a full disk', () => {
  const mounts: string[] = [];
  afterEach(() => {
    for (const dir of mounts.splice(0)) spawnSync('umount', [dir]);
  });

  it('refuses the change that does not fit (exit 74), and keeps what was there', () => {
    const home = tempDir();
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=192k', 'tmpfs', home]);
    if (mounted.status !== 0) {
      console.warn(`SKIPPING the full-disk test: cannot mount a small tmpfs here (${mounted.stderr.toString().trim()})`);
      return;
    }
    mounts.push(home);
    expect(roadmap(home, ['done', '-r', 'go-backend-cloud', 'goroutines']).status).toBe(0);
    const big = path.join(tempDir(), 'big.md');
    fs.writeFileSync(
      big,
      `# Big\n\n## All\n\n${Array.from({ length: 3000 }, (_, i) => `- A rather long topic title number ${i} to fill the disk`).join('\n')}\n`,
    );
    const add = roadmap(home, ['add', big]);
    expect(add.status).toBe(74);
    expect(add.stderr).toContain('the disk is full');
    noStack(add.stderr);
    const db = new Database(path.join(home, 'roadmap.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare("SELECT status FROM progress WHERE topic_id LIKE '%goroutines%'").get()).toEqual({ status: 'done' });
    expect(db.prepare("SELECT count(*) AS n FROM roadmaps WHERE id = 'big'").get()).toEqual({ n: 0 });
    db.close();
  });
});

const HAS_STRACE = spawnSync('strace', ['-V']).status === 0;
if (!HAS_STRACE) console.warn('SKIPPING the I/O-error tests: strace is not installed (.ci/run installs it)');

describe.skipIf(!HAS_STRACE)('I/O errors injected into SQLite’s writes', { timeout: 60_000 }, () => {
  it.each([
    ['pwrite64', 1],
    ['pwrite64', 3],
    ['fsync', 1],
    ['fsync', 2],
  ])('%s failing (call %i): an error (exit 74) and no change, or success and the change; never damage', (call, when) => {
    const home = tempDir();
    expect(roadmap(home, ['use', 'go-backend-cloud']).status).toBe(0);
    const trace = path.join(home, 'strace.log');
    const result = spawnSync(
      'strace',
      ['-f', '-qq', '-o', trace, '-e', `trace=${call}`, '-e', `inject=${call}:error=EIO:when=${when}`, process.execPath, BIN, 'done', 'goroutines'],
      {
        env: cleanEnv({ HOME: home, ROADMAP_HOME: home }),
        encoding: 'utf8',
      },
    );
    const db = new Database(path.join(home, 'roadmap.db'), { readonly: true });
    const status = (db.prepare("SELECT status FROM progress WHERE topic_id LIKE '%goroutines%'").get() as { status: string } | undefined)?.status ?? 'todo';
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // Either outcome is right, but only if the fault really happened: strace marks the call it failed.
    expect(fs.readFileSync(trace, 'utf8')).toMatch(/= -1 EIO .*\(INJECTED\)/);
    if (call === 'pwrite64' && when === 1) expect(result.status).toBe(74); // the first write of the commit: always an error
    if (result.status === 0) {
      expect(status).toBe('done');
    } else {
      expect(result.status).toBe(74);
      expect(result.stderr).toMatch(/I\/O error \(SQLITE_IOERR/);
      noStack(result.stderr);
      expect(status).toBe('todo');
    }
  });
});

describe('a roadmap database whose schema was changed behind its back', () => {
  const cases: [string, string, RegExp][] = [
    ['a dropped table', 'DROP TABLE notes', /table notes is missing/],
    [
      'a renamed column',
      'ALTER TABLE notes RENAME COLUMN text TO body',
      /table notes has columns \(id, roadmap_id, topic_id, body, created_at, added_by, removed_by, title\)/,
    ],
    ['an older version number', 'PRAGMA user_version = 1', /its schema version is 1, but it has table/],
    ['an impossible version number', 'PRAGMA user_version = -1', /its schema version is -1, which no roadmap ever wrote/],
  ];
  it.each(cases)('%s: commands say it is damaged (exit 74), and so does doctor', (_name, sql, diagnosis) => {
    const home = tempDir();
    expect(roadmap(home, ['done', '-r', 'go-backend-cloud', 'goroutines']).status).toBe(0);
    const db = new Database(path.join(home, 'roadmap.db'));
    db.exec(sql);
    db.close();
    for (const args of [
      ['note', '-r', 'go-backend-cloud', 'goroutines', 'hello'],
      ['show', '-r', 'go-backend-cloud', 'goroutines'],
    ]) {
      const result = roadmap(home, args);
      expect(result.status, `${args[0]}: ${result.stderr}`).toBe(74);
      expect(result.stderr).toContain('is damaged');
      noStack(result.stderr);
    }
    const doctor = roadmap(home, ['doctor']);
    expect(doctor.status).toBe(74);
    expect(doctor.stdout).toMatch(diagnosis);
  });
});
