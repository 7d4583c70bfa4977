/** Where ROADMAP_DB or --db points: only a regular file (or nothing yet) is a database. In-process (a FIFO, which blocks whoever opens it, in e2e/reliability-files). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcess } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

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
