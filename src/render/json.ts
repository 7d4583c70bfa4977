/**
 * The `--json` documents: declared types, built by mappers, so the schema is a contract that internal
 * changes cannot break by accident. Text is the true text (JSON escapes control characters).
 */
import type { Suggestion } from '../roadmap/next.js';
import type { RoadmapProgress, SectionProgress, TopicProgress } from '../roadmap/progress.js';
import type { Status, TopicKind } from '../roadmap/types.js';

export const SCHEMA_VERSION = 1;

export interface ListJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmaps: { id: string; title: string; done: number; total: number; percent: number; active: boolean }[];
}

export interface TopicJson {
  id: string;
  title: string;
  status: Status;
  kind: TopicKind;
  topics: TopicJson[];
}

export interface SectionJson {
  id: string;
  title: string;
  done: number;
  total: number;
  percent: number;
  sections: SectionJson[];
  topics: TopicJson[];
}

export interface StatusJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string; title: string };
  done: number;
  total: number;
  percent: number;
  /** Topics that stand before the first heading of the document. */
  topics: TopicJson[];
  sections: SectionJson[];
}

export interface NextJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string; title: string };
  suggestions: { id: string; shortId: string; title: string; kind: TopicKind; path: string[]; reason: string }[];
}

export interface ListEntry {
  id: string;
  title: string;
  progress: { done: number; total: number; percent: number };
  active: boolean;
}

export function toListJson(entries: readonly ListEntry[]): ListJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    roadmaps: entries.map((entry) => ({
      id: entry.id,
      title: entry.title,
      done: entry.progress.done,
      total: entry.progress.total,
      percent: entry.progress.percent,
      active: entry.active,
    })),
  };
}

export function toStatusJson(id: string, progress: RoadmapProgress): StatusJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    roadmap: { id, title: progress.title },
    done: progress.done,
    total: progress.total,
    percent: progress.percent,
    topics: progress.topics.map(topicJson),
    sections: progress.sections.map(sectionJson),
  };
}

export function toNextJson(roadmap: { id: string; title: string }, suggestions: readonly Suggestion[]): NextJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    roadmap: { id: roadmap.id, title: roadmap.title },
    suggestions: suggestions.map(({ node, reason }) => ({
      id: node.id,
      shortId: node.shortId,
      title: node.title,
      kind: node.kind,
      path: node.path,
      reason,
    })),
  };
}

function sectionJson(section: SectionProgress): SectionJson {
  return {
    id: section.id,
    title: section.title,
    done: section.done,
    total: section.total,
    percent: section.percent,
    sections: section.sections.map(sectionJson),
    topics: section.topics.map(topicJson),
  };
}

function topicJson(topic: TopicProgress): TopicJson {
  return { id: topic.id, title: topic.title, status: topic.status, kind: topic.kind, topics: topic.topics.map(topicJson) };
}

export function renderJson(document: ListJson | StatusJson | NextJson): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
