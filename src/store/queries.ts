/** The store's queries over one open connection. Parameterised SQL only: no text is ever spliced in. */
import type Database from 'better-sqlite3';
import type { PlacedStatus } from '../roadmap/outline.js';
import { FIRST_REVIEW_DAYS } from '../roadmap/review.js';
import type { TopicSpan } from '../roadmap/topic-time.js';
import type { Status } from '../roadmap/types.js';
import type {
  BatchKind,
  BatchRecord,
  BatchRow,
  EventRow,
  HistoryRecord,
  NoteChangeRow,
  NoteRecord,
  NoteRow,
  ProgressRow,
  ReviewChangeRow,
  ReviewRecord,
  ReviewState,
  RoadmapRecord,
  StatusChange,
} from './records.js';

const ROADMAP_COLUMNS = 'id, title, origin, tree_key AS treeKey, added_at AS addedAt, source_path AS sourcePath';
const INSERT_EVENT = 'INSERT INTO events (batch_id, roadmap_id, topic_id, title, from_status, to_status, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
const INSERT_NOTE = 'INSERT INTO notes (roadmap_id, topic_id, text, created_at, title, added_by, removed_by) VALUES (?, ?, ?, ?, ?, ?, ?)';
const INSERT_REVIEW = 'INSERT INTO reviews (batch_id, roadmap_id, topic_id, title, rating, at, due, card) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
/**
 * Each topic done now, with its latest review since it was marked done (not undone): a topic reset
 * and done again starts a new schedule, and a skipped one is never reviewed. Never reviewed, it is
 * first due FIRST_REVIEW_DAYS after it was learned.
 */
export const REVIEW_STATES = `SELECT p.topic_id AS topicId, p.title, p.changed_at AS learnedAt, r.at AS reviewedAt, r.rating, r.card,
    coalesce(r.due, strftime('%Y-%m-%dT%H:%M:%fZ', p.changed_at, '+${FIRST_REVIEW_DAYS} days')) AS due,
    (SELECT count(*) FROM reviews c JOIN batches cb ON cb.id = c.batch_id
       WHERE c.roadmap_id = p.roadmap_id AND c.topic_id = p.topic_id AND c.at >= p.changed_at AND cb.undone_by IS NULL) AS reviews
  FROM progress p
  LEFT JOIN reviews r ON r.id = (SELECT l.id FROM reviews l JOIN batches lb ON lb.id = l.batch_id
      WHERE l.roadmap_id = p.roadmap_id AND l.topic_id = p.topic_id AND l.at >= p.changed_at AND lb.undone_by IS NULL
      ORDER BY l.at DESC, l.id DESC LIMIT 1)
  WHERE p.roadmap_id = @roadmapId AND p.status = 'done' AND (@topicId IS NULL OR p.topic_id = @topicId)
    AND NOT (SELECT reviews_off FROM roadmaps WHERE id = p.roadmap_id)
    -- Ticked in the file when the roadmap was first loaded: not learned here, so not scheduled
    -- unless the learner reviews it by name (or marks it done again).
    -- Through the topic's index: by time, a first load's thousand events share one instant.
    AND (@topicId IS NOT NULL OR r.id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM events e INDEXED BY events_by_topic JOIN batches b ON b.id = e.batch_id
      WHERE e.roadmap_id = p.roadmap_id AND e.topic_id = p.topic_id AND e.at = p.changed_at AND e.to_status = 'done' AND b.kind = 'load'))`;
const EVENT_COLUMNS = `e.id, e.batch_id AS batchId, e.roadmap_id AS roadmapId, e.topic_id AS topicId, e.title,
  e.from_status AS "from", e.to_status AS "to", e.reason, e.at, b.kind, b.command, (b.undone_by IS NOT NULL) AS undone`;

export class Queries {
  /** Each statement is prepared once per connection: an import runs the same few a hundred thousand times. */
  private readonly statements = new Map<string, Database.Statement>();

  /**
   * Whether this connection changed something of the learner's (a status, a note, history, a
   * setting, a roadmap removed or moved): what the daily backup is for. Installing or caching a roadmap's
   * tree, and its first load's ticked items, are not.
   */
  protected learnerChanged = false;

