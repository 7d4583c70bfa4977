import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogJson, ShowJson, StatusJson } from '../../src/render/json.js';
import { BIN, cleanEnv, copyOfPackage, PACKAGE_ROOT, roadmap, user } from '../helpers/cli.js';
import { runToEnd } from '../helpers/spawn.js';
import { sha256, tempDir } from '../helpers/temp.js';

describe('hostile or broken markdown', { timeout: 60_000 }, () => {
  const line = (n: number, text: string) => `${'  '.repeat(n)}- ${text}`;
  const cases: [string, () => string | Buffer, number, RegExp][] = [
    ['a 10,000-deep block quote', () => `# Q\n\n${'>'.repeat(10_000)} deep\n`, 65, /line 3 is quoted 10000 levels deep: the markdown is nested too deeply/],
    ['a 2,000-deep nested list', () => `# L\n\n## S\n\n${Array.from({ length: 2000 }, (_, i) => line(i, `item ${i}`)).join('\n')}\n`, 65, /is indented 258 columns: the markdown is nested too deeply/],
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
    const result = await runToEnd(process.execPath, ['--max-old-space-size=512', BIN, 'add', file], { env: cleanEnv({ HOME: home, ROADMAP_HOME: home }), timeoutMs: 30_000 });
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
    fs.writeFileSync(writer, `const fs = require('fs'); const b = Buffer.alloc(1 << 20, 42); let n = 0;\ntry { while (n < 1 << 30) { fs.writeSync(1, b); n += b.length; } } catch {}\nfs.writeFileSync(process.argv[2], String(n));\n`);
    const result = await runToEnd('bash', ['-c', `"${process.execPath}" "${writer}" "${counted}" | "${process.execPath}" "${BIN}" ${command}`], { env: cleanEnv({ HOME: home, ROADMAP_HOME: home }), timeoutMs: 60_000 });
    expect(result.code).toBe(65);
    expect(result.stderr).toMatch(message);
    expect(Number(fs.readFileSync(counted, 'utf8'))).toBeLessThan(300 * 1024 * 1024);
    expect(fs.existsSync(path.join(home, 'roadmap.db')) ? roadmap(home, ['list', '--json']).stdout : '').not.toContain('piped');
  });

  it('a byte-order mark: a sensible tree, no U+FEFF in titles or ids', () => {
    const { home, json } = user();
    fs.writeFileSync(path.join(home, 'bom.md'), '\ufeff# Title\n\n## Start\n\n- First topic\n');
    expect(roadmap(home, ['add', path.join(home, 'bom.md')]).status).toBe(0);
    const status = json<StatusJson>('status', '-r', 'bom');
    expect(status.roadmap.title).toBe('Title');
    expect(JSON.stringify(status)).not.toContain('\ufeff');
  });

  it('a large but honest roadmap with --max-size is read', () => {
    const { home, json } = user();
    const file = path.join(home, 'big.md');
    fs.writeFileSync(file, `# Big\n\n${Array.from({ length: 60 }, (_, s) => `## Part ${s}\n\n${Array.from({ length: 100 }, (_, t) => `- Topic ${s}.${t}`).join('\n')}`).join('\n\n')}\n`);
    expect(roadmap(home, ['add', file, '--max-size', '1']).status).toBe(0);
    expect(json<StatusJson>('status', '-r', 'big').total).toBe(6000);
  });
});

describe('terminal escape injection', () => {
  const PAYLOADS = {
    osc8: 'Link \x1b]8;;https://evil.example\x07click here\x1b]8;;\x07',
    clear: 'Clear \x1b[2J\x1b[H screen',
    title: 'Title \x1b]0;pwned\x07 bar',
    clipboard: 'Clip \x1b]52;c;ZXZpbA==\x07 board',
    dcs: 'DCS \x1bPq#0;2;0;0;0\x1b\\ seq',
    cr: 'Fake\r✔ done already',
    backspace: 'Back\b\b\bspace',
    bell: 'Bell\x07\x07\x07',
    bidi: 'Bidi \u202eevil\u202c text',
    c1: 'Eight-bit \x9b31m csi',
  };
  const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

  function setUp() {
    const u = user();
    const file = path.join(u.home, 'evil.md');
    fs.writeFileSync(file, `# Evil \x1b[31mroadmap\n\n## Section \x1b]0;x\x07one\n\n${Object.values(PAYLOADS).map((payload) => `- ${payload}`).join('\n')}\n`);
    expect(u.run('add', file, '--id', 'evil').status).toBe(0);
    u.run('use', 'evil');
    u.run('start', 'Fake');
    u.run('note', 'Clear', 'note with \x1b]52;c;ZXZpbA==\x07 clipboard and \r return');
    return u;
  }

  it('reaches the terminal only as visible text, in every command and in errors', () => {
    const { home } = setUp();
    const outputs = [
      ['status', '--topics'],
      ['next', '-n', '20'],
      ['show', 'Clear'],
      ['show', 'Section'],
      ['log'],
      ['list'],
      ['done', 'Nothing \x1b]0;x\x07 like this'],
      ['done', 'Section'],
    ].map((args) => roadmap(home, args, { env: { NO_COLOR: '1' } }));
    for (const output of outputs) {
      expect(output.stdout + output.stderr).not.toMatch(CONTROL);
      expect(output.stdout + output.stderr).not.toContain('\x1b');
    }
    expect(outputs[0]!.stdout).toContain('▶ Fake ✔ done already'); // the carriage return became a plain space
    expect(outputs[0]!.stdout).toContain('Back\\x08\\x08\\x08space');
    expect(outputs[6]!.stderr).toContain("no topic matches 'Nothing  like this'");
  });

  it('with colour on, the only escape sequences are our own colours', () => {
    const { home } = setUp();
    for (const args of [['status', '--topics'], ['next', '-n', '20'], ['show', 'Clear'], ['log']]) {
      const output = roadmap(home, args, { env: { FORCE_COLOR: '1' } });
      expect(output.stdout).toContain('\x1b[');
      expect(output.stdout.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(CONTROL);
    }
  });

  it('--json keeps the true text', () => {
    const { json } = setUp();
    const status = json<StatusJson>('status');
    const titles = status.sections[0]!.topics.map((topic) => topic.title);
    expect(titles).toEqual(Object.values(PAYLOADS).map((payload) => payload.replace(/\s+/g, ' ').trim()));
    expect(json<ShowJson>('show', 'Clear').notes[0]!.text).toBe('note with \x1b]52;c;ZXZpbA==\x07 clipboard and \r return');
    expect(json<LogJson>('log').events[0]!.title).toBe(PAYLOADS.cr.replace(/\s+/g, ' '));
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
    const result = spawnSync(process.execPath, [path.join(root, 'bin', 'roadmap.cjs'), 'status'], { env: cleanEnv({ HOME: home, ROADMAP_HOME: home }), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("better-sqlite3's native module is missing or was built for another Node.js");
    expect(result.stderr).toContain('npm rebuild better-sqlite3');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

