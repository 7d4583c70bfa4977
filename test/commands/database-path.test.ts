/** Where ROADMAP_DB or --db points: only a regular file (or nothing yet) is a database. In-process (a FIFO, which blocks whoever opens it, in e2e/reliability-files). */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/db.js';
import { inProcess } from '../helpers/in-process.js';
import { sha256, tempDir } from '../helpers/temp.js';

describe('a database path that is not a regular file', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    [
      'a loop of symbolic links',
      (dir) => {
        fs.symlinkSync('b', path.join(dir, 'a'));
        fs.symlinkSync('a', path.join(dir, 'b'));
        return path.join(dir, 'a');
      },
      /a is a loop of symbolic links/,
    ],
    [
      'a directory',
      (dir) => {
        fs.mkdirSync(path.join(dir, 'd'));
        return path.join(dir, 'd');
      },
      /d is a directory/,
    ],
    ['a path ending in /', (dir) => `${path.join(dir, 'new')}/`, /new\/ names a directory/],
    ['a device', () => '/dev/null', /\/dev\/null is a device/],
  ];
  it.each(cases)('%s: refused (exit 73), nothing made', async (_name, make, message) => {
    const dir = tempDir();
    const db = make(dir);
    const before = fs.readdirSync(dir).sort();
    for (const args of [['status'], ['--db', db, 'status']]) {
      const result = await inProcess(dir, args, args[0] === '--db' ? {} : { ROADMAP_DB: db });
      expect(result.status, args.join(' ')).toBe(73);
      expect(result.stderr).toMatch(message);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    // doctor says so too, without waiting on it.
    expect((await inProcess(dir, ['doctor'], { ROADMAP_DB: db })).stdout).toMatch(message);
  });

  it('a roadmap file that is a loop of symbolic links: refused as missing input (exit 66)', async () => {
    const dir = tempDir();
    fs.symlinkSync('b.md', path.join(dir, 'a.md'));
    fs.symlinkSync('a.md', path.join(dir, 'b.md'));
    const result = await inProcess(dir, ['add', path.join(dir, 'a.md')]);
    expect(result.status).toBe(66);
    expect(result.stderr).toContain('a.md is a loop of symbolic links');
  });
});

describe('a file at the database path that is not a roadmap database', () => {
  const cases: [string, (file: string) => void, number, RegExp][] = [
    ['a markdown file', (f) => fs.writeFileSync(f, '# notes\n- a\n'), 65, /is not a roadmap database \(it is not an SQLite file\)/],
    ['an empty file', (f) => fs.writeFileSync(f, ''), 65, /is not a roadmap database/],
    [
      "another program's SQLite database",
      (f) => {
        const db = new Database(f);
        db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)');
        db.close();
      },
      65,
      /is not a roadmap database \(another program's SQLite file\)/,
    ],
    [
      'a database from a newer roadmap',
      (f) => {
        Store.open(f).close();
        const db = new Database(f);
        db.pragma('user_version = 7');
        db.close();
      },
      65,
      /was written by a newer roadmap \(schema 7/,
    ],
  ];
  it.each(cases)('%s: a clear error naming it, a documented code, the file byte for byte unchanged', async (_name, make, code, message) => {
    const home = tempDir();
    const file = path.join(home, 'x.db');
    make(file);
    const before = sha256(file);
    for (const args of [['status'], ['done', 'goroutines', '-r', 'go-backend-cloud']]) {
      const result = await inProcess(home, ['--db', file, ...args]);
      expect(result.status).toBe(code);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain(file);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(sha256(file)).toBe(before);
  });
});
