import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without types.
import { namedShimImports } from '../src/build.mjs';
import { PACKAGE_ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

describe('the build', () => {
  it('finds a named import from a built-in whose stand-in has only a default export', () => {
    const source = [
      "import os from 'node:os';",
      "import type { Stats } from 'node:fs';",
      "import { readFileSync } from 'node:fs';",
      "import { homedir } from 'node:os';",
      "import path, {\n  join,\n} from 'node:path';",
      "import { spawn } from 'node:child_process';",
    ].join('\n');
    expect((namedShimImports as (text: string) => { line: number; statement: string }[])(source)).toEqual([
      { line: 4, statement: "import { homedir } from 'node:os'" },
      { line: 5, statement: "import path, { join, } from 'node:path'" },
      { line: 8, statement: "import { spawn } from 'node:child_process'" },
    ]);
  });

  it('fails, naming the file and line, when src/ has one', () => {
    // A copy of the package's sources beside its node_modules, with one such import added.
    const root = tempDir();
    for (const entry of ['package.json', 'src', 'roadmaps']) fs.cpSync(path.join(PACKAGE_ROOT, entry), path.join(root, entry), { recursive: true });
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules'), path.join(root, 'node_modules'));
    const file = path.join(root, 'src', 'errors.ts');
    fs.writeFileSync(file, `import { homedir } from 'node:os';\nexport const HOME = homedir;\n${fs.readFileSync(file, 'utf8')}`);
    const result = spawnSync(process.execPath, [path.join(root, 'src', 'build.mjs')], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("import { homedir } from 'node:os': the bundle's stand-in for this built-in has only a default export");
    expect(result.stderr).toContain('src/errors.ts:1:');
    expect(fs.existsSync(path.join(root, 'dist', 'cli.cjs'))).toBe(false);
  });
});
