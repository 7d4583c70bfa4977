/**
 * The complete backup (`export --format json`) and its merge (`import`): roadmaps the learner added,
 * statuses, notes and history. Merging is by roadmap and topic id, the newer status wins, and
 * importing the same backup twice changes nothing.
 */
import type { Status } from '../roadmap/types.js';
import type { RoadmapRecord, Store } from '../store/db.js';
import { eventKey, noteKey } from '../store/queries.js';
import type { NoteHistoryStep } from '../store/records.js';
import { loadRoadmap, type PreparedRoadmap, prepareRoadmap, roadmapIds, storeRoadmap } from './load.js';
import { recordStart, startedOn } from './started.js';

export const BACKUP_KIND = 'roadmap-backup';
export const BACKUP_VERSION = 1;

export interface BackupJson {
  schemaVersion: typeof BACKUP_VERSION;
  kind: typeof BACKUP_KIND;
  exportedAt: string;
  active: string | null;
  roadmaps: BackupRoadmap[];
}

interface BackupRoadmap {
  id: string;
  title: string;
  origin: RoadmapRecord['origin'];
  sourcePath: string | null;
  /** The markdown of a roadmap the learner added; null for a bundled one. */
  markdown: string | null;
  /** The day the learner started it (`use --since`, or their first change); optional: older backups restore without it. */
  startedAt?: string | null;
  progress: { topicId: string; status: Status; changedAt: string; title: string }[];
  /**
   * Every note, removed ones too (edited or deleted), with the commands that added and removed it;
   * title, added and removed are optional (older backups): a note from one restores as shown, with no history.
   */
  notes: { topicId: string; text: string; createdAt: string; title?: string | null; added?: NoteHistoryStep | null; removed?: NoteHistoryStep | null }[];
  /** undo: the entry reverted an earlier one; undone: it was reverted. Both optional (older backups): false. */
  history: { at: string; topicId: string; title: string; from: Status; to: Status; reason: string | null; command: string; undo?: boolean; undone?: boolean }[];
}

export async function buildBackup(store: Store, now: Date): Promise<BackupJson> {
  const roadmaps: BackupRoadmap[] = [];
  for (const id of roadmapIds(store)) {
    const record = store.getRoadmap(id);
    if (!record) continue; // a bundled roadmap never opened has nothing to back up
    const content = record.origin === 'user' ? store.getContent(id) : undefined;
    roadmaps.push({
      id,
      title: record.title,
      origin: record.origin,
      sourcePath: record.sourcePath,
      markdown: content ? new TextDecoder().decode(content) : null,
      startedAt: startedOn(store, id)?.toISOString() ?? null,
      progress: store.progress(id).map(({ topicId, status, changedAt, title }) => ({ topicId, status, changedAt, title })),
      notes: store.notesWithHistory(id),
      history: store
        .events(id)
        .reverse()
        .map(({ at, topicId, title, from, to, reason, command, kind, undone }) => ({
          at,
          topicId,
          title,
          from,
          to,
          reason,
          command,
          undo: kind === 'undo',
          undone: undone === 1,
        })),
    });
  }
  return { schemaVersion: BACKUP_VERSION, kind: BACKUP_KIND, exportedAt: now.toISOString(), active: store.getMeta('active') ?? null, roadmaps };
}

export interface MergeOutcome {
  roadmaps: number;
  added: string[];
  statuses: number;
  /** Of the statuses, those of topics this version of their roadmap does not have: kept as orphans. */
  orphans: number;
  notes: number;
  history: number;
}

/**
 * Merge a checked backup in, all or nothing: every roadmap it adds is read first (a markdown with
 * nothing to track refuses the whole backup before anything is written), then everything is
 * written in one transaction, so an error or a kill leaves the database as it was.
 */
export async function mergeBackup(store: Store, backup: BackupJson, now: Date): Promise<MergeOutcome> {
  const outcome: MergeOutcome = { roadmaps: backup.roadmaps.length, added: [], statuses: 0, orphans: 0, notes: 0, history: 0 };
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
    for (const roadmap of merged) {
      const prepared = adding.get(roadmap.id);
      if (prepared) {
        storeRoadmap(store, prepared);
        outcome.added.push(roadmap.id);
      }
      mergeRoadmap(store, roadmap, topics.get(roadmap.id)!, at, outcome);
    }
    if (backup.active && !store.getMeta('active') && roadmapIds(store).includes(backup.active)) store.setMeta('active', backup.active);
  });
  return outcome;
}

/** One roadmap's statuses (the newer wins), history and notes; what is already here is not added again. */
function mergeRoadmap(store: Store, roadmap: BackupRoadmap, topics: ReadonlySet<string>, at: string, outcome: MergeOutcome): void {
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
  // Each entry keeps the command that made it (log shows it) and whether it was an undo or undone
  // (neither counts as learning), in one batch per kind of entry; none of them is undone again by undo.
  const batches = new Map<string, number>();
  const events = store.eventKeys(roadmap.id);
  for (const event of roadmap.history) {
    const key = eventKey(event);
    if (events.has(key)) continue;
    events.add(key);
    const undo = event.undo === true;
    const undone = event.undone === true && !undo;
    const kind = JSON.stringify([event.command, undo, undone]);
    let batch = batches.get(kind);
    if (batch === undefined) {
      batch = store.openBatch(roadmap.id, undo ? 'undo' : 'history', event.command, at);
      if (undone) store.markUndone(batch, batch);
      batches.set(kind, batch);
    }
    store.importEvent(roadmap.id, batch, event);
    outcome.history++;
  }
  if (roadmap.startedAt) recordStart(store, roadmap.id, new Date(roadmap.startedAt));
  const known = store.noteKeys(roadmap.id);
  const notes = roadmap.notes.filter((note) => {
    const key = noteKey(note);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  // The commands of the notes' history become history batches, opened in the order they were run,
  // so log shows them as they were (undo does not revert them: they are the past).
  const stepKey = (step: NoteHistoryStep) => JSON.stringify([step.at, step.command, step.undo, step.batch ?? null]);
  const steps = new Map<string, NoteHistoryStep>();
  for (const note of notes) for (const step of [note.added, note.removed]) if (step) steps.set(stepKey(step), step);
  const noteBatches = new Map<string, number>();
  for (const [key, step] of [...steps].sort(([, a], [, b]) => (a.at === b.at ? (a.batch ?? 0) - (b.batch ?? 0) : a.at < b.at ? -1 : 1))) {
    noteBatches.set(key, store.openBatch(roadmap.id, step.undo ? 'undo' : 'history', step.command, step.at));
  }
  for (const note of notes) {
    store.importNote(roadmap.id, { title: null, added: null, removed: null, ...note }, (step) => noteBatches.get(stepKey(step))!);
    if (!note.removed) outcome.notes++;
  }
}
