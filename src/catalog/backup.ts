/**
 * The complete backup (`export --format json`) and its merge (`import`): roadmaps the learner added,
 * statuses, notes and history. Merging is by roadmap and topic id, the newer status wins, and
 * importing the same backup twice changes nothing.
 */
import type { Status } from '../roadmap/types.js';
import type { RoadmapRecord, Store } from '../store/db.js';
import { eventKey, noteKey, reviewKey } from '../store/queries.js';
import type { BatchRecord, HistoryRecord, NoteRecord, ReviewRecord } from '../store/records.js';
import { loadRoadmap, type PreparedRoadmap, prepareRoadmap, roadmapIds, storeRoadmap } from './load.js';
import { recordStart, startedOn } from './started.js';

export const BACKUP_KIND = 'roadmap-backup';
/**
 * 3: reviews, and whether they are off. 2: each command once, in "batches", named by id from the
 * history and the notes (1 repeated it in every entry). Every earlier version is still read.
 */
export const BACKUP_VERSION = 3;

export interface BackupJson {
  schemaVersion: typeof BACKUP_VERSION;
  kind: typeof BACKUP_KIND;
  exportedAt: string;
  active: string | null;
  /** Every command of the history, once, oldest first: what history entries and notes name by id. */
  batches: BatchRecord[];
  roadmaps: BackupRoadmap[];
}

export interface BackupRoadmap {
  id: string;
  title: string;
  origin: RoadmapRecord['origin'];
  sourcePath: string | null;
  /** The markdown of a roadmap the learner added; null for a bundled one. */
  markdown: string | null;
  /** The day the learner started it (`use --since`, or their first change). */
  startedAt: string | null;
  progress: { topicId: string; status: Status; changedAt: string; title: string }[];
  /** Every note, removed ones too (edited or deleted), with the batches that added and removed it. */
  notes: NoteRecord[];
  /** Oldest first; each names its command by batch. */
  history: HistoryRecord[];
  /** Every review, oldest first, undone ones too (their batch says so), each with the schedule it set. */
  reviews: ReviewRecord[];
  /** The learner turned reviews off for this roadmap. */
  reviewsOff: boolean;
}

export async function buildBackup(store: Store, now: Date): Promise<BackupJson> {
  const roadmaps: BackupRoadmap[] = [];
  const named = new Set<number>();
  for (const id of roadmapIds(store)) {
    const record = store.getRoadmap(id);
    if (!record) continue; // a bundled roadmap never opened has nothing to back up
    const content = record.origin === 'user' ? store.getContent(id) : undefined;
    const history = store.historyRecords(id);
    const notes = store.noteRecords(id);
    const reviews = store.reviewRecords(id);
    for (const entry of [...history, ...reviews]) named.add(entry.batch);
    for (const note of notes) for (const batch of [note.added, note.removed]) if (batch !== null) named.add(batch);
    roadmaps.push({
      id,
      title: record.title,
      origin: record.origin,
      sourcePath: record.sourcePath,
      markdown: content ? new TextDecoder().decode(content) : null,
      startedAt: startedOn(store, id)?.toISOString() ?? null,
      progress: store.progress(id).map(({ topicId, status, changedAt, title }) => ({ topicId, status, changedAt, title })),
      notes,
      history,
      reviews,
      reviewsOff: store.reviewsOff(id),
    });
  }
  const batches = store.batchRecords().filter((batch) => named.has(batch.id));
  return { schemaVersion: BACKUP_VERSION, kind: BACKUP_KIND, exportedAt: now.toISOString(), active: store.getMeta('active') ?? null, batches, roadmaps };
}

export interface MergeOutcome {
  roadmaps: number;
  added: string[];
  statuses: number;
  /** Of the statuses, those of topics this version of their roadmap does not have: kept as orphans. */
  orphans: number;
  notes: number;
  history: number;
  reviews: number;
}

/**
 * Merge a checked backup in, all or nothing: every roadmap it adds is read first (a markdown with
 * nothing to track refuses the whole backup before anything is written), then everything is
 * written in one transaction, so an error or a kill leaves the database as it was.
 */