  constructor(private readonly db: Database.Database) {}

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  getMeta(key: string): string | undefined {
    return (this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setMeta(key: string, value: string): void {
    // The learner's settings (the active roadmap, start dates), not the backup's own bookkeeping.
    if (key !== 'backup_day') this.learnerChanged = true;
    this.sql('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  deleteMeta(key: string): void {
    this.learnerChanged = true;
    this.sql('DELETE FROM meta WHERE key = ?').run(key);
  }

  getTree(key: string): string | undefined {
    return (this.sql('SELECT tree FROM trees WHERE key = ?').get(key) as { tree: string } | undefined)?.tree;
  }

  /** A tree with its outline and leaf topics (in document order); a stored tree gets the outline and leaves anew. */
  putTree(key: string, tree: string, outline: string, leaves: readonly string[]): void {
    this.sql('INSERT INTO trees (key, tree) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(key, tree);
    this.sql('INSERT INTO outlines (tree_key, outline) VALUES (?, ?) ON CONFLICT (tree_key) DO UPDATE SET outline = excluded.outline').run(key, outline);
    this.sql('DELETE FROM leaves WHERE tree_key = ?').run(key);
    const insert = this.sql('INSERT INTO leaves (tree_key, topic_id, position) VALUES (?, ?, ?)');
    for (const [position, id] of leaves.entries()) insert.run(key, id, position);
  }

  /** The roadmap's topics that are not to-do, with their place among the leaves of this tree (null: not in it). */
  placedStatuses(roadmapId: string, treeKey: string): PlacedStatus[] {
    return this.sql(
      `SELECT p.status AS status, l.position AS position FROM progress p
         LEFT JOIN leaves l ON l.tree_key = ? AND l.topic_id = p.topic_id
         WHERE p.roadmap_id = ? AND p.status <> 'todo'`,
    ).all(treeKey, roadmapId) as PlacedStatus[];
  }

  getOutline(key: string): string | undefined {
    return (this.sql('SELECT outline FROM outlines WHERE tree_key = ?').get(key) as { outline: string } | undefined)?.outline;
  }

  getRoadmap(id: string): RoadmapRecord | undefined {
    return this.sql(`SELECT ${ROADMAP_COLUMNS} FROM roadmaps WHERE id = ?`).get(id) as RoadmapRecord | undefined;
  }

  roadmaps(): RoadmapRecord[] {
    return this.sql(`SELECT ${ROADMAP_COLUMNS} FROM roadmaps ORDER BY id`).all() as RoadmapRecord[];
  }

  roadmapBySource(sourcePath: string): RoadmapRecord | undefined {
    return this.sql(`SELECT ${ROADMAP_COLUMNS} FROM roadmaps WHERE source_path = ?`).get(sourcePath) as RoadmapRecord | undefined;
  }

  getContent(id: string): Buffer | undefined {
    return (this.sql('SELECT content FROM roadmaps WHERE id = ?').get(id) as { content: Buffer | null } | undefined)?.content ?? undefined;
  }

  putRoadmap(record: RoadmapRecord, content?: Uint8Array): void {
    // A learner's own roadmap is theirs (its markdown is kept here); a bundled one is the package's.
    if (record.origin === 'user') this.learnerChanged = true;
    this.sql(
      `INSERT INTO roadmaps (id, title, origin, tree_key, added_at, source_path, content)
         VALUES (@id, @title, @origin, @treeKey, @addedAt, @sourcePath, @content)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, tree_key = excluded.tree_key,
           source_path = excluded.source_path, content = coalesce(excluded.content, roadmaps.content)`,
    ).run({ ...record, content: content ? Buffer.from(content) : null });
  }

  deleteRoadmap(id: string): void {
    this.learnerChanged = true;
    // The commands that changed this roadmap: only those can be left empty (the rest of the history is not read).
    const batches = this.sql(
      `SELECT json_group_array(id) FROM (SELECT batch_id AS id FROM events WHERE roadmap_id = @id
         UNION SELECT added_by FROM notes WHERE roadmap_id = @id AND added_by IS NOT NULL
         UNION SELECT removed_by FROM notes WHERE roadmap_id = @id AND removed_by IS NOT NULL
         UNION SELECT batch_id FROM reviews WHERE roadmap_id = @id)`,
    )
      .pluck()
      .get({ id }) as string;
    this.sql('DELETE FROM events WHERE roadmap_id = ?').run(id);
    this.sql('DELETE FROM roadmaps WHERE id = ?').run(id); // and its progress, notes and reviews
    // A batch that also changed other roadmaps (done --everywhere), or another roadmap's notes, stays.
    this.sql(
      `DELETE FROM batches WHERE id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM events WHERE events.batch_id = batches.id)
         AND NOT EXISTS (SELECT 1 FROM notes WHERE notes.added_by = batches.id)
         AND NOT EXISTS (SELECT 1 FROM notes WHERE notes.removed_by = batches.id)
         AND NOT EXISTS (SELECT 1 FROM reviews WHERE reviews.batch_id = batches.id)`,
    ).run(batches);
  }

  statuses(roadmapId: string): Map<string, Status> {
    const rows = this.sql('SELECT topic_id AS id, status FROM progress WHERE roadmap_id = ?').all(roadmapId) as { id: string; status: Status }[];
    return new Map(rows.map((row) => [row.id, row.status]));
  }

  progress(roadmapId: string): ProgressRow[] {
    return this.sql('SELECT topic_id AS topicId, status, changed_at AS changedAt, title FROM progress WHERE roadmap_id = ? ORDER BY topic_id').all(
      roadmapId,
    ) as ProgressRow[];
  }

  putProgress(roadmapId: string, row: ProgressRow): void {
    this.sql(
      `INSERT INTO progress (roadmap_id, topic_id, status, changed_at, title) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (roadmap_id, topic_id) DO UPDATE SET status = excluded.status, changed_at = excluded.changed_at, title = excluded.title`,
    ).run(roadmapId, row.topicId, row.status, row.changedAt, row.title);
  }

  /**
   * Move progress, notes and history from one topic id to another (a topic renamed or moved in a
   * new version): undo then reverts the topic where it now is, and log follows it there.
   */
  rekey(roadmapId: string, from: string, to: string): void {
    this.learnerChanged = true;
    this.sql('UPDATE progress SET topic_id = ? WHERE roadmap_id = ? AND topic_id = ?').run(to, roadmapId, from);
    this.sql('UPDATE notes SET topic_id = ? WHERE roadmap_id = ? AND topic_id = ?').run(to, roadmapId, from);
    this.sql('UPDATE events SET topic_id = ? WHERE roadmap_id = ? AND topic_id = ?').run(to, roadmapId, from);
    this.sql('UPDATE reviews SET topic_id = ? WHERE roadmap_id = ? AND topic_id = ?').run(to, roadmapId, from);
  }

  /**
   * Record status changes as one batch (the unit of undo) with an event each; returns the batch id.
   * Given `intoBatch`, the changes join that batch: one command changing several roadmaps is undone whole.
   */
  recordChanges(
    roadmapId: string,
    batch: { kind: BatchKind; command: string },
    changes: readonly StatusChange[],
    at: string,
    intoBatch?: number,
  ): number | undefined {
    if (changes.length === 0) return intoBatch;
    if (batch.kind !== 'load') this.learnerChanged = true;
    const batchId = intoBatch ?? this.openBatch(roadmapId, batch.kind, batch.command, at);
    const event = this.sql(INSERT_EVENT);
    for (const change of changes) {
      event.run(batchId, roadmapId, change.topicId, change.title, change.from, change.to, change.reason ?? null, at);
      this.putProgress(roadmapId, { topicId: change.topicId, status: change.to, changedAt: at, title: change.title });
    }
    return batchId;
  }

  /** The newest command that changed something and has not been undone. */
  lastUndoable(): BatchRow | undefined {
    return this.sql(
      `SELECT id, roadmap_id AS roadmapId, kind, command, at FROM batches WHERE kind IN ('command', 'import') AND undone_by IS NULL ORDER BY id DESC LIMIT 1`,
    ).get() as BatchRow | undefined;
  }

  markUndone(batchId: number, undoBatchId: number): void {
    this.sql('UPDATE batches SET undone_by = ? WHERE id = ?').run(undoBatchId, batchId);
  }

  batchEvents(batchId: number): EventRow[] {
    return this.sql(`SELECT ${EVENT_COLUMNS} FROM events e JOIN batches b ON b.id = e.batch_id WHERE e.batch_id = ? ORDER BY e.id`).all(batchId) as EventRow[];
  }

  /**
   * The history of changes, newest first: of one roadmap, or of all (null). The first load's `- [x]`
   * items are not changes of the learner's: left out before the limit is applied.
   */
  events(roadmapId: string | null, options: { since?: string; limit?: number } = {}): EventRow[] {
    // One roadmap's through its index, every roadmap's in time order: newest first, read only as far as the limit.
    return this.sql(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN batches b ON b.id = e.batch_id
         WHERE ${roadmapId === null ? '' : 'e.roadmap_id = @roadmapId AND '}b.kind != 'load' AND (@since IS NULL OR e.at >= @since)
         ORDER BY e.at DESC, e.id DESC LIMIT @limit`,
    ).all({ ...(roadmapId === null ? {} : { roadmapId }), since: options.since ?? null, limit: options.limit ?? -1 }) as EventRow[];
  }

  /** A history entry as merging compares it: what changed, from and to what, and when. */
  eventKeys(roadmapId: string): Set<string> {
    return this.keys('SELECT topic_id AS topicId, from_status AS "from", to_status AS "to", at FROM events WHERE roadmap_id = ?', roadmapId, eventKey);
  }

  /** A history entry as a backup brings it, in the batch given (this database's). */
  importEvent(roadmapId: string, event: HistoryRecord): void {
    this.learnerChanged = true;
    this.sql(INSERT_EVENT).run(event.batch, roadmapId, event.topicId, event.title, event.from, event.to, event.reason, event.at);
  }

  openBatch(roadmapId: string, kind: BatchKind, command: string, at: string): number {
    return Number(this.sql('INSERT INTO batches (roadmap_id, kind, command, at) VALUES (?, ?, ?, ?)').run(roadmapId, kind, command, at).lastInsertRowid);
  }

  /** A note as merging compares it: its topic, text and time. */
  noteKeys(roadmapId: string): Set<string> {
    return this.keys('SELECT topic_id AS topicId, text, created_at AS createdAt FROM notes WHERE roadmap_id = ?', roadmapId, noteKey);
  }

  /**
   * When topics were marked done, by changes that were not undone. Not the first load's [x] items,
   * nor an import's own status changes (the backup's history, imported beside them, says when).
   */
  completions(roadmapId: string): { minute: string; count: number }[] {
    // Counted by the minute (every time zone is whole minutes from UTC): a command that finished a
    // section of 200 topics is one row, and stats reads the history's length in time, not in entries.
    return this.sql(
      `SELECT substr(e.at, 1, 16) || ':00.000Z' AS minute, count(*) AS count FROM events e JOIN batches b ON b.id = e.batch_id
         WHERE e.roadmap_id = ? AND e.to_status = 'done' AND b.kind IN ('command', 'history') AND b.undone_by IS NULL
         GROUP BY minute ORDER BY minute`,
    ).all(roadmapId) as { minute: string; count: number }[];
  }

  /**
   * Why each topic that is skipped now was skipped: the reason of its latest skip that was not
   * undone (a learner's command, or one from an imported history). Topics skipped without one are absent.
   */
  skipReasons(roadmapId: string, topicId?: string): Map<string, string> {
    const rows = this.sql(
      `SELECT e.topic_id AS topicId, e.reason FROM events e
         JOIN batches b ON b.id = e.batch_id
         JOIN progress p ON p.roadmap_id = e.roadmap_id AND p.topic_id = e.topic_id AND p.status = 'skipped'
         WHERE e.roadmap_id = @roadmapId AND (@topicId IS NULL OR e.topic_id = @topicId)
           AND e.to_status = 'skipped' AND b.kind IN ('command', 'history') AND b.undone_by IS NULL
         ORDER BY e.at, e.id`,
    ).all({ roadmapId, topicId: topicId ?? null }) as { topicId: string; reason: string | null }[];
    const reasons = new Map<string, string>();
    for (const row of rows) {
      if (row.reason === null) reasons.delete(row.topicId);
      else reasons.set(row.topicId, row.reason);
    }
    return reasons;
  }

  /** A note, added by a command (the batch undo reverts), or with no batch (an import's, or a note from before). */
  addNote(roadmapId: string, topicId: string, text: string, createdAt: string, by?: { batchId: number; title: string }): void {
    this.learnerChanged = true;
    this.sql(INSERT_NOTE).run(roadmapId, topicId, text, createdAt, by?.title ?? null, by?.batchId ?? null, null);
  }

  /** Take a note out of sight; it stays as history of the command that removed it. */
  removeNote(noteId: number, batchId: number): void {
    this.learnerChanged = true;
    this.sql('UPDATE notes SET removed_by = ? WHERE id = ? AND removed_by IS NULL').run(batchId, noteId);
  }

  /** Bring back a note a command removed, as if it had not been (undo of --edit or --delete). */
  restoreNote(noteId: number): void {
    this.learnerChanged = true;
    this.sql('UPDATE notes SET removed_by = NULL WHERE id = ?').run(noteId);
  }

  /** The notes a command added that are still there, and those it removed. */
  batchNotes(batchId: number): { added: NoteRow[]; removed: NoteRow[] } {
    const rows = (where: string) =>
      this.sql(`SELECT id, topic_id AS topicId, text, created_at AS createdAt FROM notes WHERE ${where} ORDER BY id`).all(batchId) as NoteRow[];
    return { added: rows('added_by = ? AND removed_by IS NULL'), removed: rows('removed_by = ?') };
  }

  notes(roadmapId: string, topicId?: string): NoteRow[] {
    return this.sql(
      `SELECT id, topic_id AS topicId, text, created_at AS createdAt FROM notes
         WHERE roadmap_id = @roadmapId AND (@topicId IS NULL OR topic_id = @topicId) AND removed_by IS NULL ORDER BY created_at, id`,
    ).all({ roadmapId, topicId: topicId ?? null }) as NoteRow[];
  }

  /** Every note, shown or removed, with the batches that added and removed it: what a backup keeps. */
  noteRecords(roadmapId: string): NoteRecord[] {
    return this.sql(
      `SELECT topic_id AS topicId, text, created_at AS createdAt, title, added_by AS added, removed_by AS removed
         FROM notes WHERE roadmap_id = ? ORDER BY created_at, id`,
    ).all(roadmapId) as NoteRecord[];
  }

  /** A roadmap's history, oldest first, each change naming its command by batch (the text is in batchRecords, once). */
  historyRecords(roadmapId: string): HistoryRecord[] {
    return this.sql(
      `SELECT e.at, e.topic_id AS topicId, e.title, e.from_status AS "from", e.to_status AS "to", e.reason, e.batch_id AS batch
         FROM events e JOIN batches b ON b.id = e.batch_id WHERE e.roadmap_id = ? AND b.kind != 'load' ORDER BY e.at, e.id`,
    ).all(roadmapId) as HistoryRecord[];
  }

  /** Every command of the history (first loads aside), oldest first. */
  batchRecords(): BatchRecord[] {
    const rows = this.sql(
      `SELECT id, at, command, kind = 'undo' AS undo, undone_by IS NOT NULL AS undone FROM batches WHERE kind != 'load' ORDER BY id`,
    ).all() as { id: number; at: string; command: string; undo: 0 | 1; undone: 0 | 1 }[];
    return rows.map((row) => ({ ...row, undo: row.undo === 1, undone: row.undone === 1 }));
  }

  /** A note as a backup brings it: shown or removed, added and removed by the batches given (this database's). */
  importNote(roadmapId: string, note: NoteRecord): void {
    this.learnerChanged = true;
    this.sql(INSERT_NOTE).run(roadmapId, note.topicId, note.text, note.createdAt, note.title, note.added, note.removed);
  }

  /** Notes added and removed by commands, each newest first (log merges them with the status changes): the history log shows. */
  noteChanges(roadmapId: string | null, options: { since?: string; limit?: number } = {}): NoteChangeRow[] {
    const parameters = { roadmapId, since: options.since ?? null, limit: options.limit ?? -1 };
    const columns = `n.roadmap_id AS roadmapId, n.topic_id AS topicId, n.title, n.text, b.at, b.id AS batchId, b.kind, b.command, (b.undone_by IS NOT NULL) AS undone`;
    const where = '(@roadmapId IS NULL OR n.roadmap_id = @roadmapId) AND (@since IS NULL OR b.at >= @since)';
    // Notes added: the commands newest first, each one's notes by index, as far as the limit. Notes
    // removed are few (edits and deletes): found through their index, then sorted.
    const added = this.sql(
      `SELECT ${columns}, 'added' AS change FROM batches b JOIN notes n ON n.added_by = b.id
         WHERE ${where} ORDER BY b.at DESC, b.id DESC, n.id DESC LIMIT @limit`,
    ).all(parameters) as NoteChangeRow[];
    const removed = this.sql(
      `SELECT ${columns}, 'removed' AS change FROM notes n JOIN batches b ON b.id = n.removed_by
         WHERE n.removed_by IS NOT NULL AND ${where} ORDER BY b.at DESC, b.id DESC, n.id DESC LIMIT @limit`,
    ).all(parameters) as NoteChangeRow[];
    return [...added, ...removed];
  }

  /** A review, made by the command of `batchId` (or brought by an import, in its batch). */
  addReview(roadmapId: string, review: ReviewRecord): void {
    this.learnerChanged = true;
    this.sql(INSERT_REVIEW).run(review.batch, roadmapId, review.topicId, review.title, review.rating, review.at, review.due, review.card);
  }

  /** The topics done now and where their reviews stand, the soonest due first (none when reviews are off). */
  reviewStates(roadmapId: string, topicId?: string): ReviewState[] {
    return this.sql(`${REVIEW_STATES} ORDER BY due, p.topic_id`).all({ roadmapId, topicId: topicId ?? null }) as ReviewState[];
  }

  /** How many topics are due for review at `now`. */
  reviewsDue(roadmapId: string, now: string): number {
    return this.sql(`SELECT count(*) FROM (${REVIEW_STATES}) WHERE due <= @now`).pluck().get({ roadmapId, topicId: null, now }) as number;
  }

  /** The reviews a command made that are still in force: what undo reverts. */
  batchReviews(batchId: number): ReviewChangeRow[] {
    return this.sql(
      `SELECT r.roadmap_id AS roadmapId, r.topic_id AS topicId, r.title, r.rating, r.due, 'reviewed' AS change, r.at, b.id AS batchId, b.kind, b.command
         FROM reviews r JOIN batches b ON b.id = r.batch_id WHERE r.batch_id = ? ORDER BY r.id`,
    ).all(batchId) as ReviewChangeRow[];
  }

  /** Reviews made, and reverted by undo, each newest first (log merges them with the other changes). */
  reviewChanges(roadmapId: string | null, options: { since?: string; limit?: number } = {}): ReviewChangeRow[] {
    const parameters = { roadmapId, since: options.since ?? null, limit: options.limit ?? -1 };
    const columns = 'r.roadmap_id AS roadmapId, r.topic_id AS topicId, r.title, r.rating, r.due, b.at, b.id AS batchId, b.kind, b.command';
    const where = '(@roadmapId IS NULL OR r.roadmap_id = @roadmapId) AND (@since IS NULL OR b.at >= @since)';
    return this.sql(
      `SELECT * FROM (SELECT ${columns}, 'reviewed' AS change FROM reviews r JOIN batches b ON b.id = r.batch_id WHERE ${where}
         UNION ALL SELECT ${columns}, 'undone' AS change FROM reviews r JOIN batches o ON o.id = r.batch_id JOIN batches b ON b.id = o.undone_by WHERE ${where})
       ORDER BY at DESC, batchId DESC LIMIT @limit`,
    ).all(parameters) as ReviewChangeRow[];
  }

  /** Every review of a roadmap, undone ones too (their batches say so), oldest first: what a backup keeps. */
  reviewRecords(roadmapId: string): ReviewRecord[] {
    return this.sql('SELECT topic_id AS topicId, title, rating, at, due, card, batch_id AS batch FROM reviews WHERE roadmap_id = ? ORDER BY at, id').all(
      roadmapId,
    ) as ReviewRecord[];
  }

  /** Reviews as merging compares them: topic, rating and time. */
  reviewKeys(roadmapId: string): Set<string> {
    return this.keys('SELECT topic_id AS topicId, rating, at FROM reviews WHERE roadmap_id = ?', roadmapId, reviewKey);
  }

  /** A roadmap's rows of one kind, each made the key merging compares. */
  private keys<Row>(sql: string, roadmapId: string, key: (row: Row) => string): Set<string> {
    return new Set((this.sql(sql).all(roadmapId) as Row[]).map(key));
  }

  reviewsOff(roadmapId: string): boolean {
    return (this.sql('SELECT reviews_off FROM roadmaps WHERE id = ?').pluck().get(roadmapId) as number | undefined) === 1;
  }

  /** Write-back: whether it is on, and the fingerprint of what roadmap last wrote to the file (null: nothing yet). */
  writeBack(roadmapId: string): { on: boolean; writtenHash: string | null } {
    const row = this.sql('SELECT write_back AS wb, written_hash AS hash FROM roadmaps WHERE id = ?').get(roadmapId) as
      | { wb: number; hash: string | null }
      | undefined;
    return { on: row?.wb === 1, writtenHash: row?.hash ?? null };
  }

  setWriteBack(roadmapId: string, on: boolean, writtenHash: string | null = null): void {
    this.learnerChanged = true;
    this.sql('UPDATE roadmaps SET write_back = ?, written_hash = ? WHERE id = ?').run(on ? 1 : 0, writtenHash, roadmapId);
  }

  setReviewsOff(roadmapId: string, off: boolean): void {
    this.learnerChanged = true;
    this.sql('UPDATE roadmaps SET reviews_off = ? WHERE id = ?').run(off ? 1 : 0, roadmapId);
  }

  /**
   * Each topic's first start (to in progress) and last finish (to done) by changes not undone: a
   * learner's commands or an imported history. Topics never started or finished are absent. One
   * topic's (show) through its index, not the roadmap's whole history.
   */
  topicSpans(roadmapId: string, topicId?: string): Map<string, TopicSpan> {
    const rows = this.sql(
      `SELECT e.topic_id AS topicId, min(CASE WHEN e.to_status = 'doing' THEN e.at END) AS started,
         max(CASE WHEN e.to_status = 'done' THEN e.at END) AS finished
       FROM events e JOIN batches b ON b.id = e.batch_id
       WHERE e.roadmap_id = @roadmapId ${topicId === undefined ? '' : 'AND e.topic_id = @topicId'} AND e.to_status IN ('doing', 'done')
         AND b.kind IN ('command', 'history') AND b.undone_by IS NULL
       GROUP BY e.topic_id`,
    ).all({ roadmapId, ...(topicId === undefined ? {} : { topicId }) }) as ({ topicId: string } & TopicSpan)[];
    return new Map(rows.map(({ topicId, started, finished }) => [topicId, { started, finished }]));
  }

  /** Reviews made (not undone), those rated good or easy, and the topics due within [now, until). */
  reviewSummary(roadmapId: string, now: string, until: string): { reviews: number; remembered: number; dueSoon: number } {
    const made = this.sql(
      `SELECT count(*) AS reviews, coalesce(sum(r.rating IN ('good', 'easy')), 0) AS remembered FROM reviews r JOIN batches b ON b.id = r.batch_id
         WHERE r.roadmap_id = ? AND b.undone_by IS NULL`,
    ).get(roadmapId) as { reviews: number; remembered: number };
    const dueSoon = this.sql(`SELECT count(*) FROM (${REVIEW_STATES}) WHERE due >= @now AND due < @until`)
      .pluck()
      .get({ roadmapId, topicId: null, now, until }) as number;
    return { ...made, dueSoon };
  }
}

export const eventKey = (event: { topicId: string; from: string; to: string; at: string }): string =>
  JSON.stringify([event.topicId, event.from, event.to, event.at]);
export const noteKey = (note: { topicId: string; text: string; createdAt: string }): string => JSON.stringify([note.topicId, note.text, note.createdAt]);
export const reviewKey = (review: { topicId: string; rating: string; at: string }): string => JSON.stringify([review.topicId, review.rating, review.at]);
