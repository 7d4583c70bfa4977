/**
 * The `--json` documents: declared types, built by mappers, so the schema is a contract that internal
 * changes cannot break by accident. Text is the true text (JSON escapes control characters).
 */
import type { Suggestion } from '../roadmap/next.js';
import { SIGNAL_NAMES } from '../roadmap/next-weights.js';
import type { Counts, RoadmapProgress, SectionProgress, TopicProgress } from '../roadmap/progress.js';
import type { Status, TopicKind } from '../roadmap/types.js';
import type { EventRow, NoteChangeRow, NoteRow, ProgressRow, Rating, ReviewChangeRow } from '../store/records.js';

export const SCHEMA_VERSION = 1;

export interface ListJson {
  schemaVersion: typeof SCHEMA_VERSION;
  /** source: the file or URL a roadmap of yours came from (null: bundled, or read from standard input). */
  roadmaps: ({ id: string; title: string; active: boolean; source: string | null } & CountsJson)[];
}

export interface TopicJson {
  id: string;
  title: string;
  status: Status;
  kind: TopicKind;
  /** What the roadmap's legend says of the topic (a roadmap.sh roadmap: "alternative", "optional", "recommended"…); absent when nothing. */
  tags?: string[];
  topics: TopicJson[];
}

interface CountsJson {
  done: number;
  doing: number;
  skipped: number;
  total: number;
  /** Complete: (done + skipped) / total, rounded down. */
  percent: number;
  /** Learned: done / (total − skipped), rounded down. */
  percentLearned: number;
}

export interface SectionJson extends CountsJson {
  id: string;
  title: string;
  sections: SectionJson[];
  topics: TopicJson[];
}

export interface StatusJson extends CountsJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string; title: string };
  /** Topics with progress that the current version of the roadmap no longer has. */
  orphans: number;
  /** Topics learned that are due for review (roadmap review). */
  reviewsDue: number;
  /** Topics that stand before the first heading of the document. */
  topics: TopicJson[];
  sections: SectionJson[];
}

export interface NextJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string; title: string };
  /** Topics learned that are due for review (roadmap review). */
  reviewsDue: number;
  suggestions: {
    /** study: an open topic; review: a topic learned whose review is overdue. */
    action: 'study' | 'review';
    id: string;
    shortId: string;
    title: string;
    kind: TopicKind;
    path: string[];
    reason: string;
    score: number;
    terms: { signal: string; name: string; value: number; weight: number; contribution: number }[];
  }[];
}

export interface ListEntry {
  id: string;
  title: string;
  progress: CountsJson;
  active: boolean;
  source: string | null;
}

export function toListJson(entries: readonly ListEntry[]): ListJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    roadmaps: entries.map((entry) => ({
      id: entry.id,
      title: entry.title,
      ...entry.progress,
      active: entry.active,
      source: entry.source,
    })),
  };
}

export function toStatusJson(id: string, progress: RoadmapProgress, orphans: number, reviewsDue: number): StatusJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    roadmap: { id, title: progress.title },
    ...countsJson(progress),
    orphans,
    reviewsDue,
    topics: progress.topics.map(topicJson),
    sections: progress.sections.map(sectionJson),
  };
}

export function toNextJson(roadmap: { id: string; title: string }, suggestions: readonly Suggestion[], reviewsDue: number): NextJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    roadmap: { id: roadmap.id, title: roadmap.title },
    reviewsDue,
    suggestions: suggestions.map(({ node, reason, review, score, terms }) => ({
      action: review ? 'review' : 'study',
      id: node.id,
      shortId: node.shortId,
      title: node.title,
      kind: node.kind,
      path: node.path,
      reason,
      score,
      terms: terms.map(({ signal, value, weight, contribution }) => ({ signal, name: SIGNAL_NAMES[signal], value, weight, contribution })),
    })),
  };
}

function countsJson(value: Counts): CountsJson {
  const { done, doing, skipped, total, percent, percentLearned } = value;
  return { done, doing, skipped, total, percent, percentLearned };
}

function sectionJson(section: SectionProgress): SectionJson {
  return {
    id: section.id,
    title: section.title,
    ...countsJson(section),
    sections: section.sections.map(sectionJson),
    topics: section.topics.map(topicJson),
  };
}

function topicJson(topic: TopicProgress): TopicJson {
  return {
    id: topic.id,
    title: topic.title,
    status: topic.status,
    kind: topic.kind,
    ...(topic.tags ? { tags: topic.tags } : {}),
    topics: topic.topics.map(topicJson),
  };
}

