/**
 * Roadmaps with their progress. A roadmap's markdown (bundled file, or a learner's roadmap kept in
 * the store) is parsed once per content; a new version carries progress over (reconcile).
 */
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, UserError } from '../errors.js';
import type { ProgressReport } from '../io.js';
import { packageRoot } from '../package-root.js';
import { type Decoded, DecodeError, decodeRoadmap } from '../roadmap/decode.js';
import { type Outline, outlineOf, type PlacedStatus } from '../roadmap/outline.js';
import { type StatusMap, statusOf } from '../roadmap/progress.js';
import { type Reconciled, reconcile, type Split, splitTopics } from '../roadmap/reconcile.js';
import { type Grouping, type RoadmapShDocument, RoadmapShError, readRoadmapSh, roadmapShDocument } from '../roadmap/roadmap-sh.js';
import { similarity } from '../roadmap/similarity.js';
import { fallbackTitle } from '../roadmap/title.js';
import { indexRoadmap, type RoadmapIndex } from '../roadmap/tree-index.js';
import type { Resource, Roadmap, Section, Topic } from '../roadmap/types.js';
import type { ProgressRow, RoadmapRecord, StatusChange, Store } from '../store/db.js';
import { bundledIds, bundledKey, DEFAULT_ROADMAP, readBundled } from './bundled.js';
import { PARSER_VERSION, PREBUILT_TREES_FILE, treeKey } from './tree-key.js';

/** A roadmap loaded with its progress, and the store it came from: what a command works on. */
export interface Tracked {
  store: Store;
  loaded: LoadedRoadmap;
}

export interface LoadedRoadmap {
  id: string;
  origin: RoadmapRecord['origin'];
  /** The stored tree it was read from: a refresh meanwhile stores another. */
  treeKey: string;
  roadmap: Roadmap;
  index: RoadmapIndex;
  statuses: StatusMap;
  /** Progress kept for topics the current version no longer has. */
  orphans: ProgressRow[];
}

export interface Installed extends Reconciled {
  loaded: LoadedRoadmap;
  /** Statuses given to the parts of a tracked topic this version splits into subtopics. */
  splits: Split[];
  /** True when the roadmap was not in the store before. */
  first: boolean;
  /** What decoding repaired, for the user to hear about. */
  notices: string[];
}

/** Bundled roadmaps and the learner's own, by id. */
export function roadmapIds(store: Store): string[] {
  const ids = new Set([...bundledIds(), ...store.roadmaps().map((record) => record.id)]);
  return [...ids].sort();
}

/** Which roadmap a command is about: `-r`, else the one chosen with `use`, else the default. */
export function chooseRoadmapId(store: Store, flag: string | undefined): { id: string; chosen: boolean } {
  if (flag !== undefined) return { id: checkRoadmapId(store, flag), chosen: true };
  const active = store.getMeta('active');
  if (active && roadmapIds(store).includes(active)) return { id: active, chosen: true };
  return { id: DEFAULT_ROADMAP, chosen: false };
}

export function checkRoadmapId(store: Store, id: string): string {
  const known = roadmapIds(store);
  if (known.includes(id)) return id;
  // A part of an id ("cloud"), or a typo of one ("go-backend-clod").
  const close = known.filter((candidate) => candidate.includes(id) || id.includes(candidate) || similarity(id, candidate, 'whole') >= 0.75);
  throw new UserError(`unknown roadmap '${id}'`, {
    hint: close.length > 0 ? `did you mean ${close.join(' or ')}? (roadmap list shows them all)` : 'roadmap list shows the roadmaps there are',
  });
}

/** A refresh stored another version of the roadmap between a command's read and its write. */
class RoadmapChanged extends UserError {
  constructor(id: string) {
    super(`${id} was refreshed while this command ran, and its topics may have changed; nothing was changed`, {
      exitCode: EXIT.busy,
      hint: 'run the command again',
    });
  }
}

/**
 * Inside a write: the roadmap a command loaded is still there, as it was loaded. Another command
 * may have removed it, or refreshed it (renaming topics), between this one's read and its write
 * (the write lock is taken only to write).
 */
function stillThere(store: Store, loaded: Pick<LoadedRoadmap, 'id' | 'treeKey'>): void {
  const record = store.getRoadmap(loaded.id);
  if (!record) {
    throw new UserError(`unknown roadmap '${loaded.id}': another roadmap command removed it meanwhile; nothing was changed`, {
      hint: 'roadmap list shows the roadmaps there are',
    });
  }
  if (record.treeKey !== loaded.treeKey) throw new RoadmapChanged(loaded.id);
}

/**
 * Write a change to the roadmap as it is now: when a refresh stored another version between the
 * read and the write, read it again and redo (`reread` resolves the learner's words anew, or
 * throws RoadmapChanged when it cannot: topics picked at a prompt are not asked for twice).
 */
