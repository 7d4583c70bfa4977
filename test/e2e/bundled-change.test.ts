import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StatusJson } from '../../src/render/json.js';
import { cleanEnv, copyOfPackage, PACKAGE_ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// The commands' decisions are tested in-process in test/commands/tracking.test.ts; this needs its own copy of the package.
describe('a bundled roadmap changed after the build', () => {
  it('is read again (not taken from the build’s index), keeping progress', () => {
    // Its files' times are kept, so the build's index holds for them at first.
    const root = copyOfPackage();
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules'), path.join(root, 'node_modules'));
    const home = tempDir();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(root, 'bin', 'roadmap.cjs'), ...args, '-r', 'go-backend-cloud'], {
        env: cleanEnv({ HOME: home, ROADMAP_HOME: home }),
        encoding: 'utf8',
      });
    expect(run('done', 'goroutines').status).toBe(0);
    const before = JSON.parse(run('status', '--json').stdout) as StatusJson;
    fs.appendFileSync(path.join(root, 'roadmaps', 'go-backend-cloud.md'), '\n## Extra\n\n- [ ] A topic added by a new release\n');
    const after = JSON.parse(run('status', '--json').stdout) as StatusJson;
    expect(after.total).toBe(before.total + 1);
    expect(after.done).toBe(before.done);
    expect(run('status').stdout).toMatch(/Extra +[░▓▒█]+ +0\/1/);
  });
});
