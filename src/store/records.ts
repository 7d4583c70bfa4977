/** The rows the store reads and writes, as plain data. */
import type { Status } from '../roadmap/types.js';

/** load: [x] items on first load; history: events brought in by import. Neither is undone by undo. */
const BATCH_KINDS = ['load', 'command', 'undo', 'import', 'history'] as const;
export type BatchKind = (typeof BATCH_KINDS)[number];

export interface RoadmapRecord {
  id: string;
  title: string;
  origin: 'bundled' | 'user';
  treeKey: string;
  addedAt: string;
  sourcePath: string | null;
}

export interface ProgressRow {
  topicId: string;
  status: Status;
  changedAt: string;
  title: string;
}

export interface StatusChange {
  topicId: string;
  title: string;
  from: Status;
  to: Status;
  reason?: string | undefined;
}

export interface BatchRow {
  id: number;
  roadmapId: string;
  kind: BatchKind;
  command: string;
  at: string;
}

export interface EventRow {
  id: number;
  batchId: number;
  roadmapId: string;
  topicId: string;
  title: string;
  from: Status;
  to: Status;
  reason: string | null;
  at: string;
  kind: BatchKind;
  command: string;
  /** 1 when the change was reverted by undo. */
  undone: 0 | 1;
}

export interface NoteRow {
  id: number;
  topicId: string;
  text: string;
  createdAt: string;
}

/** A command of the history as a backup keeps it: once, named by its id from every change it made. */
export interface BatchRecord {
  id: number;
  at: string;
  command: string;
  /** It was an undo (it reverted an earlier command). */
  undo: boolean;
  /** It was reverted by an undo. */
  undone: boolean;
}

/** A status change as a backup keeps it: its command by the batch's id. */
export interface HistoryRecord {
  at: string;
  topicId: string;
  title: string;
  from: Status;
  to: Status;
  reason: string | null;
  batch: number;
}

/** A note, shown or removed, and the commands (batch ids) that added and removed it (null: none, as for notes from before). */
export interface NoteRecord {
  topicId: string;
  text: string;
  createdAt: string;
  title: string | null;
  added: number | null;
  removed: number | null;
}

/** A note added or removed, as history: what log shows beside the status changes. */
export interface NoteChangeRow {
  roadmapId: string;
  topicId: string;
  /** The topic's title when the note was written (null for notes from before titles were kept). */
  title: string | null;
  text: string;
  change: 'added' | 'removed';
  at: string;
  batchId: number;
  kind: BatchKind;
  command: string;
  undone: 0 | 1;
}

/** How well a learner remembered a topic at a review: FSRS's four grades. */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type Rating = (typeof RATINGS)[number];

/** A review as the store keeps it, and as a backup does (`batch`: its command, by the batch's id). */
export interface ReviewRecord {
  topicId: string;
  title: string;
  rating: Rating;
  at: string;
  /** When the topic is next due, by the schedule after this review. */
  due: string;
  /** The scheduler's state after this review (ts-fsrs's card, as JSON). */
  card: string;
  batch: number;
}

/** A topic learned (done) and where its reviews stand: the latest review since it was marked done, if any. */
export interface ReviewState {
  topicId: string;
  title: string;
  /** When it was marked done: its schedule starts there. */
  learnedAt: string;
  /** When it is next due: after its latest review, or its first review after learning it. */
  due: string;
  reviewedAt: string | null;
  rating: Rating | null;
  card: string | null;
  /** Reviews since it was learned (not undone). */
  reviews: number;
}

/** A review made, or reverted by undo, as history: what log shows beside the status changes. */
export interface ReviewChangeRow {
  roadmapId: string;
  topicId: string;
  title: string;
  rating: Rating;
  due: string;
  change: 'reviewed' | 'undone';
  at: string;
  batchId: number;
  kind: BatchKind;
  command: string;
}