export async function writeToCurrent<T>(
  store: Store,
  loaded: LoadedRoadmap,
  now: () => Date,
  write: (loaded: LoadedRoadmap) => T,
  reread: (loaded: LoadedRoadmap) => void = () => {
    throw new RoadmapChanged(loaded.id);
  },
): Promise<T> {
  for (let current = loaded, tries = 1; ; tries++) {
    try {
      return store.write(() => {
        stillThere(store, current);
        return write(current);
      });
    } catch (error) {
      if (!(error instanceof RoadmapChanged) || tries === MAX_REREADS) throw error;
      current = await loadRoadmap(store, current.id, now());
      reread(current);
    }
  }
}

/** A roadmap refreshed this many times during one command is refused (run it again) rather than chased. */
const MAX_REREADS = 5;

export async function loadRoadmap(store: Store, id: string, now: Date): Promise<LoadedRoadmap> {
  const record = store.getRoadmap(id);
  const tree = record && isCurrent(record) ? store.getTree(record.treeKey) : undefined;
  if (tree) return linked(withProgress(store, id, record!.origin, record!.treeKey, titled(withOutline(store, record!.treeKey, tree), record!.title)), record);
  const bytes = record?.origin === 'user' ? store.getContent(id) : readBundled(id);
  if (!bytes) throw new UserError(`unknown roadmap '${id}'`, { hint: 'roadmap list shows the roadmaps there are' });
  const origin = record?.origin ?? 'bundled';
  return linked((await installRoadmap(store, { id, origin, bytes, sourcePath: record?.sourcePath ?? null, name: `${id}.md`, now })).loaded, record);
}

/**
 * A roadmap fetched from the web has its relative links made absolute against its URL, so its
 * resources stay clickable (in show and the exports). The tree is this load's own copy, read from
 * the store, so it is changed in place; the stored tree (shared by any roadmap of that content) is not.
 */
function linked(loaded: LoadedRoadmap, record: RoadmapRecord | undefined): LoadedRoadmap {
  const base = record?.sourcePath;
  if (!base || !/^https?:\/\//i.test(base)) return loaded;
  const visit = (node: { resources: Resource[]; topics: Topic[]; sections?: Section[] }) => {
    for (const resource of node.resources) if (resource.url !== undefined) resource.url = absolute(resource.url, base);
    for (const topic of node.topics) visit(topic);
    for (const section of node.sections ?? []) visit(section);
  };
  for (const section of loaded.roadmap.sections) visit(section);
  for (const topic of loaded.roadmap.topics) visit(topic);
  return loaded;
}

function absolute(url: string, base: string): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('#')) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/**
 * Whether a stored roadmap's tree is that of its current markdown, without parsing it. A learner's
 * roadmap changes only through add or refresh, which store its tree (an older parser's tree is
 * not current); a bundled file may have changed with a new release of roadmap.
 */
function isCurrent(record: RoadmapRecord): boolean {
  return record.origin === 'user' ? record.treeKey.endsWith(`:p${PARSER_VERSION}`) : bundledKey(record.id) === record.treeKey;
}

/**
 * The section outline and statuses of a roadmap whose current tree is stored with one, or
 * undefined (then loadRoadmap does the whole work, and stores one).
 */
export function loadOutline(store: Store, id: string): { id: string; outline: Outline; placed: PlacedStatus[] } | undefined {
  const record = store.getRoadmap(id);
  if (!record) return undefined;
  const outline = isCurrent(record) ? store.getOutline(record.treeKey) : undefined;
  // A tree is shared by every roadmap with its content; the title made from a file's name is the roadmap's own.
  return outline ? { id, outline: { ...(JSON.parse(outline) as Outline), title: record.title }, placed: store.placedStatuses(id, record.treeKey) } : undefined;
}

/**
 * Put a version of a roadmap in the store: parse it (unless this content was parsed before), carry
 * the progress of an earlier version over, and start `- [x]` items done the first time.
 */
export async function installRoadmap(store: Store, source: InstallSource, onProgress?: ProgressReport): Promise<Installed> {
  return storeRoadmap(store, await prepareRoadmap(store, source, onProgress));
}

/** A roadmap read and checked, ready to store: nothing written yet. */
export interface PreparedRoadmap {
  source: InstallSource;
  key: string;
  roadmap: Roadmap;
  index: RoadmapIndex;
  /** The tree as text, when this content was parsed before (stored, or built with the package). */
  cached: string | undefined;
  /** Whether the store already holds that tree. */
  stored: boolean;
  notices: string[];
}

