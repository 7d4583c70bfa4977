/** Roll leaf statuses up the tree: every section and parent topic counts the leaves below it. */
import type { Roadmap, Section, Status, Topic, TopicKind } from './types.js';

export type StatusMap = ReadonlyMap<string, Status>;

export interface Counts {
  done: number;
  total: number;
  /** 0–100, rounded down, so 100 means everything is done. */
  percent: number;
}

export interface TopicProgress extends Counts {
  id: string;
  title: string;
  kind: TopicKind;
  status: Status;
  topics: TopicProgress[];
}

export interface SectionProgress extends Counts {
  id: string;
  title: string;
  sections: SectionProgress[];
  topics: TopicProgress[];
}

export interface RoadmapProgress extends Counts {
  title: string;
  sections: SectionProgress[];
  topics: TopicProgress[];
}

export function statusOf(statuses: StatusMap, id: string): Status {
  return statuses.get(id) ?? 'todo';
}

export function counts(done: number, total: number): Counts {
  return { done, total, percent: total === 0 ? 0 : Math.floor((done * 100) / total) };
}

export function computeProgress(roadmap: Roadmap, statuses: StatusMap): RoadmapProgress {
  const topics = roadmap.topics.map((topic) => topicProgress(topic, statuses));
  const sections = roadmap.sections.map((section) => sectionProgress(section, statuses)).filter(hasTopics);
  return { title: roadmap.title, ...sum([...topics, ...sections]), sections, topics };
}

function sectionProgress(section: Section, statuses: StatusMap): SectionProgress {
  const topics = section.topics.map((topic) => topicProgress(topic, statuses));
  // A section with no topics below it (an overview) carries no progress and is left out.
  const sections = section.sections.map((child) => sectionProgress(child, statuses)).filter(hasTopics);
  return { id: section.id, title: section.title, ...sum([...topics, ...sections]), sections, topics };
}

function topicProgress(topic: Topic, statuses: StatusMap): TopicProgress {
  const topics = topic.topics.map((child) => topicProgress(child, statuses));
  const own = topics.length === 0 ? counts(statusOf(statuses, topic.id) === 'done' ? 1 : 0, 1) : sum(topics);
  return {
    id: topic.id,
    title: topic.title,
    kind: topic.kind,
    status: own.done === own.total ? 'done' : 'todo',
    ...own,
    topics,
  };
}

function sum(parts: readonly Counts[]): Counts {
  let done = 0;
  let total = 0;
  for (const part of parts) {
    done += part.done;
    total += part.total;
  }
  return counts(done, total);
}

function hasTopics(section: SectionProgress): boolean {
  return section.total > 0;
}
