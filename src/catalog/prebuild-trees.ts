/**
 * Build step (dist/prebuild-trees.cjs, run by `npm run build`): parse the bundled roadmaps once, so a
 * learner's first command finds their trees ready instead of loading the markdown parser; and record
 * each file's size, time and key, so a command knows a file is unchanged without reading it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseRoadmap } from '../markdown/parse-markdown.js';
import { packageRoot } from '../package-root.js';
import { decodeRoadmap } from '../roadmap/decode.js';
import { BUNDLED_INDEX_FILE, type BundledIndex, bundledIds, bundledIndexEntry, readBundled } from './bundled.js';
import { PREBUILT_TREES_FILE } from './tree-key.js';

const trees: Record<string, unknown> = {};
const index: BundledIndex = {};
for (const id of bundledIds()) {
  const bytes = readBundled(id)!;
  index[id] = bundledIndexEntry(id, bytes);
  trees[index[id].key] = parseRoadmap(decodeRoadmap(bytes).text, id);
}
fs.writeFileSync(path.join(packageRoot(), PREBUILT_TREES_FILE), JSON.stringify(trees));
fs.writeFileSync(path.join(packageRoot(), BUNDLED_INDEX_FILE), JSON.stringify(index));
