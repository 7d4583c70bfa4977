/**
 * The same skill in other roadmaps: Docker, Redis, JWT and Kafka appear in most of the bundled ones,
 * under titles like "Docker" and "Docker & Containers". Two topics are taken to be the same skill
 * when their titles are the same (case, accents and punctuation aside), when one title is a short
 * name (three words at most) that the other begins with, or when they link the same resource.
 */
import { foldForMatch } from './ids.js';
import type { IndexedNode, RoadmapIndex } from './tree-index.js';

const SHORT_NAME_WORDS = 3;

function sameSkill(a: IndexedNode, b: IndexedNode): boolean {
  const x = foldForMatch(a.title);
  const y = foldForMatch(b.title);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 3 && short.split(' ').length <= SHORT_NAME_WORDS && long.startsWith(`${short} `)) return true;
  const urls = new Set(a.source.resources.map((resource) => resource.url).filter(Boolean));
  return b.source.resources.some((resource) => resource.url !== undefined && urls.has(resource.url));
}

export interface SharedTopic {
  roadmapId: string;
  node: IndexedNode;
}

/** The leaf topics of other roadmaps that are the same skill as `leaf`. */
export function sharedTopics(leaf: IndexedNode, others: readonly { id: string; index: RoadmapIndex }[]): SharedTopic[] {
  return others.flatMap(({ id, index }) => index.leaves.filter((candidate) => sameSkill(leaf, candidate)).map((node) => ({ roadmapId: id, node })));
}