/** The parse half of installRoadmap: reads the store, writes nothing, refuses a file with nothing to track. */
export async function prepareRoadmap(store: Store, source: InstallSource, onProgress?: ProgressReport): Promise<PreparedRoadmap> {
  const key = treeKey(source.bytes);
  const stored = store.getTree(key);
  const cached = stored ?? (source.origin === 'bundled' ? prebuiltTree(key) : undefined);
  const { roadmap, notices } = cached
    ? { roadmap: titled(JSON.parse(cached) as Roadmap, untitledTitle(source)), notices: [] }
    : await readRoadmap(source, onProgress);
  const index = indexRoadmap(roadmap);
  if (source.origin === 'user' && index.leaves.length === 0) throw nothingToTrack(source.name);
  return { source, key, roadmap, index, cached, stored: stored !== undefined, notices };
}

/** The write half of installRoadmap, in one transaction (a savepoint inside a caller's). */
export function storeRoadmap(store: Store, prepared: PreparedRoadmap): Installed {
  const { source, key, roadmap, index, cached, stored, notices } = prepared;
  const at = source.now.toISOString();
  const outcome = store.write(() => {
    // Read again under the write lock: of two loads at once, one installs and the other sees it done.
    const before = store.getRoadmap(source.id);
    if (!stored || !store.getOutline(key)) storeTreeWithOutline(store, key, cached ?? JSON.stringify(roadmap), roadmap);
    let reconciled: Reconciled = { moves: [], orphans: [] };
    let splits: Split[] = [];
    if (before && before.treeKey !== key) {
      const old = store.getTree(before.treeKey);
      reconciled = reconcile(old ? indexRoadmap(JSON.parse(old) as Roadmap) : undefined, index, trackedTopics(store, source.id));
      for (const move of reconciled.moves) store.rekey(source.id, move.from, move.to);
      // Recorded as a first load's ticked items are: the tool's doing, not a command undo reverts.
      splits = splitTopics(index, store.statuses(source.id));
      const spread = splits.flatMap(({ topic, status, parts }) => [{ topicId: topic.id, title: topic.title, from: status, to: 'todo' as const }, ...parts]);
      store.recordChanges(source.id, { kind: 'load', command: 'refresh' }, spread, at);
    }
    store.putRoadmap(
      { id: source.id, title: roadmap.title, origin: source.origin, treeKey: key, addedAt: before?.addedAt ?? at, sourcePath: source.sourcePath },
      source.origin === 'user' ? source.bytes : undefined,
    );
    if (!before) store.recordChanges(source.id, { kind: 'load', command: 'load' }, initialStatuses(index, store.statuses(source.id)), at);
    return { reconciled, splits, first: !before };
  });
  return {
    ...outcome.reconciled,
    splits: outcome.splits,
    first: outcome.first,
    notices,
    loaded: withProgress(store, source.id, source.origin, key, roadmap, index),
  };
}

function withProgress(store: Store, id: string, origin: RoadmapRecord['origin'], treeKey: string, roadmap: Roadmap, built?: RoadmapIndex): LoadedRoadmap {
  const rows = store.progress(id);
  let index = built;
  // Orphans are progress rows whose topic the tree lacks: only worth looking for when there are rows.
  const ids = built ? built.byId : rows.length > 0 ? allIds(roadmap) : new Set<string>();
  return {
    id,
    origin,
    treeKey,
    roadmap,
    // Indexing a large roadmap takes a while, and `status` does not need it: made when first asked for.
    get index() {
      return (index ??= indexRoadmap(roadmap));
    },
    statuses: new Map(rows.map((row) => [row.topicId, row.status])),
    orphans: rows.filter((row) => row.status !== 'todo' && !ids.has(row.topicId)),
  };
}

function allIds(roadmap: Roadmap): Set<string> {
  const ids = new Set<string>();
  const topics = (list: readonly Topic[]) => {
    for (const topic of list) {
      ids.add(topic.id);
      if (topic.topics.length > 0) topics(topic.topics);
    }
  };
  const sections = (list: readonly Section[]) => {
    for (const section of list) {
      ids.add(section.id);
      topics(section.topics);
      sections(section.sections);
    }
  };
  topics(roadmap.topics);
  sections(roadmap.sections);
  return ids;
}

/** Parse a stored tree; a tree stored before outlines existed (schema 1) gets its outline now, once. */
function withOutline(store: Store, key: string, tree: string): Roadmap {
  const roadmap = JSON.parse(tree) as Roadmap;
  if (!store.getOutline(key)) store.write(() => storeTreeWithOutline(store, key, tree, roadmap));
  return roadmap;
}

function storeTreeWithOutline(store: Store, key: string, tree: string, roadmap: Roadmap): void {
  const { outline, leaves } = outlineOf(roadmap);
  store.putTree(key, tree, JSON.stringify(outline), leaves);
}

let prebuilt: Record<string, unknown> | undefined;