export interface LogJson {
  schemaVersion: typeof SCHEMA_VERSION;
  /** The roadmap asked for with -r; null: every roadmap's changes. */
  roadmap: { id: string; title: string } | null;
  /** Status changes, newest first. */
  events: { at: string; roadmapId: string; topicId: string; title: string; from: Status; to: Status; reason: string | null; command: string; undo: boolean }[];
  /** Notes added and removed (note, --edit, --delete, undo), newest first. */
  notes: { at: string; roadmapId: string; topicId: string; title: string | null; text: string; change: 'added' | 'removed'; command: string; undo: boolean }[];
  /** Reviews made, and taken back by undo ('undone'), newest first; `due`: the next review it set. */
  reviews: { at: string; roadmapId: string; topicId: string; title: string; rating: Rating; due: string; change: 'reviewed' | 'undone'; command: string }[];
}

export type LogEntry = EventRow | NoteChangeRow | ReviewChangeRow;

export function toLogJson(roadmap: { id: string; title: string } | null, entries: readonly LogEntry[]): LogJson {
  const events = entries.filter((entry): entry is EventRow => !('change' in entry));
  const notes = entries.filter((entry): entry is NoteChangeRow => 'text' in entry);
  const reviews = entries.filter((entry): entry is ReviewChangeRow => 'rating' in entry);
  return {
    schemaVersion: SCHEMA_VERSION,
    roadmap,
    reviews: reviews.map(({ at, roadmapId, topicId, title, rating, due, change, command }) => ({
      at,
      roadmapId,
      topicId,
      title,
      rating,
      due,
      change,
      command,
    })),
    notes: notes.map(({ at, roadmapId, topicId, title, text, change, command, kind }) => ({
      at,
      roadmapId,
      topicId,
      title,
      text,
      change,
      command,
      undo: kind === 'undo',
    })),
    events: events.map((event) => ({
      at: event.at,
      roadmapId: event.roadmapId,
      topicId: event.topicId,
      title: event.title,
      from: event.from,
      to: event.to,
      reason: event.reason,
      command: event.command,
      undo: event.kind === 'undo',
    })),
  };
}

export interface ShowJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string };
  type: 'section' | 'topic';
  id: string;
  shortId: string;
  title: string;
  path: string[];
  kind: TopicKind;
  label: string | null;
  status: Status;
  changedAt: string | null;
  /** For a topic: when it was first started and when finished (done), and the days between (to a tenth; null unless both). */
  started: string | null;
  finished: string | null;
  daysInProgress: number | null;
  /** Why it was skipped, when it is skipped and a reason was given (skip --reason). */
  skipReason: string | null;
  description: string | null;
  /** type: what kind of resource its source says it is (roadmap.sh: article, video, course…), or null. */
  resources: { title: string; url: string | null; type: string | null }[];
  /** What the roadmap's legend says of it (roadmap.sh), as in status --json. */
  tags: string[];
  notes: { text: string; createdAt: string }[];
  done: number;
  doing: number;
  skipped: number;
  total: number;
  percent: number;
  /** The same skill in other roadmaps (for a topic). */
  alsoIn: { roadmapId: string; id: string; title: string; status: Status }[];
  children: { id: string; shortId: string; title: string; type: 'section' | 'topic'; status: Status }[];
}

/** What `show` knows of a node: the JSON document without its envelope. */
export type ShowDetails = Omit<ShowJson, 'schemaVersion' | 'roadmap'>;

/** `roadmap show` with no topic: the roadmap itself, and where it came from. */
export interface ShowRoadmapJson extends CountsJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string; title: string };
  /** bundled: shipped with roadmap; file: a markdown file; url: fetched from the web; stdin: piped in. */
  from: 'bundled' | 'file' | 'url' | 'stdin';
  /** The file, folder or URL it was read from (null: bundled or stdin). */
  source: string | null;
  /** markdown, or roadmap.sh: a roadmap.sh diagram. */
  format: 'markdown' | 'roadmap.sh';
  /** When it was first added (null: a bundled roadmap not opened yet). */
  addedAt: string | null;
  sections: number;
}

export type ShowRoadmap = Omit<ShowRoadmapJson, 'schemaVersion'>;

export function toShowRoadmapJson(summary: ShowRoadmap): ShowRoadmapJson {
  return { schemaVersion: SCHEMA_VERSION, ...summary };
}

export function toShowJson(roadmapId: string, details: ShowDetails): ShowJson {
  return { schemaVersion: SCHEMA_VERSION, roadmap: { id: roadmapId }, ...details };
}

export interface OrphansJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string };
  orphans: { topicId: string; title: string; status: Status; changedAt: string; notes: { text: string; createdAt: string }[] }[];
}

export function toOrphansJson(roadmapId: string, orphans: readonly ProgressRow[], notes: readonly NoteRow[]): OrphansJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    roadmap: { id: roadmapId },
    orphans: orphans.map((orphan) => ({
      topicId: orphan.topicId,
      title: orphan.title,
      status: orphan.status,
      changedAt: orphan.changedAt,
      notes: notes.filter((note) => note.topicId === orphan.topicId).map((note) => ({ text: note.text, createdAt: note.createdAt })),
    })),
  };
}

export function renderJson(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
