/**
 * What to study next: open topics ranked by a score whose terms are all shown (`next --explain`).
 * Skipped and finished topics are left out, and so are topics that must wait: a project until its
 * section's other topics are done, a step of a numbered list until the step before it is.
 */
import { NEXT_WEIGHTS, REVIEWS_SUGGESTED, type Signal } from './next-weights.js';
import { plural } from './plural.js';
import { type StatusMap, statusOf } from './progress.js';
import { OFF_PATH_TAGS } from './topic-tags.js';
import type { IndexedNode, RoadmapIndex } from './tree-index.js';

interface Term {
  signal: Signal;
  value: number;
  weight: number;
  contribution: number;
}

export interface Suggestion {
  node: IndexedNode;
  /** A topic learned, to review (its review is overdue), rather than one to study. */
  review: boolean;
  score: number;
  terms: Term[];
  reason: string;
}

/** `overdue`: the topics learned whose review is overdue by a day or more, with how many days. */
export function suggestNext(index: RoadmapIndex, statuses: StatusMap, limit: number, overdue: ReadonlyMap<string, number> = new Map()): Suggestion[] {
  const status = (id: string) => statusOf(statuses, id);
  const open = (id: string) => status(id) === 'todo' || status(id) === 'doing';
  const finished = (node: IndexedNode) => node.leafIds.every((id) => !open(id));

  // Sections that hold open leaves, in document order; and open leaves before each leaf in its section.
  const unfinishedSections = new Map<string, number>(); // section id → its place among them
  const openBefore = new Map<string, number>();
  const openSoFar = new Map<string, number>();
  for (const leaf of index.leaves) {
    if (!open(leaf.id)) continue;
    const section = leaf.sectionIds.at(-1) ?? '';
    if (!unfinishedSections.has(section)) unfinishedSections.set(section, unfinishedSections.size);
    openBefore.set(leaf.id, openSoFar.get(section) ?? 0);
    openSoFar.set(section, (openSoFar.get(section) ?? 0) + 1);
  }

  const waiting = (leaf: IndexedNode): boolean => {
    for (let node: IndexedNode | undefined = leaf; node; node = node.parentTopicId ? index.byId.get(node.parentTopicId) : undefined) {
      const before = node.prerequisite ? index.byId.get(node.prerequisite) : undefined;
      if (before && !finished(before)) return true;
    }
    return false;
  };

  const suggestions: (Suggestion & { order: number })[] = [];
  for (const leaf of index.leaves) {
    if (!open(leaf.id) || waiting(leaf)) continue;
    let projectReady = 0;
    let unit: IndexedNode | undefined;
    if (leaf.kind === 'project') {
      unit = projectUnit(index, leaf);
      if (unit?.leafIds.some((id) => index.byId.get(id)?.kind !== 'project' && open(id))) continue;
      projectReady = 1;
    }
    const sectionsBefore = unfinishedSections.get(leaf.sectionIds.at(-1) ?? '') ?? -1;
    const inProgress = status(leaf.id) === 'doing' ? 1 : 0;
    const values = {
      inProgress,
      earliestSection: sectionsBefore === 0 ? 1 : 0,
      sectionsBefore,
      openBefore: openBefore.get(leaf.id) ?? 0,
      projectReady,
      // One the learner started is theirs to finish; the others wait for the main path (a term
      // shown only where it applies: most roadmaps have no such tags).
      ...(inProgress === 0 && offPath(index, leaf) ? { offPath: 1 } : {}),
    };
    suggestions.push({ node: leaf, review: false, ...scored(values), reason: reasonFor(values, unit), order: leaf.order });
  }
  const reviews = [...overdue]
    .filter(([id]) => index.byId.get(id)?.type === 'topic' && status(id) === 'done')
    .sort((a, b) => b[1] - a[1])
    .slice(0, REVIEWS_SUGGESTED);
  for (const [id, days] of reviews) {
    const leaf = index.byId.get(id)!;
    const reason = `learned; its review is overdue by ${plural(days, 'day')}`;
    suggestions.push({ node: leaf, review: true, ...scored({ reviewOverdue: 1 }), reason, order: leaf.order });
  }
  return suggestions
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ order: _order, ...suggestion }) => suggestion);
}

/** A topic to study is scored by the signals of where it stands, a review by its own: each shows the terms that apply to it. */
function scored(values: Partial<Record<Signal, number>>): { score: number; terms: Term[] } {
  const terms = (Object.keys(values) as Signal[]).map((signal) => ({
    signal,
    value: values[signal]!,
    weight: NEXT_WEIGHTS[signal],
    contribution: values[signal]! * NEXT_WEIGHTS[signal] || 0,
  }));
  return { score: terms.reduce((sum, term) => sum + term.contribution, 0), terms };
}

function reasonFor(values: Record<Exclude<Signal, 'reviewOverdue' | 'offPath'>, number> & { offPath?: number }, unit: IndexedNode | undefined): string {
  if (values.inProgress) return 'in progress: finish what you started';
  if (values.offPath) return 'an alternative or optional topic: after the main path';
  if (values.projectReady) return unit ? `project of ${unit.title}: its other topics are done` : 'a project';
  if (values.earliestSection)
    return values.openBefore === 0 ? 'first open topic of the earliest unfinished section' : 'next in document order in the earliest unfinished section';
  const sections = plural(values.sectionsBefore, 'unfinished section');
  return values.openBefore === 0 ? `first open topic of its section, after ${sections}` : `in a later section, after ${sections}`;
}

/** Tagged alternative or optional, itself or a section around it. */
function offPath(index: RoadmapIndex, leaf: IndexedNode): boolean {
  const tagged = (node: IndexedNode | undefined) => node?.source.tags?.some((tag) => OFF_PATH_TAGS.has(tag)) === true;
  return tagged(leaf) || leaf.sectionIds.some((id) => tagged(index.byId.get(id)));
}

/** The nearest section around a project topic that also holds ordinary topics: the work the project applies. */
function projectUnit(index: RoadmapIndex, leaf: IndexedNode): IndexedNode | undefined {
  for (const id of [...leaf.sectionIds].reverse()) {
    const section = index.byId.get(id);
    if (section?.leafIds.some((leafId) => index.byId.get(leafId)?.kind !== 'project')) return section;
  }
  return undefined;
}
