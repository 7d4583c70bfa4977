import { describe, expect, it } from 'vitest';
import { parseCount, parseSince } from '../../src/commands/arguments.js';
import { PACKAGE_VERSION } from '../../src/package-root.js';
import type { UsedJson } from '../../src/render/json-changes.js';
import { inProcess, learner, pinTimeZone } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

pinTimeZone();

describe('parseCount', () => {
  it.each(['1', '20', '007'])('reads %s', (value) => {
    expect(parseCount(value)).toBe(Number(value));
  });
  it.each(['0', '-1', '1e2', '0x2', '2.0', ' 3', 'abc', '', '99999999999999999999'])('refuses %j like any other non-number', (value) => {
    expect(() => parseCount(value)).toThrow(`-n takes a whole number of at least 1, not '${value}'`);
  });
});

describe('parseSince', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('reads a day as the start of the learner’s own day, a date-time as written, and spans back from now', () => {
    expect(parseSince('2026-02-28', now).getTime()).toBe(new Date(2026, 1, 28).getTime());
    expect(parseSince('2024-02-29', now).getTime()).toBe(new Date(2024, 1, 29).getTime());
    expect(parseSince('2026-03-01T08:30:00Z', now).toISOString()).toBe('2026-03-01T08:30:00.000Z');
    expect(parseSince('3d', now).toISOString()).toBe('2026-03-07T12:00:00.000Z');
    expect(parseSince('2w', now).toISOString()).toBe('2026-02-24T12:00:00.000Z');
    expect(parseSince(' 12d ', now).toISOString()).toBe('2026-02-26T12:00:00.000Z');
  });
  // 0050 is not read as 1950 (Date.UTC's two-digit years); a T must begin a time.
  it.each([
    ...['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31T10:00:00Z', '0050-01-01', '2026-02-28T', '2026-02-28Tnoon', 'x2026-02-28'],
    ...['last tuesday', 'Nov 1 2026', '2026-3-1', 'x3d', '3dx', '3 d', 'd'],
  ])('refuses %j', (value) => {
    expect(() => parseSince(value, now)).toThrow(`--since takes a date (2026-11-01), a date-time, or a span like 7d or 2w, not '${value}'`);
  });
});

describe('use', () => {
  it('refuses a start in the future, and suggests the roadmap meant by a typo', async () => {
    const { run } = learner({ ROADMAP_NOW: '2026-03-10T12:00:00Z' });
    const future = await run('use', 'go-backend-cloud', '--since', '2026-03-12');
    expect(future.status).toBe(64);
    expect(future.stderr).toContain('--since 2026-03-12 is in the future');
    const typo = await run('use', 'go-backend-clod');
    expect(typo.status).toBe(64);
    expect(typo.stderr).toContain('did you mean go-backend-cloud?');
  });
});

describe('settings from the environment', () => {
  it('an impossible ROADMAP_NOW is refused once, clearly, not silently ignored', async () => {
    for (const value of ['garbage', '+275760-09-13T00:00:00Z', '1969-12-31T23:59:59Z']) {
      const result = await inProcess(tempDir(), ['status'], { ROADMAP_NOW: value });
      expect(result.status, value).toBe(64);
      expect(result.stderr).toContain(`ROADMAP_NOW is not a date-time roadmap can use: '${value}'`);
    }
  });

  it('a COLUMNS no terminal could have ("1e9", "0", "abc") is as if unset: 80 columns', async () => {
    const home = tempDir();
    const wide = (await inProcess(home, ['status', '-r', 'go-backend-cloud'])).stdout;
    for (const value of ['1e9', '0', 'abc', '5'])
      expect((await inProcess(home, ['status', '-r', 'go-backend-cloud'], { COLUMNS: value })).stdout, value).toBe(wide);
  });
});

describe('did you mean, wherever a name is typed', () => {
  it('roadmap help <unknown>: says it is unknown, suggests the command meant, exit 64', async () => {
    const { run } = learner();
    const typo = await run('help', 'stauts');
    expect(typo.status).toBe(64);
    expect(typo.stderr).toContain("roadmap: unknown command 'stauts'\n(Did you mean one of stats, status?)");
    expect(typo.stdout).toBe('');
    const unknown = await run('help', 'nosuch');
    expect(unknown.status).toBe(64);
    expect(unknown.stderr).toContain("roadmap: unknown command 'nosuch'");
    expect((await run('help', 'status')).status).toBe(0);
  });

  it('roadmap completion <unknown shell>: suggests the shell meant', async () => {
    const { run } = learner();
    const result = await run('completion', 'bas');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain("no completion for 'bas'; did you mean bash?");
  });
});

describe('--version', () => {
  it('is asked alone: roadmap --version prints it, a command given --version is refused (exit 64)', async () => {
    const home = tempDir();
    const alone = await inProcess(home, ['--version']);
    expect([alone.status, alone.stdout]).toEqual([0, `${PACKAGE_VERSION}\n`]);
    for (const argv of [
      ['status', '--version'],
      ['-r', 'go-backend-cloud', 'next', '-V'],
    ]) {
      const refused = await inProcess(home, argv);
      expect(refused.status, argv.join(' ')).toBe(64);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(/^roadmap: (--version|-V) is asked alone: roadmap --version\n$/);
    }
    // After --, it is a word like any other (a note's text).
    expect((await inProcess(home, ['-r', 'go-backend-cloud', 'note', 'goroutines', '--', '--version'])).status).toBe(0);
  });
});

describe('use --since', () => {
  it('takes a start up to now, sets it when asked, and a plain use keeps the start already recorded', async () => {
    const home = tempDir();
    const at = (now: string, ...args: string[]) => inProcess(home, [...args, '--json'], { ROADMAP_NOW: now });
    const started = async (now: string, ...args: string[]) => (JSON.parse((await at(now, 'use', 'go-backend-cloud', ...args)).stdout) as UsedJson).started;
    expect(await started('2026-03-10T12:00:00Z', '--since', '2026-03-10T12:00:00Z')).toBe('2026-03-10');
    expect(await started('2026-03-12T12:00:00Z')).toBe('2026-03-10');
    expect(await started('2026-03-12T12:00:00Z', '--since', '2026-03-01')).toBe('2026-03-01');
    expect(await started('2026-03-20T12:00:00Z')).toBe('2026-03-01');
  });
});
