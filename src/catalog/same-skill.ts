/** The same skill in the learner's other roadmaps, with what is needed to change it there. */
import type { StatusMap } from '../roadmap/progress.js';
import { type SharedTopic, sharedTopics } from '../roadmap/shared.js';
import type { IndexedNode, RoadmapIndex } from '../roadmap/tree-index.js';
import type { Store } from '../store/db.js';
import { loadRoadmap, roadmapIds } from './load.js';

export interface Match extends SharedTopic {
  index: RoadmapIndex;
  statuses: StatusMap;
}

/** The same skill as any leaf of the targets, in every other roadmap (the learner's own included). */
export async function sameSkillElsewhere(store: Store, roadmapId: string, index: RoadmapIndex, targets: readonly IndexedNode[], now: Date): Promise<Match[]> {
  const others = [];
  for (const id of roadmapIds(store)) if (id !== roadmapId) others.push(await loadRoadmap(store, id, now));
  const leaves = [...new Set(targets.flatMap((target) => target.leafIds))].map((id) => index.byId.get(id)!);
  const seen = new Set<string>();
  const matches: Match[] = [];
  for (const leaf of leaves) {
    for (const match of sharedTopics(
      leaf,
      others.map((other) => ({ id: other.id, index: other.index })),
    )) {
      const key = `${match.roadmapId} ${match.node.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const other = others.find((candidate) => candidate.id === match.roadmapId)!;
      matches.push({ ...match, index: other.index, statuses: other.statuses });
    }
  }
  return matches;
}
