/**
 * What the commands that change something print with --json: the change itself, as a declared
 * type with a schema version, like the read commands' documents (json.ts).
 */
import type { MergeOutcome } from '../catalog/backup.js';
import type { Installed } from '../catalog/load.js';
import type { Status } from '../roadmap/types.js';
import type { Rating } from '../store/records.js';
import type { Marked, UndoneAlso } from './changes.js';
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
  /** The reviews the command made, taken back (their topics' schedules are as before them). */
  reviews: { title: string; rating: Rating }[];
}

export function toUndoneJson(
  batch: { command: string; roadmapId: string },
  reverts: readonly { roadmapId: string; topicId: string; title: string; from: Status; to: Status }[],
  also: UndoneAlso = { removed: [], restored: [], reviews: [] },
): UndoneJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    undone: { command: batch.command, roadmapId: batch.roadmapId },
    changes: reverts.map(({ roadmapId, topicId, title, from, to }) => ({ roadmapId, topicId, title, from, to })),
    notes: { removed: [...also.removed], restored: [...also.restored] },
    reviews: also.reviews.map(({ title, rating }) => ({ title, rating })),
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

/** add and refresh: the roadmap stored, its size, and the progress carried over to this version. */
export interface InstalledJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string; title: string };
  /** True when the roadmap is new; false when an earlier version was updated. */
  added: boolean;
  topics: number;
  sections: number;
  /** Topics that kept a status (done, in progress, skipped) through the update. */
  kept: number;
  /** Of those, topics matched to a renamed or moved topic of the new version. */
  moved: number;
  /** Progress kept for topics the new version no longer has (show --orphans). */
  orphans: number;
}

export function toInstalledJson(installed: Installed, added: boolean): InstalledJson {
  const { loaded } = installed;
  return {
    schemaVersion: SCHEMA_VERSION,
    roadmap: { id: loaded.id, title: loaded.roadmap.title },
    added,
    topics: loaded.index.leaves.length,
    sections: loaded.index.nodes.filter((node) => node.type === 'section').length,
    kept: added ? 0 : keptStatuses(installed),
    moved: added ? 0 : installed.moves.length,
    orphans: loaded.orphans.length,
  };
}

/** Topics of the new version with a status other than to do. */
export function keptStatuses({ loaded }: Installed): number {
  return [...loaded.statuses.entries()].filter(([id, status]) => status !== 'todo' && loaded.index.byId.has(id)).length;
}

/** remove: the roadmap removed (a bundled one stays available, fresh). */
export interface RemovedJson {
  schemaVersion: typeof SCHEMA_VERSION;
  /** null when the learner said no at the prompt, and nothing was removed. */
  removed: { id: string; bundled: boolean } | null;
}

export function toRemovedJson(removed: RemovedJson['removed']): RemovedJson {
  return { schemaVersion: SCHEMA_VERSION, removed };
}

/** import: what the backup brought that was not here. */
export interface ImportedJson {
  schemaVersion: typeof SCHEMA_VERSION;
  statuses: number;
  /** Of those, statuses for topics this version of the roadmap does not have (kept as orphans). */
  orphans: number;
  notes: number;
  history: number;
  reviews: number;
  /** Roadmaps the backup added (the learner's own). */
  added: string[];
}

export function toImportedJson(outcome: MergeOutcome): ImportedJson {
  const { statuses, orphans, notes, history, reviews, added } = outcome;
  return { schemaVersion: SCHEMA_VERSION, statuses, orphans, notes, history, reviews, added: [...added] };
}
