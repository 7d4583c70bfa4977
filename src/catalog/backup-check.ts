/**
 * A backup is read as untrusted input: checked whole, field by field, before anything is written.
 * Every refusal names the place inside the backup (`roadmaps[2].progress[17].changedAt`).
 */
import { EXIT, UserError } from '../errors.js';
import { DecodeError, decodeUtf8 } from '../roadmap/decode.js';
import { ROADMAP_ID } from '../roadmap/ids.js';
import { STATUSES, type Status } from '../roadmap/types.js';
import { type BatchRecord, type HistoryRecord, type NoteRecord, RATINGS, type Rating, type ReviewRecord } from '../store/records.js';
import { BACKUP_KIND, BACKUP_VERSION, type BackupJson, type BackupRoadmap } from './backup.js';

/** A clock a little ahead of this one is not an attack; a date beyond this is. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
const MAX_TOPIC_ID = 2000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export interface CheckContext {
  name: string;
  now: Date;
  /** The ids of the bundled roadmaps: never the id of a learner's own. */
  bundled: readonly string[];
}

type Fields = Record<string, unknown>;

/** The bytes of a backup file, as text, as JSON, then checked. */
export function parseBackup(bytes: Uint8Array, context: CheckContext): BackupJson {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof DecodeError) throw new UserError(`${context.name}: ${error.message}; nothing was imported`, { exitCode: EXIT.data });
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${context.name} is not JSON: ${(error as Error).message}; nothing was imported`, { exitCode: EXIT.data });
  }
  return checkBackup(data, context);
}

export function checkBackup(data: unknown, context: CheckContext): BackupJson {
  const refuse = (where: string, what: string) =>
    new UserError(`${context.name} is not a roadmap backup: ${where} ${what}; nothing was imported`, {
      exitCode: EXIT.data,
      hint: 'make one with roadmap export --format json',
    });
  const latest = context.now.getTime() + CLOCK_SKEW_MS;

  const object = (value: unknown, where: string): Fields => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw refuse(where, 'is not an object');
    return value as Fields;
  };
  const list = (value: unknown, where: string): unknown[] => {
    if (!Array.isArray(value)) throw refuse(where, 'is not a list');
    return value;
  };
  const text = (value: unknown, where: string, max = Infinity): string => {
    if (typeof value !== 'string') throw refuse(where, 'is not text');
    if (value.length > max) throw refuse(where, `is longer than ${max} characters`);
    return value;
  };
  const optionalText = (value: unknown, where: string): string | null => (value === null || value === undefined ? null : text(value, where));
  const flag = (value: unknown, where: string): boolean => {
    if (value === undefined) return false;
    if (typeof value !== 'boolean') throw refuse(where, 'is not true or false');
    return value;
  };
  const status = (value: unknown, where: string): Status => {
    if (typeof value !== 'string' || !(STATUSES as readonly string[]).includes(value)) throw refuse(where, `is not one of ${STATUSES.join(', ')}`);
    return value as Status;
  };
  const instant = (value: unknown, where: string): string => {
    const written = text(value, where);
    const time = Date.parse(written);
    // A date that does not read back as written (2026-02-30) is not one.
    if (!ISO_INSTANT.test(written) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 19) !== written.slice(0, 19))
      throw refuse(where, `is not a date-time (${JSON.stringify(written.slice(0, 40))})`);
    if (time > latest) throw refuse(where, `is in the future (${written})`);
    return written;
  };
  const rating = (value: unknown, where: string): Rating => {
    if (typeof value !== 'string' || !(RATINGS as readonly string[]).includes(value)) throw refuse(where, `is not one of ${RATINGS.join(', ')}`);
    return value as Rating;
  };
  // The scheduler's state, as JSON text: an object whose numbers are numbers, or the schedule would be NaN.
  const card = (value: unknown, where: string): string => {
    const written = text(value, where, 2000);
    let fields: unknown;
    try {
      fields = JSON.parse(written);
    } catch {
      throw refuse(where, 'is not JSON');
    }
    const state = object(fields, where);
    for (const name of ['stability', 'difficulty', 'reps', 'lapses', 'state', 'scheduled_days']) {
      if (typeof state[name] !== 'number' || !Number.isFinite(state[name])) throw refuse(`${where}.${name}`, 'is not a number');
    }
    return written;
  };
  const roadmapId = (value: unknown, where: string): string => {
    const id = text(value, where, 64);
    if (!ROADMAP_ID.test(id)) throw refuse(where, `is not a roadmap id (${JSON.stringify(id)}: lowercase letters, digits and dashes)`);
    return id;
  };
  const topicId = (value: unknown, where: string): string => {
    const id = text(value, where, MAX_TOPIC_ID);
    if (id === '') throw refuse(where, 'is empty');
    return id;
  };

  const top = object(data, 'the file');
  if (top.kind !== BACKUP_KIND) throw refuse('"kind"', `is not "${BACKUP_KIND}"`);
  const version = top.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw refuse('"schemaVersion"', `is not a version number (${JSON.stringify(version)})`);
  if (version > BACKUP_VERSION) {
    throw new UserError(`${context.name} was written by a newer roadmap (backup schema ${version}); nothing was imported`, {
      exitCode: EXIT.data,
      hint: 'upgrade roadmap to import it',
    });
  }
  const exportedAt = top.exportedAt === undefined ? context.now.toISOString() : instant(top.exportedAt, '"exportedAt"');
  const active = top.active === null || top.active === undefined ? null : roadmapId(top.active, '"active"');

  const batchId = (value: unknown, where: string): number => {
    if (!Number.isSafeInteger(value) || (value as number) < 1) throw refuse(where, 'is not a positive whole number');
    return value as number;
  };
  // Version 2 names each command once, in "batches"; version 1 repeated it in every entry, and is
  // read into the same shape: one batch per command of a roadmap's history, one per command of its notes.
  const batches: BatchRecord[] = [];
  const known = new Set<number>();
  if (version >= 2) {
    for (const [i, value] of list(top.batches, '"batches"').entries()) {
      const where = `batches[${i}]`;
      const fields = object(value, where);
      const id = batchId(fields.id, `${where}.id`);
      if (known.has(id)) throw refuse(`${where}.id`, `repeats the batch ${id}`);
      known.add(id);
      batches.push({
        id,
        at: instant(fields.at, `${where}.at`),
        command: text(fields.command, `${where}.command`),
        undo: flag(fields.undo, `${where}.undo`),
        undone: flag(fields.undone, `${where}.undone`),
      });
    }
  }
  const named = (value: unknown, where: string): number => {
    const id = batchId(value, where);
    if (!known.has(id)) throw refuse(where, `names no batch in "batches" (${id})`);
    return id;
  };
  const v1Batches = new Map<string, number>();
  const v1Batch = (key: unknown[], batch: Omit<BatchRecord, 'id'>): number => {
    const name = JSON.stringify(key);
    let id = v1Batches.get(name);
    if (id === undefined) {
      id = batches.length + 1;
      v1Batches.set(name, id);
      batches.push({ id, ...batch });
    }
    return id;
  };

  const seen = new Set<string>();
  const roadmaps = list(top.roadmaps, '"roadmaps"').map((value, i): BackupRoadmap => {
    const where = `roadmaps[${i}]`;
    const roadmap = object(value, where);
    const id = roadmapId(roadmap.id, `${where}.id`);
    if (seen.has(id)) throw refuse(`${where}.id`, `repeats the roadmap ${id}`);
    seen.add(id);
    const origin = roadmap.origin;
    if (origin !== 'user' && origin !== 'bundled') throw refuse(`${where}.origin`, 'is neither "user" nor "bundled"');
    if (origin === 'user' && context.bundled.includes(id)) throw refuse(`${where}.id`, `is a bundled roadmap's id (${id}), not one of yours`);
    const markdown = origin === 'user' ? optionalText(roadmap.markdown, `${where}.markdown`) : null;

    const topics = new Set<string>();
    const progress = list(roadmap.progress, `${where}.progress`).map((value, j) => {
      const at = `${where}.progress[${j}]`;
      const row = object(value, at);
      const id = topicId(row.topicId, `${at}.topicId`);
      if (topics.has(id)) throw refuse(`${at}.topicId`, `repeats the topic ${JSON.stringify(id.slice(0, 80))}`);
      topics.add(id);
      return {
        topicId: id,
        status: status(row.status, `${at}.status`),
        changedAt: instant(row.changedAt, `${at}.changedAt`),
        title: text(row.title, `${at}.title`),
      };
    });
    const entries = new Set<string>();
    const history = list(roadmap.history, `${where}.history`).map((value, j): HistoryRecord => {
      const at = `${where}.history[${j}]`;
      const row = object(value, at);
      const when = instant(row.at, `${at}.at`);
      const entry = {
        at: when,
        topicId: topicId(row.topicId, `${at}.topicId`),
        title: text(row.title, `${at}.title`),
        from: status(row.from, `${at}.from`),
        to: status(row.to, `${at}.to`),
        reason: optionalText(row.reason, `${at}.reason`),
      };
      const key = JSON.stringify([entry.at, entry.topicId, entry.from, entry.to]);
      if (entries.has(key)) throw refuse(at, 'repeats an earlier entry');
      entries.add(key);
      if (version >= 2) return { ...entry, batch: named(row.batch, `${at}.batch`) };
      const command = optionalText(row.command, `${at}.command`) ?? 'import';
      const undo = flag(row.undo, `${at}.undo`);
      const undone = flag(row.undone, `${at}.undone`) && !undo;
      return { ...entry, batch: v1Batch(['history', i, command, undo, undone], { at: when, command, undo, undone }) };
    });
    // Version 1's note commands, each once, in the order they were run.
    const v1Steps: { note: number; side: 'added' | 'removed'; at: string; command: string; undo: boolean; batch: number | null }[] = [];
    const notes = list(roadmap.notes, `${where}.notes`).map((value, j): NoteRecord => {
      const at = `${where}.notes[${j}]`;
      const row = object(value, at);
      const note = {
        topicId: topicId(row.topicId, `${at}.topicId`),
        text: text(row.text, `${at}.text`),
        createdAt: instant(row.createdAt, `${at}.createdAt`),
        title: optionalText(row.title, `${at}.title`),
      };
      if (version >= 2) {
        const by = (value: unknown, where: string) => (value === null || value === undefined ? null : named(value, where));
        return { ...note, added: by(row.added, `${at}.added`), removed: by(row.removed, `${at}.removed`) };
      }
      for (const side of ['added', 'removed'] as const) {
        if (row[side] === undefined || row[side] === null) continue;
        const where = `${at}.${side}`;
        const fields = object(row[side], where);
        const batch = fields.batch === undefined ? null : batchId(fields.batch, `${where}.batch`);
        v1Steps.push({
          note: j,
          side,
          at: instant(fields.at, `${where}.at`),
          command: text(fields.command, `${where}.command`),
          undo: flag(fields.undo, `${where}.undo`),
          batch,
        });
      }
      return { ...note, added: null, removed: null };
    });
    v1Steps.sort((a, b) => (a.at === b.at ? (a.batch ?? 0) - (b.batch ?? 0) : a.at < b.at ? -1 : 1));
    for (const step of v1Steps) {
      notes[step.note][step.side] = v1Batch(['note', i, step.at, step.command, step.undo, step.batch], {
        at: step.at,
        command: step.command,
        undo: step.undo,
        undone: false,
      });
    }
    const reviewed = new Set<string>();
    const reviews = (version >= 3 ? list(roadmap.reviews, `${where}.reviews`) : []).map((value, j): ReviewRecord => {
      const at = `${where}.reviews[${j}]`;
      const row = object(value, at);
      const review = {
        topicId: topicId(row.topicId, `${at}.topicId`),
        title: text(row.title, `${at}.title`),
        rating: rating(row.rating, `${at}.rating`),
        at: instant(row.at, `${at}.at`),
        // The next review may be years ahead: a date, but not one bound by this clock.
        due: text(row.due, `${at}.due`, 40),
        card: card(row.card, `${at}.card`),
        batch: named(row.batch, `${at}.batch`),
      };
      if (!ISO_INSTANT.test(review.due) || Number.isNaN(Date.parse(review.due))) throw refuse(`${at}.due`, 'is not a date-time');
      const key = JSON.stringify([review.topicId, review.rating, review.at]);
      if (reviewed.has(key)) throw refuse(at, 'repeats an earlier review');
      reviewed.add(key);
      return review;
    });
    return {
      id,
      title: roadmap.title === undefined ? id : text(roadmap.title, `${where}.title`),
      origin,
      sourcePath: optionalText(roadmap.sourcePath, `${where}.sourcePath`),
      markdown,
      startedAt: roadmap.startedAt === undefined || roadmap.startedAt === null ? null : instant(roadmap.startedAt, `${where}.startedAt`),
      progress,
      notes,
      history,
      reviews,
      reviewsOff: flag(roadmap.reviewsOff, `${where}.reviewsOff`),
    };
  });
  return { schemaVersion: BACKUP_VERSION, kind: BACKUP_KIND, exportedAt, active, batches, roadmaps };
}
