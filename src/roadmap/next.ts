/** What to study next: topics in progress, then open topics in document order, projects once their section's other topics are done. */
import { statusOf, type StatusMap } from './progress.js';
import type { IndexedNode, RoadmapIndex } from './tree-index.js';

export interface Suggestion {
  node: IndexedNode;
  reason: string;
}

export function suggestNext(index: RoadmapIndex, statuses: StatusMap, limit: number): Suggestion[] {
  const status = (id: string) => statusOf(statuses, id);
  const unfinished = (id: string) => status(id) === 'todo' || status(id) === 'doing';
  const suggestions: Suggestion[] = index.leaves
    .filter((leaf) => status(leaf.id) === 'doing')
    .map((leaf) => ({ node: leaf, reason: 'in progress: finish what you started' }));
  let previousSection: string | undefined;
  let firstSection = true;
  for (const leaf of index.leaves) {
    if (suggestions.length >= limit) break;
    if (status(leaf.id) !== 'todo') continue;
    if (leaf.kind === 'project') {
      const unit = projectUnit(index, leaf);
      if (unit && unit.leafIds.some((id) => index.byId.get(id)?.kind !== 'project' && unfinished(id))) continue;
      suggestions.push({ node: leaf, reason: unit ? `project of ${unit.title}: its other topics are done` : 'project' });
    } else {
      const section = leaf.sectionIds.at(-1);
      const reason =
        section === previousSection
          ? 'next in document order in the same section'
          : firstSection
            ? 'first open topic of the earliest unfinished section'
            : 'first open topic of the next section in document order';
      suggestions.push({ node: leaf, reason });
    }
    previousSection = leaf.sectionIds.at(-1);
    firstSection = false;
  }
  return suggestions.slice(0, limit);
}

/** The nearest section around a project topic that also holds ordinary topics: the work the project applies. */
function projectUnit(index: RoadmapIndex, leaf: IndexedNode): IndexedNode | undefined {
  for (const id of [...leaf.sectionIds].reverse()) {
    const section = index.byId.get(id);
    if (section && section.leafIds.some((leafId) => index.byId.get(leafId)?.kind !== 'project')) return section;
  }
  return undefined;
}
