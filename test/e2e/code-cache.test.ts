import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roadmap } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const cacheDir = (home: string) => path.join(home, '.cache', 'roadmap');
const caches = (home: string) => (fs.existsSync(cacheDir(home)) ? fs.readdirSync(cacheDir(home)).filter((name) => name.endsWith('.v8cache')) : []);

describe('the code cache', () => {
  it('is written after the first run, into the user cache directory', () => {
    const home = tempDir();
    expect(roadmap(home, ['--version']).status).toBe(0);
    expect(roadmap(home, ['status']).status).toBe(0);
    expect(caches(home)).toHaveLength(1);
  });

  it('a corrupt or stale cache is harmless: rejected, the command works, a good one replaces it', () => {
    const home = tempDir();
    roadmap(home, ['status']);
    const [name] = caches(home);
    const file = path.join(cacheDir(home), name);
    fs.writeFileSync(file, Buffer.from('not a V8 code cache at all'));
    fs.writeFileSync(path.join(cacheDir(home), 'cli-v0-old-build.v8cache'), 'from an older build');
    const result = roadmap(home, ['status']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Overall');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    expect(caches(home)).toEqual([name]);
  });

  it('adds the code of each new use once: the uses it covers head the file', () => {
    const home = tempDir();
    const file = () => path.join(cacheDir(home), caches(home)[0]);
    const uses = () => JSON.parse(fs.readFileSync(file()).toString('utf8').split('\n')[0]) as string[];
    roadmap(home, ['status']);
    const first = fs.statSync(file());
    expect(uses()).toEqual(['status']);
    roadmap(home, ['done', 'goroutines', '-r', 'go-backend-cloud']);
    expect(uses()).toEqual(['status', 'done -r']);
    // done's code (finding topics, writing changes) came in beside status's.
    expect(fs.statSync(file()).size).toBeGreaterThan(first.size);
    const second = fs.statSync(file());
    roadmap(home, ['status']);
    roadmap(home, ['done', 'mqtt', '-r', 'go-backend-cloud']);
    expect(fs.statSync(file()).mtimeMs).toBe(second.mtimeMs);
    expect(uses()).toEqual(['status', 'done -r']);
  });

  it('ROADMAP_CODE_CACHE=0 writes none, and an XDG_CACHE_HOME is used', () => {
    const home = tempDir();
    expect(roadmap(home, ['status'], { env: { ROADMAP_CODE_CACHE: '0' } }).status).toBe(0);
    expect(caches(home)).toEqual([]);
    const xdg = path.join(home, 'xdg-cache');
    roadmap(home, ['status'], { env: { XDG_CACHE_HOME: xdg } });
    expect(fs.readdirSync(path.join(xdg, 'roadmap'))).toHaveLength(1);
  });
});
