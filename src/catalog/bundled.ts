/** The roadmaps shipped in roadmaps/: one markdown file each, named by its id. */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROADMAPS_DIR = fileURLToPath(new URL('../../roadmaps/', import.meta.url));

/** The roadmap a learner starts on until `roadmap use` picks another: the broadest, language-agnostic one. */
export const DEFAULT_ROADMAP = 'backend-topics';

export function bundledIds(): string[] {
  return fs
    .readdirSync(ROADMAPS_DIR)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
}

export function readBundled(id: string): Buffer | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return undefined;
  try {
    return fs.readFileSync(new URL(`${id}.md`, `file://${ROADMAPS_DIR}`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
