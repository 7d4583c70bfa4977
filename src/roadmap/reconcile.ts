/**
 * A new version of a roadmap: carry each tracked topic to its new self. The same id keeps its
 * progress; otherwise the same title, or a close title (renamed a little, moved to another
 * section) is matched; what matches nothing is left as an orphan, never dropped.
 */
import { foldForMatch } from './ids.js';
import { similarity } from './similarity.js';
import type { IndexedNode, RoadmapIndex } from './tree-index.js';

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
  for (const item of lost) {
    const open = fresh.filter((node) => !claimed.has(node.id) && (!item.node || node.type === item.node.type));
    const target = sameTitle(open, item.title) ?? closest(open, item.title, item.node);
    if (target) {
      claimed.add(target.id);
      moves.push({ from: item.id, to: target.id });
    } else {
      orphans.push(item.id);
    }
  }
  return { moves, orphans };
}

function sameTitle(nodes: readonly IndexedNode[], title: string): IndexedNode | undefined {
  const folded = foldForMatch(title);
  const matches = nodes.filter((node) => foldForMatch(node.title) === folded);
  return matches.length === 1 ? matches[0] : undefined;
}

function closest(nodes: readonly IndexedNode[], title: string, old: IndexedNode | undefined): IndexedNode | undefined {
  const folded = foldForMatch(title);
  let best: { node: IndexedNode; score: number } | undefined;
  for (const node of nodes) {
    // A small bonus for staying under the same parent breaks ties between equally close titles.
    const sameParent = old && node.path.at(-1) === old.path.at(-1) ? 0.05 : 0;
    const candidate = foldForMatch(node.title);
    const score = Math.max(similarity(folded, candidate, 'whole'), wordContainment(folded, candidate)) + sameParent;
    if (score >= CLOSE_ENOUGH && (!best || score > best.score)) best = { node, score };
  }
  return best?.node;
}

/** "ownership" and "ownership and moves": one title's words all kept in the other counts as close. */
function wordContainment(a: string, b: string): number {
  const wordsA = new Set(a.split(' ').filter(Boolean));
  const wordsB = new Set(b.split(' ').filter(Boolean));
  if (wordsA.size === 0 || wordsB.size === 0) return 0;
  const [small, large] = wordsA.size <= wordsB.size ? [wordsA, wordsB] : [wordsB, wordsA];
  return [...small].every((word) => large.has(word)) ? CLOSE_ENOUGH + 0.05 : 0;
}
