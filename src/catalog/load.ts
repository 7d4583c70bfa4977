/** Load a roadmap with its progress: the parsed tree comes from the store unless the markdown changed. */
import { createHash } from 'node:crypto';
import { EXIT, UserError } from '../errors.js';
import { decodeRoadmap, DecodeError } from '../roadmap/decode.js';
import { statusOf, type StatusMap } from '../roadmap/progress.js';
import { indexRoadmap, type RoadmapIndex } from '../roadmap/tree-index.js';
import type { Roadmap } from '../roadmap/types.js';
import type { StatusChange, Store } from '../store/db.js';
import { bundledIds, DEFAULT_ROADMAP, readBundled } from './bundled.js';

/** Bump when the parser's output changes, so cached trees are parsed again. */
export const PARSER_VERSION = 1;

export interface LoadedRoadmap {
  id: string;
  roadmap: Roadmap;
  index: RoadmapIndex;
  statuses: StatusMap;
}

export function treeKey(bytes: Uint8Array): string {
  return `${createHash('sha256').update(bytes).digest('hex')}:p${PARSER_VERSION}`;
}

/** Which roadmap a command is about: `-r`, else the one chosen with `use`, else the default. */
export function chooseRoadmapId(store: Store, flag: string | undefined): { id: string; chosen: boolean } {
  if (flag !== undefined) return { id: checkRoadmapId(flag), chosen: true };
  const active = store.getMeta('active');
  return active ? { id: active, chosen: true } : { id: DEFAULT_ROADMAP, chosen: false };
}

export function checkRoadmapId(id: string): string {
  const known = bundledIds();
  if (known.includes(id)) return id;
  const close = known.filter((candidate) => candidate.includes(id) || id.includes(candidate));
  throw new UserError(`unknown roadmap '${id}'`, {
    hint: close.length > 0 ? `did you mean ${close.join(' or ')}? (roadmap list shows them all)` : 'roadmap list shows the roadmaps there are',
  });
}

export async function loadRoadmap(store: Store, id: string, now: Date): Promise<LoadedRoadmap> {
  const bytes = readBundled(id);
  if (!bytes) throw new UserError(`unknown roadmap '${id}'`, { hint: 'roadmap list shows the roadmaps there are' });
  const key = treeKey(bytes);
  const cached = store.getTree(key);
  const roadmap: Roadmap = cached ? (JSON.parse(cached) as Roadmap) : await parseBytes(bytes, `${id}.md`);
  const index = indexRoadmap(roadmap);
  const record = store.getRoadmap(id);
  if (!cached || !record || record.treeKey !== key) {
    store.write(() => {
      if (!cached) store.putTree(key, JSON.stringify(roadmap));
      // Re-read inside the lock: of two first loads at once, one seeds the `- [x]` items.
      const first = !store.getRoadmap(id);
      store.putRoadmap({ id, title: roadmap.title, origin: 'bundled', treeKey: key, addedAt: now.toISOString() });
      if (first) store.recordChanges(id, 'load', initiallyDone(index, store.statuses(id)), now.toISOString());
    });
  }
  return { id, roadmap, index, statuses: store.statuses(id) };
}

async function parseBytes(bytes: Uint8Array, name: string): Promise<Roadmap> {
  let text: string;
  try {
    text = decodeRoadmap(bytes).text;
  } catch (error) {
    if (error instanceof DecodeError) throw new UserError(`${name}: ${error.message}`, { exitCode: EXIT.data });
    throw error;
  }
  const { parseRoadmap } = await import('../markdown/parse-markdown.js');
  return parseRoadmap(text, name.replace(/\.md$/, ''));
}

/** `- [x]` items start done the first time a roadmap is loaded. */
function initiallyDone(index: RoadmapIndex, statuses: StatusMap): StatusChange[] {
  return index.leaves
    .filter((leaf) => leaf.checked && statusOf(statuses, leaf.id) !== 'done')
    .map((leaf) => ({ topicId: leaf.id, from: statusOf(statuses, leaf.id), to: 'done' }));
}