export async function mergeBackup(store: Store, backup: BackupJson, now: Date): Promise<MergeOutcome> {
  const outcome: MergeOutcome = { roadmaps: backup.roadmaps.length, added: [], statuses: 0, orphans: 0, notes: 0, history: 0, reviews: 0 };
  const at = now.toISOString();
  const adding = new Map<string, PreparedRoadmap>();
  for (const roadmap of backup.roadmaps) {
    if (roadmap.origin !== 'user' || roadmap.markdown === null || store.getRoadmap(roadmap.id)) continue;
    const bytes = new TextEncoder().encode(roadmap.markdown);
    // The source path is only remembered: refresh reads it, through add's guards, when the learner asks.
    adding.set(
      roadmap.id,
      await prepareRoadmap(store, { id: roadmap.id, origin: 'user', bytes, sourcePath: roadmap.sourcePath, name: `${roadmap.id}.md`, now }),
    );
  }
  const known = new Set(roadmapIds(store));
  const merged = backup.roadmaps.filter((roadmap) => adding.has(roadmap.id) || known.has(roadmap.id)); // not a bundled roadmap this version lacks
  // Each roadmap's topics as this version has them: a status for any other topic is kept as an orphan.
  const topics = new Map<string, ReadonlySet<string>>();
  for (const roadmap of merged) {
    const index = adding.get(roadmap.id)?.index ?? (await loadRoadmap(store, roadmap.id, now)).index;
    topics.set(roadmap.id, new Set(index.leaves.map((leaf) => leaf.id)));
  }
  store.write(() => {
    const entries: ({ roadmapId: string } & NewHere)[] = [];
    for (const roadmap of merged) {
      const prepared = adding.get(roadmap.id);
      if (prepared) {
        storeRoadmap(store, prepared);
        outcome.added.push(roadmap.id);
      }
      mergeProgress(store, roadmap, topics.get(roadmap.id)!, at, outcome);
      entries.push({ roadmapId: roadmap.id, ...unknownHere(store, roadmap) });
    }
    // Each command the new entries name becomes a batch of this history, opened in the backup's
    // order so log shows them as they were; none of them is undone again by undo: they are the past.
    const users = new Map<number, string>();
    for (const { roadmapId, history, notes, reviews } of entries) {
      for (const entry of [...history, ...reviews]) if (!users.has(entry.batch)) users.set(entry.batch, roadmapId);
      for (const note of notes) for (const batch of [note.added, note.removed]) if (batch !== null && !users.has(batch)) users.set(batch, roadmapId);
    }
    const here = new Map<number, number>();
    for (const batch of backup.batches) {
      const roadmapId = users.get(batch.id);
      if (roadmapId === undefined) continue;
      const id = store.openBatch(roadmapId, batch.undo ? 'undo' : 'history', batch.command, batch.at);
      if (batch.undone && !batch.undo) store.markUndone(id, id);
      here.set(batch.id, id);
    }
    const local = (batch: number | null) => (batch === null ? null : here.get(batch)!);
    for (const { roadmapId, history, notes, reviews } of entries) {
      for (const entry of history) store.importEvent(roadmapId, { ...entry, batch: here.get(entry.batch)! });
      for (const review of reviews) store.addReview(roadmapId, { ...review, batch: here.get(review.batch)! });
      outcome.reviews += reviews.length;
      for (const note of notes) store.importNote(roadmapId, { ...note, added: local(note.added), removed: local(note.removed) });
      outcome.history += history.length;
      outcome.notes += notes.filter((note) => note.removed === null).length;
    }
    if (backup.active && !store.getMeta('active') && roadmapIds(store).includes(backup.active)) store.setMeta('active', backup.active);
  });
  return outcome;
}

/** One roadmap's statuses (the newer wins) and its start. */
function mergeProgress(store: Store, roadmap: BackupRoadmap, topics: ReadonlySet<string>, at: string, outcome: MergeOutcome): void {
  const local = new Map(store.progress(roadmap.id).map((row) => [row.topicId, row]));
  const newer = roadmap.progress.filter((row) => {
    const mine = local.get(row.topicId);
    return !mine || (mine.changedAt < row.changedAt && mine.status !== row.status);
  });
  const changes = newer
    .map((row) => ({ topicId: row.topicId, title: row.title, from: local.get(row.topicId)?.status ?? 'todo', to: row.status }))
    .filter((change) => change.from !== change.to);
  store.recordChanges(roadmap.id, { kind: 'import', command: 'import' }, changes, at);
  // Keep the backup's own times, so the newer-wins rule stays true on the next merge.
  for (const row of newer) store.putProgress(roadmap.id, row);
  outcome.statuses += changes.length;
  outcome.orphans += changes.filter((change) => !topics.has(change.topicId)).length;
  if (roadmap.startedAt) recordStart(store, roadmap.id, new Date(roadmap.startedAt));
  // Reviews turned off in the backup are off here too; an import never turns them back on.
  if (roadmap.reviewsOff && !store.reviewsOff(roadmap.id)) store.setReviewsOff(roadmap.id, true);
}

interface NewHere {
  history: HistoryRecord[];
  notes: NoteRecord[];
  reviews: ReviewRecord[];
}

/** The history entries, notes and reviews of a roadmap in the backup that this database does not have yet (each once). */
function unknownHere(store: Store, roadmap: BackupRoadmap): NewHere {
  const unknown = <T>(items: readonly T[], known: Set<string>, key: (item: T) => string) =>
    items.filter((item) => {
      const name = key(item);
      if (known.has(name)) return false;
      known.add(name);
      return true;
    });
  return {
    history: unknown(roadmap.history, store.eventKeys(roadmap.id), eventKey),
    notes: unknown(roadmap.notes, store.noteKeys(roadmap.id), noteKey),
    reviews: unknown(roadmap.reviews, store.reviewKeys(roadmap.id), reviewKey),
  };
}
