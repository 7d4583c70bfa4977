import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const PRELOAD = fileURLToPath(new URL('../helpers/loaded-modules.cjs', import.meta.url));

/** What a run of the binary loads, its output going to a pipe (as in scripts and the benchmark). */
function loaded(home: string, args: string[]): { builtins: string[]; files: string[] } {
  const out = path.join(home, 'loaded.json');
  const result = spawnSync(process.execPath, ['--require', PRELOAD, BIN, ...args], {
    env: cleanEnv({ HOME: home, ROADMAP_HOME: home, LOADED_MODULES_FILE: out }),
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  return JSON.parse(fs.readFileSync(out, 'utf8')) as { builtins: string[]; files: string[] };
}

// No timed assertions (the benchmark judges speed): these keep what start-up was made not to load.
describe('start-up in a pipe loads only what the command needs', () => {
  it.each([['status'], ['next'], ['done', 'goroutines', '-r', 'go-backend-cloud'], ['list']])('roadmap %s', (...args) => {
    const home = tempDir();
    loaded(home, ['status']); // the first run sets the database up
    const { builtins, files } = loaded(home, args);
    // Node's streams and net (process.stdout), tty (isatty), os, child_process (commander), workers.
    for (const name of ['net', 'stream', 'tty', 'os', 'child_process', 'worker_threads', 'crypto', 'readline']) expect(builtins).not.toContain(name);
    const bundles = files.filter((file) => file.includes(`${path.sep}dist${path.sep}`)).map((file) => path.basename(file));
    expect(bundles).toEqual([]); // dist/cli.cjs is compiled by bin/roadmap.cjs itself; no parser, no prompts
  });
});
