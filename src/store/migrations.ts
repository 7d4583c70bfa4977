/** The schema, one migration per version; `PRAGMA user_version` records how many have run. */

/** "RMAP": marks the file as ours for `file(1)` and for our own checks (PRAGMA application_id). */
export const APPLICATION_ID = 0x524d4150;

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;

  -- Parsed roadmap trees, keyed by content hash and parser version, so unchanged markdown is parsed once.
  CREATE TABLE trees (
    key  TEXT PRIMARY KEY,
    tree TEXT NOT NULL
  ) STRICT;

  CREATE TABLE roadmaps (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
    tree_key    TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    -- A learner's own roadmap keeps its markdown here, so it survives the file moving or going.
    content     BLOB,
    source_path TEXT
  ) STRICT;

  CREATE TABLE progress (
    roadmap_id TEXT NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
    topic_id   TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done', 'skipped')),
    changed_at TEXT NOT NULL,
    -- The title when last changed: names the topic if a new version of the roadmap drops it.
    title      TEXT NOT NULL,
    PRIMARY KEY (roadmap_id, topic_id)
  ) STRICT, WITHOUT ROWID;

  -- One row per command that changed something: the unit of undo.
  CREATE TABLE batches (
    id         INTEGER PRIMARY KEY,
    roadmap_id TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('load', 'command', 'undo', 'import', 'history')),
    command    TEXT NOT NULL,
    at         TEXT NOT NULL,
    undone_by  INTEGER REFERENCES batches (id)
  ) STRICT;

  CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    roadmap_id  TEXT NOT NULL,
    topic_id    TEXT NOT NULL,
    title       TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    reason      TEXT,
    at          TEXT NOT NULL
  ) STRICT;
  CREATE INDEX events_by_roadmap ON events (roadmap_id, at);

  CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    roadmap_id TEXT NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
    topic_id   TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX notes_by_topic ON notes (roadmap_id, topic_id);
  `,
  `
  -- What status draws of a tree, without its topics: spares a large roadmap's status the whole tree.
  ALTER TABLE trees ADD COLUMN outline TEXT;
  `,
  `
  -- Outlines in a table of their own: a column after a tree was reached only through the tree's
  -- pages (megabytes for a large roadmap). Each tree's leaf topics and their places are rows, so
  -- status finds where the learner's changed topics stand without reading every topic's id.
  -- Outlines made before held those ids; they are made again when their tree is next read.
  ALTER TABLE trees DROP COLUMN outline;
  CREATE TABLE outlines (
    tree_key TEXT PRIMARY KEY REFERENCES trees (key) ON DELETE CASCADE,
    outline  TEXT NOT NULL
  ) STRICT;
  CREATE TABLE leaves (
    tree_key TEXT NOT NULL REFERENCES trees (key) ON DELETE CASCADE,
    topic_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (tree_key, topic_id)
  ) STRICT, WITHOUT ROWID;
  `,
  `
  -- Which events a batch holds: removing a roadmap drops the batches left empty, and the events'
  -- foreign key to batches is checked on every batch deleted; without this, both scan all events.
  CREATE INDEX events_by_batch ON events (batch_id);
  `,
  `
  -- Notes are changes like the rest: the command that added a note and the one that removed it
  -- (an edit removes the old text and adds the new), so undo reverts them and log shows them.
  -- A removed note stays, out of sight, as history. Notes from before were added by no command.
  ALTER TABLE notes ADD COLUMN added_by INTEGER REFERENCES batches (id);
  ALTER TABLE notes ADD COLUMN removed_by INTEGER REFERENCES batches (id);
  -- The topic's title when the note was written: names it in log, as events do.
  ALTER TABLE notes ADD COLUMN title TEXT;
  CREATE INDEX notes_added_by ON notes (added_by);
  CREATE INDEX notes_removed_by ON notes (removed_by);
  -- A topic's history, found without reading the roadmap's whole history: a renamed topic's events follow it.
  CREATE INDEX events_by_topic ON events (roadmap_id, topic_id);
  `,
  `
  -- log reads the newest changes first: found in time order, not by sorting the whole history.
  CREATE INDEX events_by_time ON events (at);
  CREATE INDEX batches_by_time ON batches (at);
  `,
  `
  -- Reviews of topics learned: how well the learner remembered each, by a command (undo reverts
  -- it, log shows it), with the schedule FSRS gave the topic after it (ts-fsrs's card as JSON, and
  -- when it is next due), so counting the reviews due needs no scheduler.
  CREATE TABLE reviews (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    roadmap_id TEXT NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
    topic_id   TEXT NOT NULL,
    title      TEXT NOT NULL,
    rating     TEXT NOT NULL CHECK (rating IN ('again', 'hard', 'good', 'easy')),
    at         TEXT NOT NULL,
    due        TEXT NOT NULL,
    card       TEXT NOT NULL
  ) STRICT;
  CREATE INDEX reviews_by_topic ON reviews (roadmap_id, topic_id, at);
  CREATE INDEX reviews_by_batch ON reviews (batch_id);
  -- A learner who does not want reviews turns them off for a roadmap.
  ALTER TABLE roadmaps ADD COLUMN reviews_off INTEGER NOT NULL DEFAULT 0;
  -- Write-back: status changes tick the task items of the learner's own file. written_hash is the
  -- fingerprint of what roadmap last wrote there: the file is as roadmap left it when it matches
  -- that or the stored content.
  ALTER TABLE roadmaps ADD COLUMN write_back INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE roadmaps ADD COLUMN written_hash TEXT;
  `,
];
