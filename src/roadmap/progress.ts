/** Roll leaf statuses up the tree: every section and parent topic counts the leaves below it. */
import type { Roadmap, Section, Status, Topic, TopicKind } from './types.js';

export type StatusMap = ReadonlyMap<string, Status>;

export interface Counts {
  done: number;
  doing: number;
  skipped: number;
  total: number;
  /** Complete: (done + skipped) / total, 0–100, rounded down, so 100 means nothing is left. */
  percent: number;
  /** Learned: done / (total − skipped), 0–100, rounded down. */
  percentLearned: number;
}

export interface TopicProgress extends Counts {
  id: string;
  title: string;
  kind: TopicKind;
  status: Status;
  /** What the source's legend says of it (roadmap.sh): present only when it says something. */
  tags?: string[];
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

/** The counts with the percentages that status shows: done (skipped counts as settled) of all, and learned of what is to learn. */
export function withPercentages(tally: { done: number; doing: number; skipped: number; total: number }): Counts {
  const { done, doing, skipped, total } = tally;
  const learnable = total - skipped;
  return {
    done,
    doing,
    skipped,
    total,
    percent: total === 0 ? 0 : Math.floor(((done + skipped) * 100) / total),
    percentLearned: learnable === 0 ? 0 : Math.floor((done * 100) / learnable),
  };
}

/** Counts over a set of leaf ids. */
export function countLeaves(leafIds: readonly string[], statuses: StatusMap): Counts {
  const tally = { done: 0, doing: 0, skipped: 0, total: leafIds.length };
  for (const id of leafIds) {
    const status = statusOf(statuses, id);
    if (status !== 'todo') tally[status]++;
  }
  return withPercentages(tally);
}

/** A parent's status from its leaves: all finished → done (or skipped if all skipped), any started → doing. */
export function rollUp(value: Counts): Status {
  if (value.total === 0) return 'todo'; // nothing in it to track: never "skipped"
  if (value.skipped === value.total) return 'skipped';
  if (value.done + value.skipped === value.total) return 'done';
  if (value.doing > 0 || value.done + value.skipped > 0) return 'doing';
  return 'todo';
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
  if (topic.topics.length === 0) return leafProgress(topic, statusOf(statuses, topic.id));
  const topics = topic.topics.map((child) => topicProgress(child, statuses));
  const own = sum(topics);
  return withTags({ id: topic.id, title: topic.title, kind: topic.kind, status: rollUp(own), ...own, topics }, topic);
}

function withTags(progress: TopicProgress, topic: Topic): TopicProgress {
  if (topic.tags && topic.tags.length > 0) progress.tags = topic.tags;
  return progress;
}

/** A leaf counts itself: written out, as a large roadmap has tens of thousands of them. */
function leafProgress(topic: Topic, status: Status): TopicProgress {
  const finished = status === 'done' || status === 'skipped';
  return withTags(
    {
      id: topic.id,
      title: topic.title,
      kind: topic.kind,
      status,
      done: status === 'done' ? 1 : 0,
      doing: status === 'doing' ? 1 : 0,
      skipped: status === 'skipped' ? 1 : 0,
      total: 1,
      percent: finished ? 100 : 0,
      percentLearned: status === 'done' ? 100 : 0,
      topics: [],
    },
    topic,
  );
}

export function sum(parts: readonly Counts[]): Counts {
  const tally = { done: 0, doing: 0, skipped: 0, total: 0 };
  for (const part of parts) {
    tally.done += part.done;
    tally.doing += part.doing;
    tally.skipped += part.skipped;
    tally.total += part.total;
  }
  return withPercentages(tally);
}

function hasTopics(section: SectionProgress): boolean {
  return section.total > 0;
}
