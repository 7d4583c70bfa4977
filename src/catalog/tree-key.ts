/** How parsed trees are keyed: the markdown's fingerprint and the parser's version. */
import { contentHash } from '../roadmap/content-hash.js';

/** Bump when the parser's output changes, so cached trees are parsed again. */
export const PARSER_VERSION = 6;

/** The bundled roadmaps' trees, parsed at build time (see prebuild-trees.ts). */
export const PREBUILT_TREES_FILE = 'dist/bundled-trees.json';

export function treeKey(bytes: Uint8Array): string {
  return `${contentHash(bytes)}:p${PARSER_VERSION}`;
}
