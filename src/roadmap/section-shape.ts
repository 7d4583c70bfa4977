/** Reshaping decided sections: a heading as a topic, document order kept, the introduction before a schedule, a lone outer heading as the title. */
import type { Resource, Roadmap, Section, Topic } from './types.js';

const isSection = (entry: Section | Topic): entry is Section => 'sections' in entry;

/** Rule 4: a section with nothing to track under it is one topic, titled by its heading. */
export function sectionAsTopic(section: Section, links: readonly Resource[], project: boolean): Topic {
  const seen = new Set<string>();
  const resources = [...section.resources, ...links].filter((resource) => {
    const key = resource.url ?? resource.title;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const topic: Topic = { id: '', title: section.title, kind: project ? 'project' : 'topic', resources, topics: [] };
  if (section.description !== undefined) topic.description = section.description;
  if (section.plan) topic.plan = section.plan;
  return topic;
}

/**
 * Subsections and heading topics, in document order. A section's own topics stand before its
 * subsections, so a heading topic that comes after a tracked subsection keeps its place as a section
 * of its own (one bar in status), rather than jump ahead of the subsections before it.
 */
export function settleEntries(entries: readonly (Section | Topic)[]): { topics: Topic[]; sections: Section[] } {
  const topics: Topic[] = [];
  const sections: Section[] = [];
  let afterTracked = false;
  for (const entry of entries) {
    if (isSection(entry)) {
      sections.push(entry);
      afterTracked ||= hasLeaves(entry);
    } else if (afterTracked) sections.push({ id: '', title: entry.title, resources: [], sections: [], topics: [entry] });
    else topics.push(entry);
  }
  return { topics, sections };
}

/** Rule 6: with two or more scheduled headings, the sections before the first one are the course's introduction. */
export function clearIntroduction(roadmap: Roadmap, headingTopics: ReadonlySet<Topic>): void {
  const order: { section: Section; ancestors: Section[] }[] = [];
  const visit = (sections: readonly Section[], ancestors: Section[]) => {
    for (const section of sections) {
      order.push({ section, ancestors });
      visit(section.sections, [...ancestors, section]);
    }
  };
  visit(roadmap.sections, []);
  const scheduled = order.filter(({ section }) => section.plan?.from !== undefined);
  if (scheduled.length < 2) return;
  const first = scheduled[0];
  // Headings before it that became topics stand at the top: they come before every section.
  roadmap.topics = roadmap.topics.filter((topic) => !headingTopics.has(topic));
  // "PHASE 0" before "PHASE 1 (Month 1–2)" is one of the series, not an introduction to it.
  const series = firstWord(first.section.title);
  for (const { section } of order) {
    if (section === first.section) break;
    if (first.ancestors.includes(section) || firstWord(section.title) === series) continue;
    section.topics = [];
  }
}

function firstWord(title: string): string {
  return (title.toLowerCase().match(/[\p{L}]+/u) ?? [''])[0];
}

/** A document with no H1 whose first heading is the only one of its depth and holds everything, subsections too: that heading is the title. */
export function liftSoleSection(roadmap: Roadmap, title: string): Roadmap | undefined {
  const tracked = roadmap.sections.filter(hasLeaves);
  const [sole] = tracked;
  if (roadmap.topics.length > 0 || tracked.length !== 1 || sole.title !== title || sole.sections.length === 0) return undefined;
  const lifted: Roadmap = { title, sections: sole.sections, topics: sole.topics };
  const description = sole.description ?? roadmap.description;
  if (description !== undefined) lifted.description = description;
  return lifted;
}

/** Whether anything is tracked under it: a topic is a leaf or holds one, so any topic will do. */
export function hasLeaves(node: { topics: Topic[]; sections?: Section[] }): boolean {
  return node.topics.length > 0 || (node.sections ?? []).some(hasLeaves);
}

export function leafCount(node: { topics: Topic[]; sections?: Section[] }): number {
  let count = 0;
  const visit = (topics: readonly Topic[]) => {
    for (const topic of topics) {
      if (topic.topics.length === 0) count++;
      else visit(topic.topics);
    }
  };
  visit(node.topics);
  for (const section of node.sections ?? []) count += leafCount(section);
  return count;
}
