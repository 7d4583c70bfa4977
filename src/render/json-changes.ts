/**
 * What the commands that change something print with --json: the change itself, as a declared
 * type with a schema version, like the read commands' documents (json.ts).
 */
import type { Status } from '../roadmap/types.js';
import type { Marked } from './changes.js';
import { SCHEMA_VERSION } from './json.js';

interface StatusChangeJson {
  roadmapId: string;
  topicId: string;
  title: string;
  from: Status;
  to: Status;
}

/** done, start, skip, reset: the topics that changed (none when all were there already). */
export interface MarkedJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string };
  to: Status;
  reason: string | null;
  changes: StatusChangeJson[];
  /** The same skill marked in other roadmaps (done --everywhere). */
  also: { roadmapId: string; title: string }[];
  /** Each changed topic's innermost section, as it now stands. */
  sections: { title: string; percent: number; left: number; total: number }[];
}

export function toMarkedJson(roadmapId: string, { to, changes, also, reason, sections }: Marked): MarkedJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    roadmap: { id: roadmapId },
    to,
    reason: changes.length > 0 ? (reason ?? null) : null,
    changes: changes.map(({ topicId, title, from, to: now }) => ({ roadmapId, topicId, title, from, to: now })),
    also: [...also],
    sections: [...sections],
  };
}

/** undo: the command reverted and each status put back. */
export interface UndoneJson {
  schemaVersion: typeof SCHEMA_VERSION;
  undone: { command: string; roadmapId: string };
  changes: StatusChangeJson[];
  /** The texts of the notes the command added (now removed) and removed (now back). */
  notes: { removed: string[]; restored: string[] };
}

export function toUndoneJson(
  batch: { command: string; roadmapId: string },
  reverts: readonly { roadmapId: string; topicId: string; title: string; from: Status; to: Status }[],
  notes: { removed: readonly string[]; restored: readonly string[] } = { removed: [], restored: [] },
): UndoneJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    undone: { command: batch.command, roadmapId: batch.roadmapId },
    changes: reverts.map(({ roadmapId, topicId, title, from, to }) => ({ roadmapId, topicId, title, from, to })),
    notes: { removed: [...notes.removed], restored: [...notes.restored] },
  };
}

/** note: the note saved (null when it was empty, and nothing was saved). */
export interface NotedJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string };
  topic: { id: string; title: string };
  note: { text: string; createdAt: string } | null;
}

export function toNotedJson(roadmapId: string, topic: { id: string; title: string }, note: NotedJson['note']): NotedJson {
  return { schemaVersion: SCHEMA_VERSION, roadmap: { id: roadmapId }, topic: { id: topic.id, title: topic.title }, note };
}

/** use: the roadmap now active, and where the learner stands in it. */
export interface UsedJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string; title: string };
  done: number;
  total: number;
  /** The day recorded as the start (YYYY-MM-DD in the learner's time zone). */
  started: string | null;
}

export function toUsedJson(roadmap: { id: string; title: string }, progress: { done: number; total: number }, started: string | null): UsedJson {
  return { schemaVersion: SCHEMA_VERSION, roadmap, done: progress.done, total: progress.total, started };
}