/** A bundled roadmap's tree as parsed at build time, if this content was. */
function prebuiltTree(key: string): string | undefined {
  try {
    prebuilt ??= JSON.parse(fs.readFileSync(path.join(packageRoot(), PREBUILT_TREES_FILE), 'utf8')) as Record<string, unknown>;
  } catch {
    prebuilt = {}; // not built (tests run from source): parse instead
  }
  return key in prebuilt ? JSON.stringify(prebuilt[key]) : undefined;
}

function trackedTopics(store: Store, id: string): Map<string, string> {
  const tracked = new Map(store.progress(id).map((row) => [row.topicId, row.title]));
  for (const note of store.notes(id)) if (!tracked.has(note.topicId)) tracked.set(note.topicId, '');
  return tracked;
}

export interface InstallSource {
  id: string;
  origin: RoadmapRecord['origin'];
  bytes: Uint8Array;
  sourcePath: string | null;
  /** How messages name it: the path typed, or "stdin". */
  name: string;
  /** What a roadmap whose document names no title is titled from, if not `name` (the id, for stdin). */
  titleFrom?: string;
  now: Date;
}

/**
 * Decode and parse a roadmap's bytes, storing nothing. Bundled roadmaps are ours and small: parsed
 * here. A user's file is parsed in fenced-in worker threads.
 */
export async function readRoadmap(
  source: Omit<InstallSource, 'id' | 'sourcePath' | 'now'>,
  onProgress?: ProgressReport,
): Promise<{ roadmap: Roadmap; notices: string[] }> {
  const { bytes, name } = source;
  let decoded: Decoded;
  try {
    decoded = decodeRoadmap(bytes);
  } catch (error) {
    if (error instanceof DecodeError) throw new UserError(`${name}: ${error.message}`, { exitCode: EXIT.data });
    throw error;
  }
  const title = untitledTitle(source);
  const diagram = roadmapShOf(decoded.text, name);
  if (diagram) {
    const { roadmap, grouping } = readRoadmapSh(diagram, title);
    return { roadmap, notices: [...decoded.notices, ...groupingNotice(grouping)].map((notice) => `${name}: ${notice}`) };
  }
  const roadmap =
    source.origin === 'bundled'
      ? (await import('#markdown-parser')).parseRoadmap(decoded.text, title)
      : await (await import('../markdown/parse-in-workers.js')).parseRoadmapInWorkers(decoded.text, name, title, onProgress);
  return { roadmap, notices: decoded.notices.map((notice) => `${name}: ${notice}`) };
}

/** A roadmap.sh diagram (JSON), or undefined for markdown; JSON that is no diagram is refused. */
function roadmapShOf(text: string, name: string): RoadmapShDocument | undefined {
  try {
    return roadmapShDocument(text);
  } catch (error) {
    if (error instanceof RoadmapShError) throw new UserError(`${name}: ${error.message}`, { exitCode: EXIT.data });
    throw error;
  }
}

/** A diagram's grouping is a guess from its layout: said, with how to correct it. */
function groupingNotice({ byLine, byGroup, byNearness }: Grouping): string[] {
  const total = byLine + byGroup + byNearness;
  if (total === 0) return [];
  const how = [
    [byLine, 'a line'],
    [byGroup, 'their box or stack'],
    [byNearness, 'nearness alone'],
  ]
    .filter(([count]) => (count as number) > 0)
    .map(([count, what]) => `${count} by ${what}`)
    .join(', ');
  return [
    `the subtopics under each topic are inferred from the diagram's layout (${how}); to correct them, roadmap export --format md -o <file.md>, edit it, and roadmap add it as your own`,
  ];
}

export function nothingToTrack(name: string): UserError {
  return new UserError(`${name}: nothing in it to track: no list items, table rows, lines of links or headings with text of their own`, {
    exitCode: EXIT.data,
    hint: 'topics are list items, table rows or headings (README: How a roadmap is read); nothing was stored',
  });
}

/** The title of a roadmap whose document names none: made from its file's name (or its id, for stdin). */
function untitledTitle(source: { name: string; titleFrom?: string }): string {
  return fallbackTitle(source.titleFrom ?? source.name);
}

/** A tree whose document names no title takes the title made for this roadmap. */
function titled(roadmap: Roadmap, title: string): Roadmap {
  return roadmap.untitled ? { ...roadmap, title } : roadmap;
}

/** `- [x]` items start done the first time a roadmap is loaded; items an export marked in progress or skipped start so. */
function initialStatuses(index: RoadmapIndex, statuses: StatusMap): StatusChange[] {
  return index.leaves.flatMap((leaf): StatusChange[] => {
    const to = leaf.startsAs ?? (leaf.checked ? 'done' : undefined);
    const from = statusOf(statuses, leaf.id);
    return to === undefined || from === to ? [] : [{ topicId: leaf.id, title: leaf.title, from, to }];
  });
}
