/**
 * The complete backup (`export --format json`) and its merge (`import`): roadmaps the learner added,
 * statuses, notes and history. Merging is by roadmap and topic id, the newer status wins, and
 * importing the same backup twice changes nothing.
 */
import { EXIT, UserError } from '../errors.js';
import { STATUSES, type Status } from '../roadmap/types.js';
import type { RoadmapRecord, Store } from '../store/db.js';
import { installRoadmap, loadRoadmap, roadmapIds } from './load.js';

export const BACKUP_KIND = 'roadmap-backup';
export const BACKUP_VERSION = 1;

export interface BackupJson {
  schemaVersion: typeof BACKUP_VERSION;
  kind: typeof BACKUP_KIND;
  exportedAt: string;
  active: string | null;
  roadmaps: BackupRoadmap[];
}

export interface BackupRoadmap {
  id: string;
  title: string;
  origin: RoadmapRecord['origin'];
  sourcePath: string | null;
  /** The markdown of a roadmap the learner added; null for a bundled one. */
  markdown: string | null;
  progress: { topicId: string; status: Status; changedAt: string; title: string }[];
  notes: { topicId: string; text: string; createdAt: string }[];
  history: { at: string; topicId: string; title: string; from: Status; to: Status; reason: string | null; command: string }[];
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
      progress: store.progress(id).map(({ topicId, status, changedAt, title }) => ({ topicId, status, changedAt, title })),
      notes: store.notes(id).map(({ topicId, text, createdAt }) => ({ topicId, text, createdAt })),
      history: store
        .events(id)
        .filter((event) => event.kind !== 'load')
        .reverse()
        .map(({ at, topicId, title, from, to, reason, command }) => ({ at, topicId, title, from, to, reason, command })),
    });
  }
  return { schemaVersion: BACKUP_VERSION, kind: BACKUP_KIND, exportedAt: now.toISOString(), active: store.getMeta('active') ?? null, roadmaps };
}

export interface MergeOutcome {
  roadmaps: number;
  added: string[];
  statuses: number;
  notes: number;
  history: number;
}

export async function mergeBackup(store: Store, backup: BackupJson, now: Date): Promise<MergeOutcome> {
  const outcome: MergeOutcome = { roadmaps: backup.roadmaps.length, added: [], statuses: 0, notes: 0, history: 0 };
  const at = now.toISOString();
  for (const roadmap of backup.roadmaps) {
    if (roadmap.origin === 'user' && roadmap.markdown !== null && !store.getRoadmap(roadmap.id)) {
      const bytes = new TextEncoder().encode(roadmap.markdown);
      await installRoadmap(store, { id: roadmap.id, origin: 'user', bytes, sourcePath: roadmap.sourcePath, name: `${roadmap.id}.md`, now });
      outcome.added.push(roadmap.id);
    } else if (!roadmapIds(store).includes(roadmap.id)) {
      continue; // a bundled roadmap this version does not ship
    } else {
      await loadRoadmap(store, roadmap.id, now);
    }
    store.write(() => {
      const local = new Map(store.progress(roadmap.id).map((row) => [row.topicId, row]));
      const newer = roadmap.progress.filter((row) => {
        const mine = local.get(row.topicId);
        return !mine || (mine.changedAt < row.changedAt && mine.status !== row.status);
      });
      const changes = newer.map((row) => ({ topicId: row.topicId, title: row.title, from: local.get(row.topicId)?.status ?? 'todo', to: row.status }));
      store.recordChanges(roadmap.id, { kind: 'import', command: 'import' }, changes.filter((change) => change.from !== change.to), at);
      // Keep the backup's own times, so the newer-wins rule stays true on the next merge.
      for (const row of newer) store.putProgress(roadmap.id, row);
      outcome.statuses += changes.filter((change) => change.from !== change.to).length;
      const history = store.openBatch(roadmap.id, 'history', 'import', at);
      for (const event of roadmap.history) if (store.importEvent(roadmap.id, history, event)) outcome.history++;
      store.dropEmptyBatch(history);
      for (const note of roadmap.notes) {
        if (store.hasNote(roadmap.id, note.topicId, note.text, note.createdAt)) continue;
        store.addNote(roadmap.id, note.topicId, note.text, note.createdAt);
        outcome.notes++;
      }
    });
  }
  if (backup.active && !store.getMeta('active') && roadmapIds(store).includes(backup.active)) store.write(() => store.setMeta('active', backup.active!));
  return outcome;
}

/** Check a parsed file is a backup this version can read, field by field; never trust its shape. */
export function parseBackup(text: string, name: string): BackupJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${name} is not JSON: ${(error as Error).message}`, { exitCode: EXIT.data });
  }
  const bad = (what: string) => new UserError(`${name} is not a roadmap backup: ${what}`, { exitCode: EXIT.data, hint: 'make one with roadmap export --format json' });
  const record = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!record(data) || data.kind !== BACKUP_KIND) throw bad(`"kind" is not "${BACKUP_KIND}"`);
  if (typeof data.schemaVersion !== 'number' || data.schemaVersion > BACKUP_VERSION) {
    throw new UserError(`${name} was written by a newer roadmap (backup schema ${String(data.schemaVersion)})`, { exitCode: EXIT.data, hint: 'upgrade roadmap to import it' });
  }
  if (!Array.isArray(data.roadmaps)) throw bad('no "roadmaps" list');
  const isStatus = (value: unknown): value is Status => typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
  const str = (value: unknown) => typeof value === 'string';
  for (const [i, roadmap] of data.roadmaps.entries()) {
    const where = `roadmaps[${i}]`;
    if (!record(roadmap) || !str(roadmap.id) || !/^[a-z0-9][a-z0-9-]*$/.test(roadmap.id as string)) throw bad(`${where} has no valid "id"`);
    if (roadmap.origin !== 'user' && roadmap.origin !== 'bundled') throw bad(`${where}.origin`);
    if (!(roadmap.markdown === null || str(roadmap.markdown))) throw bad(`${where}.markdown`);
    if (!Array.isArray(roadmap.progress) || !roadmap.progress.every((row) => record(row) && str(row.topicId) && isStatus(row.status) && str(row.changedAt) && str(row.title))) throw bad(`${where}.progress`);
    if (!Array.isArray(roadmap.notes) || !roadmap.notes.every((row) => record(row) && str(row.topicId) && str(row.text) && str(row.createdAt))) throw bad(`${where}.notes`);
    if (!Array.isArray(roadmap.history) || !roadmap.history.every((row) => record(row) && str(row.topicId) && str(row.title) && str(row.at) && isStatus(row.from) && isStatus(row.to))) throw bad(`${where}.history`);
  }
  return data as unknown as BackupJson;
}
