/**
 * Run a command in this process through `main(argv, io)`: the same parsing, commands and error
 * funnel as the binary, without a process start. For tests of what a command decides; the
 * binary is spawned where the process boundary is what is tested (start-up, terminals, signals).
 */
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { main } from '../../src/cli.js';
import type { Io, Prompts } from '../../src/io.js';
import type { Run } from './cli.js';
import { tempDir } from './temp.js';

export async function inProcess(
  home: string,
  args: readonly string[],
  env: Record<string, string> = {},
  terminal: { stdoutTTY?: boolean; stderrTTY?: boolean; elapsedMs?: () => number; stdinTTY?: boolean; prompts?: Prompts } = {},
): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = {
    stdout: { write: (text: string) => stdout.push(text), isTTY: terminal.stdoutTTY ?? false },
    stderr: { write: (text: string) => stderr.push(text), isTTY: terminal.stderrTTY ?? false },
    stdinIsTTY: terminal.stdinTTY ?? false,
    env: { HOME: home, ROADMAP_HOME: home, LANG: 'C.UTF-8', ...env },
    platform: process.platform,
    homedir: home,
    cwd: home,
    ...(terminal.elapsedMs ? { elapsedMs: terminal.elapsedMs } : {}),
    ...(terminal.prompts ? { prompts: async () => terminal.prompts! } : {}),
  };
  const status = await main(args, io);
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** A temp home and an in-process runner bound to it. */
export function learner(env: Record<string, string> = {}): {
  home: string;
  db: string;
  run: (...args: string[]) => Promise<Run>;
  json: <T>(...args: string[]) => Promise<T>;
} {
  const home = tempDir();
  const run = (...args: string[]) => inProcess(home, args, env);
  return {
    home,
    db: path.join(home, 'roadmap.db'),
    run,
    json: async <T>(...args: string[]) => {
      const result = await run(...args, '--json');
      if (result.status !== 0) throw new Error(`roadmap ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`);
      return JSON.parse(result.stdout) as T;
    },
  };
}

/**
 * In-process commands print times in this process's zone: pin it for the calling test file, as the
 * spawned tests do with TZ=UTC, and put it back after.
 */
export function pinTimeZone(zone = 'UTC'): void {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
