import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StatusJson, TopicJson } from '../../src/render/json.js';
import { tempDir } from './temp.js';

export const BIN = fileURLToPath(new URL('../../bin/roadmap.cjs', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a user's shell would give, minus anything that would make results depend on this machine. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LANG: 'C.UTF-8' };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

/** Run the built binary as a user would, with its data in `home`. */
export function roadmap(home: string, args: readonly string[], options: { env?: Record<string, string | undefined>; input?: string } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: cleanEnv({ HOME: home, ROADMAP_HOME: home, ...options.env }),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temp home and a runner bound to it. */
export function user(): { home: string; db: string; run: (...args: string[]) => Run; json: <T>(...args: string[]) => T } {
  const home = tempDir();
  const run = (...args: string[]) => roadmap(home, args);
  return {
    home,
    db: path.join(home, 'roadmap.db'),
    run,
    json: <T>(...args: string[]) => {
      const result = run(...args, '--json');
      if (result.status !== 0) throw new Error(`roadmap ${args.join(' ')} failed: ${result.stderr}`);
      return JSON.parse(result.stdout) as T;
    },
  };
}

export function exists(file: string): boolean {
  return fs.existsSync(file);
}

/** The package's own folder (where package.json is). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A copy of the installed package (package.json, bin, dist, roadmaps), files' times kept, in a new
 * directory; its node_modules is the caller's to make. Copies, not links: Node would follow a
 * link back to the real install.
 */
export function copyOfPackage(): string {
  const root = tempDir();
  for (const entry of ['package.json', 'bin', 'dist', 'roadmaps']) {
    fs.cpSync(path.join(PACKAGE_ROOT, entry), path.join(root, entry), { recursive: true, preserveTimestamps: true });
  }
  return root;
}

/** Every leaf topic of a `status --json` document, in document order. */
export function statusLeaves(status: StatusJson): TopicJson[] {
  const leaves = (topics: readonly TopicJson[]): TopicJson[] => topics.flatMap((t) => (t.topics.length === 0 ? [t] : leaves(t.topics)));
  const walk = (sections: StatusJson['sections']): TopicJson[] => sections.flatMap((s) => [...leaves(s.topics), ...walk(s.sections)]);
  return [...leaves(status.topics), ...walk(status.sections)];
}
