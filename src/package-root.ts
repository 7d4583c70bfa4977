/** Where roadmap is installed: the folder of its package.json, found from this file (src/, dist/ or a bundle alike). */
import fs from 'node:fs';
import path from 'node:path';
import packageJson from '../package.json' with { type: 'json' };

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = import.meta.dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'roadmaps'))) return (root = dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find roadmap's package folder above ${import.meta.dirname}`);
    dir = parent;
  }
}

/** Bundled into the build, not read at run time. */
export const PACKAGE_VERSION: string = packageJson.version;
