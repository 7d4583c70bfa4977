import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, copyOfPackage, PACKAGE_ROOT, roadmap } from '../helpers/cli.js';
import { runToEnd } from '../helpers/spawn.js';
import { sha256, tempDir } from '../helpers/temp.js';

describe('hostile or broken markdown', { timeout: 60_000 }, () => {
  const line = (n: number, text: string) => `${'  '.repeat(n)}- ${text}`;
  const cases: [string, () => string | Buffer, number, RegExp][] = [
    ['a 10,000-deep block quote', () => `# Q\n\n${'>'.repeat(10_000)} deep\n`, 65, /line 3 is quoted 10000 levels deep: the markdown is nested too deeply/],
    [
      'a 2,000-deep nested list',
      () => `# L\n\n## S\n\n${Array.from({ length: 2000 }, (_, i) => line(i, `item ${i}`)).join('\n')}\n`,
      65,
      /is indented 258 columns: the markdown is nested too deeply/,
    ],
    // remark needs about 18 s for these (5 s for half as many: too close to the 5.3 s limit to be sure of).
    ['40,000 emphasis markers', () => `# E\n\n${'*a'.repeat(40_000)}\n`, 65, /line 3 has 40000 emphasis markers \(\* or _\): too many to read in one line/],
    ['an 11 MB file', () => `# Big\n\n## S\n\n${'- a topic title that goes on\n'.repeat(400_000)}`, 65, /is 11\.1 MiB, over the 5\.0 MiB limit/],
    ['NUL bytes', () => Buffer.from('# T\n\n- a\0b\n'), 65, /NUL byte at offset 8/],
  ];
  it.each(cases)('%s: ends in seconds with a clear error, no crash, nothing added', async (_name, make, code, message) => {
    const home = tempDir();
    roadmap(home, ['status']);
    const file = path.join(home, 'hostile.md');
    fs.writeFileSync(file, make());
    const before = sha256(path.join(home, 'roadmap.db'));
    // The run is killed after 30 s, so a hang fails the test instead of hanging the suite.
    const result = await runToEnd(process.execPath, ['--max-old-space-size=512', BIN, 'add', file], {
      env: cleanEnv({ HOME: home, ROADMAP_HOME: home }),
      timeoutMs: 30_000,
    });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at |FATAL|heap out of memory/);
    expect(sha256(path.join(home, 'roadmap.db'))).toBe(before);
  });

  it.each([
    ['add - --id piped', /standard input goes on past the 5\.0 MiB limit for a roadmap/],
    ['import -', /standard input goes on past the 256\.0 MiB limit/],
  ])('%s from an endless pipe: stops reading at the limit, refuses, stores nothing', async (command, message) => {
    const home = tempDir();
    const counted = path.join(home, 'written');
    // A writer that would send 1 GiB, and notes how much was taken before the pipe closed.
    const writer = path.join(home, 'writer.cjs');
    fs.writeFileSync(
      writer,
      `const fs = require('fs'); const b = Buffer.alloc(1 << 20, 42); let n = 0;\ntry { while (n < 1 << 30) { fs.writeSync(1, b); n += b.length; } } catch {}\nfs.writeFileSync(process.argv[2], String(n));\n`,
    );
    const result = await runToEnd('bash', ['-c', `"${process.execPath}" "${writer}" "${counted}" | "${process.execPath}" "${BIN}" ${command}`], {
      env: cleanEnv({ HOME: home, ROADMAP_HOME: home }),
      timeoutMs: 60_000,
    });
    expect(result.code).toBe(65);
    expect(result.stderr).toMatch(message);
    expect(Number(fs.readFileSync(counted, 'utf8'))).toBeLessThan(300 * 1024 * 1024);
    expect(fs.existsSync(path.join(home, 'roadmap.db')) ? roadmap(home, ['list', '--json']).stdout : '').not.toContain('piped');
  });
});

describe('a missing native module', () => {
  it('says how to rebuild better-sqlite3, without a stack trace', () => {
    // An install made with --ignore-scripts: everything there but the compiled addon.
    const root = copyOfPackage();
    fs.mkdirSync(path.join(root, 'node_modules'));
    for (const entry of fs.readdirSync(path.join(PACKAGE_ROOT, 'node_modules'))) {
      if (entry !== 'better-sqlite3') fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules', entry), path.join(root, 'node_modules', entry));
    }
    fs.cpSync(path.join(PACKAGE_ROOT, 'node_modules', 'better-sqlite3'), path.join(root, 'node_modules', 'better-sqlite3'), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}build`),
    });
    const home = tempDir();
    const result = spawnSync(process.execPath, [path.join(root, 'bin', 'roadmap.cjs'), 'status'], {
      env: cleanEnv({ HOME: home, ROADMAP_HOME: home }),
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("better-sqlite3's native module is missing or was built for another Node.js");
    expect(result.stderr).toContain('npm rebuild better-sqlite3');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
