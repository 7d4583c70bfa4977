/** The roadmaps shipped in roadmaps/: one markdown file each, named by its id. */
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { treeKey } from './tree-key.js';

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

/** Written at build time (prebuild-trees.ts): each bundled file's size, modification time and tree key. */
export const BUNDLED_INDEX_FILE = 'dist/bundled-index.json';

export type BundledIndex = Record<string, { size: number; mtimeMs: number; key: string }>;

/** What the build records of a bundled file, given its bytes (see bundledKey). */
export function bundledIndexEntry(id: string, bytes: Uint8Array): BundledIndex[string] {
  const { size, mtimeMs } = fs.statSync(bundledFile(id)!);
  return { size, mtimeMs, key: treeKey(bytes) };
}

let index: BundledIndex | undefined;
const keys = new Map<string, string | undefined>();

/**
 * A bundled roadmap's tree key. While its file has the size and time it had at build time, the
 * build's index gives the key and the file is not read; otherwise (edited since, or unpacked with
 * other times) the file is read and fingerprinted. Undefined: no such bundled roadmap.
 */
export function bundledKey(id: string): string | undefined {
  if (keys.has(id)) return keys.get(id);
  let key: string | undefined;
  const file = bundledFile(id);
  const stat = file ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
  if (stat) {
    try {
      index ??= JSON.parse(fs.readFileSync(path.join(packageRoot(), BUNDLED_INDEX_FILE), 'utf8')) as BundledIndex;
    } catch {
      index = {}; // not built (tests run from source): fingerprint the files
    }
    const built = Object.hasOwn(index, id) ? index[id] : undefined;
    key = built && built.size === stat.size && built.mtimeMs === stat.mtimeMs ? built.key : treeKey(fs.readFileSync(file!));
  }
  keys.set(id, key);
  return key;
}

function bundledFile(id: string): string | undefined {
  return /^[a-z0-9][a-z0-9-]*$/.test(id) ? path.join(roadmapsDir(), `${id}.md`) : undefined;
}

export function readBundled(id: string): Buffer | undefined {
  const file = bundledFile(id);
  if (!file) return undefined;
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
