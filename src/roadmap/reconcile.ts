/**
 * A new version of a roadmap: carry each tracked topic to its new self. The same id keeps its
 * progress; otherwise the node the source itself names the same (a roadmap.sh node id, or the
 * `oldId` a redrawn node keeps), else the same title, or a close title (renamed a little, moved to
 * another section) is matched; what matches nothing is left as an orphan, never dropped.
 */
import { foldForMatch } from './ids.js';
import { similarity } from './similarity.js';
import type { Change } from './transitions.js';
import type { IndexedNode, RoadmapIndex } from './tree-index.js';
import type { Status } from './types.js';

export interface Reconciled {
  moves: { from: string; to: string }[];
  orphans: string[];
}

const CLOSE_ENOUGH = 0.75;

/** `tracked`: topic ids with progress or notes, and the title each had, for ids the old tree may not know. */
export function reconcile(before: RoadmapIndex | undefined, after: RoadmapIndex, tracked: ReadonlyMap<string, string>): Reconciled {
  const claimed = new Set<string>();
  const lost: { id: string; title: string; node: IndexedNode | undefined }[] = [];
  for (const [id, title] of tracked) {
    if (after.byId.has(id)) claimed.add(id);
    else lost.push({ id, title: before?.byId.get(id)?.title ?? title, node: before?.byId.get(id) });
  }
  const fresh = after.nodes.filter((node) => !before?.byId.has(node.id) && !claimed.has(node.id));
  const moves: Reconciled['moves'] = [];
  const orphans: string[] = [];
  const byKey = keyed(fresh);
  for (const item of lost) {
    const open = fresh.filter((node) => !claimed.has(node.id) && (!item.node || node.type === item.node.type));
    const key = item.node?.source.key;
    const same = key === undefined ? undefined : byKey.get(`${item.node!.type}:${key}`);
    const target = (same && !claimed.has(same.id) ? same : undefined) ?? sameTitle(open, item.title) ?? closest(open, item.title, item.node, item.id);
    if (target) {
      claimed.add(target.id);
      moves.push({ from: item.id, to: target.id });
    } else {
      orphans.push(item.id);
    }
  }
  return { moves, orphans };
}

/** Nodes by the source's own key, and by the key they say they had before (a node's own key wins). */
function keyed(nodes: readonly IndexedNode[]): Map<string, IndexedNode> {
  const byKey = new Map<string, IndexedNode>();
  for (const node of nodes) if (node.source.formerKey !== undefined) byKey.set(`${node.type}:${node.source.formerKey}`, node);
  for (const node of nodes) if (node.source.key !== undefined) byKey.set(`${node.type}:${node.source.key}`, node);
  return byKey;
}

function sameTitle(nodes: readonly IndexedNode[], title: string): IndexedNode | undefined {
  const folded = foldForMatch(title);
  const matches = nodes.filter((node) => foldForMatch(node.title) === folded);
  return matches.length === 1 ? matches[0] : undefined;
}

function closest(nodes: readonly IndexedNode[], title: string, old: IndexedNode | undefined, oldId: string): IndexedNode | undefined {
  const folded = foldForMatch(title);
  const oldParent = old?.path.at(-1);
  const oldSlug = oldId.slice(oldId.lastIndexOf('/') + 1);
  let best: { node: IndexedNode; score: number } | undefined;
  for (const node of nodes) {
    // A small bonus for staying under the same parent, or one renamed a little ("Week 2" → "Week 2:
    // part"), breaks ties between equally close titles: each week's "Read the chapter" stays in its week.
    const parent = node.path.at(-1);
    const sameParent =
      old &&
      (parent === oldParent || (parent !== undefined && oldParent !== undefined && closeness(foldForMatch(oldParent), foldForMatch(parent)) >= CLOSE_ENOUGH))
        ? 0.05
        : 0;
    // Between namesakes under one parent ("Inline Script" twice), the one whose id ends alike (inline-script-2).
    const sameSlug = node.id.slice(node.id.lastIndexOf('/') + 1) === oldSlug ? 0.01 : 0;
    const score = closeness(folded, foldForMatch(node.title)) + sameParent + sameSlug;
    if (score >= CLOSE_ENOUGH && (!best || score > best.score)) best = { node, score };
  }
  return best?.node;
}

function closeness(a: string, b: string): number {
  return Math.max(similarity(a, b, 'whole'), wordContainment(a, b));
}

/** "ownership" and "ownership and moves": one title's words all kept in the other counts as close. */
function wordContainment(a: string, b: string): number {
  const wordsA = new Set(a.split(' ').filter(Boolean));
  const wordsB = new Set(b.split(' ').filter(Boolean));
  if (wordsA.size === 0 || wordsB.size === 0) return 0;
  const [small, large] = wordsA.size <= wordsB.size ? [wordsA, wordsB] : [wordsB, wordsA];
  return [...small].every((word) => large.has(word)) ? CLOSE_ENOUGH + 0.05 : 0;
}

/** A tracked topic the new version splits into parts, and the status each part without one of its own is given. */
export interface Split {
  topic: IndexedNode;
  status: Status;
  parts: Change[];
}

/**
 * Tracked topics that the new version splits into parts (a topic that now has subtopics): the
 * learner's status goes to each part that has none of its own, as finishing the whole finished
 * them (the topic itself is then only their sum, with no status of its own).
 */
export function splitTopics(after: RoadmapIndex, statuses: ReadonlyMap<string, Status>): Split[] {
  const splits: Split[] = [];
  const given = new Set<string>();
  for (const [id, status] of statuses) {
    const topic = after.byId.get(id);
    if (status === 'todo' || !topic || topic.leafIds.includes(id)) continue;
    const parts: Change[] = [];
    for (const leafId of topic.leafIds) {
      if ((statuses.get(leafId) ?? 'todo') !== 'todo' || given.has(leafId)) continue;
      given.add(leafId);
      parts.push({ topicId: leafId, title: after.byId.get(leafId)!.title, from: 'todo', to: status });
    }
    splits.push({ topic, status, parts });
  }
  return splits;
}
