/**
 * What `roadmap status` draws, without the topics: each section's range over the leaves in
 * document order. Stored beside each parsed tree, with the leaves' places apart from it, it spares
 * a large roadmap's status from reading and decoding the whole tree, or even every topic's id.
 */
import { type RoadmapProgress, type SectionProgress, withPercentages } from './progress.js';
import type { Roadmap, Section, Status, Topic } from './types.js';

export interface Outline {
  title: string;
  leafCount: number;
  /** Sections in document order, each with its depth and the range [start, end) of its leaves. */
  sections: { id: string; title: string; depth: number; start: number; end: number }[];
  /** Leaves of topics that stand before the first heading (status shows those apart). */
  topLevelLeaves: number;
  /** The roadmap states a schedule (status then needs the whole tree to lay it out). */
  planned: boolean;
}

/** A topic's status and its place among the leaves in document order (null: the tree has no such leaf). */
export interface PlacedStatus {
  status: Status;
  position: number | null;
}

/** The outline, and the leaf topic ids in document order (stored apart: see the leaves table). */
export function outlineOf(roadmap: Roadmap): { outline: Outline; leaves: string[] } {
  const leaves: string[] = [];
  const sections: Outline['sections'] = [];
  let planned = false;
  const addLeaves = (topics: readonly Topic[]) => {
    for (const topic of topics) {
      if (topic.plan) planned = true;
      if (topic.topics.length === 0) leaves.push(topic.id);
      else addLeaves(topic.topics);
    }
  };
  const addSection = (section: Section, depth: number) => {
    if (section.plan) planned = true;
    const entry = { id: section.id, title: section.title, depth, start: leaves.length, end: 0 };
    sections.push(entry);
    addLeaves(section.topics);
    for (const child of section.sections) addSection(child, depth + 1);
    entry.end = leaves.length;
  };
  addLeaves(roadmap.topics);
  const topLevelLeaves = leaves.length;
  for (const section of roadmap.sections) addSection(section, 0);
  return { outline: { title: roadmap.title, leafCount: leaves.length, sections, topLevelLeaves, planned }, leaves };
}

/**
 * The section tree with its counts, as computeProgress gives it, but with no topics listed; and how
 * many changed topics the outline does not have (orphans of an earlier version). Only changed
 * topics are given: to-do is the default, and a large roadmap has few changes.
 */
export function progressFromOutline(outline: Outline, placed: readonly PlacedStatus[]): { progress: RoadmapProgress; orphans: number } {
  const positions = { done: [] as number[], doing: [] as number[], skipped: [] as number[] };
  let orphans = 0;
  for (const { status, position } of placed) {
    if (status === 'todo') continue;
    if (position === null) orphans++;
    else positions[status].push(position);
  }
  for (const list of Object.values(positions)) list.sort((a, b) => a - b);
  const within = (list: readonly number[], start: number, end: number) => firstAtLeast(list, end) - firstAtLeast(list, start);
  const range = (start: number, end: number) =>
    withPercentages({
      done: within(positions.done, start, end),
      doing: within(positions.doing, start, end),
      skipped: within(positions.skipped, start, end),
      total: end - start,
    });
  const top: SectionProgress[] = [];
  const stack: { depth: number; children: SectionProgress[] }[] = [{ depth: -1, children: top }];
  for (const section of outline.sections) {
    while (stack[stack.length - 1].depth >= section.depth) stack.pop();
    const node: SectionProgress = { id: section.id, title: section.title, ...range(section.start, section.end), sections: [], topics: [] };
    // A section with no topics below it (an overview) carries no progress and is left out.
    if (node.total > 0) stack[stack.length - 1].children.push(node);
    stack.push({ depth: section.depth, children: node.sections });
  }
  return { progress: { title: outline.title, ...range(0, outline.leafCount), sections: top, topics: [] }, orphans };
}

/** The index of the first value at least `value` in an ascending list (its length if none). */
function firstAtLeast(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
