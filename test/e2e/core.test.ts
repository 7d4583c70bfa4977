import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, user } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// status, done, next, list and use are tested in-process in test/commands/core.test.ts; here, what needs the process.

describe('the command line', () => {
  it('prints help with examples on --help, and the version on --version', () => {
    const { run } = user();
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: roadmap /);
    expect(help.stdout).toContain('Examples:');
    expect(run('--version').stdout).toBe('0.1.0\n');
  });

  it('suggests the command meant by a typo', () => {
    const { run } = user();
    const result = run('stauts');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain("roadmap: unknown command 'stauts'\n(Did you mean one of stats, status?)");
  });

  it('quits quietly when the reader of a pipe goes away (EPIPE)', () => {
    const home = tempDir();
    // `true` exits before roadmap writes, so every write meets a closed pipe.
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" status -r go-backend-ecommerce --topics | true; echo "rc=\${PIPESTATUS[0]}"`], {
      env: cleanEnv({ HOME: home, ROADMAP_HOME: home }),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('rc=0\n');
  });

  it('fails with exit 74 when its output cannot be written (a full disk), and works when only stderr cannot', () => {
    const home = tempDir();
    const env = cleanEnv({ HOME: home, ROADMAP_HOME: home });
    const full = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" status -r go-backend-cloud > /dev/full`], { env, encoding: 'utf8' });
    expect(full.status).toBe(74);
    expect(full.stderr).toMatch(/^roadmap: could not write to standard output: ENOSPC/);
    const quiet = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" done goroutines -r go-backend-cloud 2> /dev/full`], { env, encoding: 'utf8' });
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toContain('done');
  });

  it('keeps a change whose report met a closed pipe', () => {
    const home = tempDir();
    const env = cleanEnv({ HOME: home, ROADMAP_HOME: home });
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" done goroutines -r go-backend-cloud | true; echo "rc=\${PIPESTATUS[0]}"`], {
      env,
      encoding: 'utf8',
    });
    expect(result.stdout).toBe('rc=0\n');
    const shown = spawnSync(process.execPath, [BIN, 'show', 'goroutines', '-r', 'go-backend-cloud', '--json'], { env, encoding: 'utf8' });
    expect(JSON.parse(shown.stdout)).toMatchObject({ status: 'done' });
  });
});
