/** Where ROADMAP_DB or --db points: only a regular file (or nothing yet) is a database. In-process (a FIFO, which blocks whoever opens it, in e2e/reliability-files). */
import fs from 'node:fs';
import net from 'node:net';
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
    [
      'a path inside a file',
      (dir) => {
        fs.writeFileSync(path.join(dir, 'f'), 'x');
        return path.join(dir, 'f', 'roadmap.db');
      },
      /f\/roadmap\.db is inside something that is not a directory, not a database file/,
    ],
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

  it('a socket: refused (exit 73), with the hint', async () => {
    const dir = tempDir();
    const socket = path.join(dir, 's');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const result = await inProcess(dir, ['--db', socket, 'status']);
      expect(result.status).toBe(73);
      expect(result.stderr).toBe(`roadmap: ${socket} is a socket, not a database file\nhint: point --db, ROADMAP_DB or ROADMAP_HOME at a file path\n`);
    } finally {
      server.close();
    }
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
    [
      'a markdown file',
      (f) => fs.writeFileSync(f, '# notes\n- a\n'),
      65,
      /is not a roadmap database \(it is not an SQLite file\)\nhint: point --db or ROADMAP_HOME somewhere else; the file was left as it is\n/,
    ],
    ['an empty file', (f) => fs.writeFileSync(f, ''), 65, /is not a roadmap database/],
    [
      "another program's SQLite database",
      (f) => {
        const db = new Database(f);
        db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)');
        db.close();
      },
      65,
      /is not a roadmap database \(another program's SQLite file\)\nhint: point --db or ROADMAP_HOME somewhere else; the file was left as it is\n/,
    ],
    [
      'a database from a newer roadmap',
      (f) => {
        Store.open(f).close();
        const db = new Database(f);
        db.pragma('user_version = 99');
        db.close();
      },
      65,
      /was written by a newer roadmap \(schema 99, this one knows \d+\)\nhint: upgrade roadmap to use this database; it was left as it is\n/,
    ],
    [
      'a roadmap database with a negative schema version',
      (f) => {
        Store.open(f).close();
        const db = new Database(f);
        db.pragma('user_version = -1');
        db.close();
      },
      74,
      /is damaged: its schema version is -1, which no roadmap ever wrote\nhint: run `roadmap doctor`; restore from a backup or `roadmap export --format json`\n/,
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
