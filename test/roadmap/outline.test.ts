import { describe, expect, it } from 'vitest';
import { outlineOf, progressFromOutline } from '../../src/roadmap/outline.js';
import { computeProgress, type SectionProgress } from '../../src/roadmap/progress.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import type { Status } from '../../src/roadmap/types.js';
import { type BundledId, parseBundled, SEEDS } from '../helpers/bundled.js';

const withoutTopics = (sections: readonly SectionProgress[]): unknown[] =>
  sections.map(({ topics: _topics, sections: children, ...rest }) => ({ ...rest, sections: withoutTopics(children) }));

describe('progressFromOutline', () => {
  it.each(Object.keys(SEEDS) as BundledId[])('%s: the same section tree and counts as computeProgress', (id) => {
    const roadmap = parseBundled(id);
    const leaves = indexRoadmap(roadmap).leaves;
    const statuses = new Map<string, Status>(leaves.filter((_, i) => i % 4 !== 3).map((leaf, i) => [leaf.id, (['done', 'doing', 'skipped'] as const)[i % 3]]));
    statuses.set('an-orphan/topic', 'done');
    const full = computeProgress(roadmap, statuses);
    const { outline, leaves: leafIds } = outlineOf(JSON.parse(JSON.stringify(roadmap)) as typeof roadmap);
    // As the store places them: each changed topic with its position among the leaves, or null.
    const placed = [...statuses].map(([topicId, status]) => ({ status, position: leafIds.includes(topicId) ? leafIds.indexOf(topicId) : null }));
    const { progress: quick, orphans } = progressFromOutline(outline, placed);
    expect(orphans).toBe(1);
    expect(withoutTopics(quick.sections)).toEqual(withoutTopics(full.sections));
    const { sections: _a, topics: _b, ...totals } = full;
    const { sections: _c, topics: _d, ...quickTotals } = quick;
    expect(quickTotals).toEqual(totals);
  });
});
