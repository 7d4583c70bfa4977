/** The roadmaps shipped in roadmaps/: one markdown file each, named by its id. */
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';

const roadmapsDir = () => path.join(packageRoot(), 'roadmaps');

/** The roadmap a learner starts on until `roadmap use` picks another: the broadest, language-agnostic one. */
export const DEFAULT_ROADMAP = 'backend-topics';

export function bundledIds(): string[] {
  return fs
    .readdirSync(roadmapsDir())
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
}

export function readBundled(id: string): Buffer | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return undefined;
  try {
    return fs.readFileSync(path.join(roadmapsDir(), `${id}.md`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
