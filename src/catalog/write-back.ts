/**
 * Write-back: a status change of a roadmap added from the learner's own file ticks that topic's
 * task item in the file itself (`[ ]` → `[x]` on done, back otherwise). Only the character in the
 * box changes, and only when the file is as roadmap last read or wrote it; a file edited since is
 * read again first (its progress re-anchored as refresh does), then written. Places are lines and
 * the column an item starts at, which a repair of garbled text (always after the item's marker,
 * never a line break) leaves where they are.
 */
import fs from 'node:fs';
import { EXIT, UserError } from '../errors.js';
import { tickCheckboxes } from '../roadmap/checkboxes.js';
import { contentHash } from '../roadmap/content-hash.js';
import { statusOf } from '../roadmap/progress.js';
import { isDiagram } from '../roadmap/roadmap-sh.js';
import type { Roadmap, Topic } from '../roadmap/types.js';
import type { Store } from '../store/db.js';
import { installRoadmap, type LoadedRoadmap, loadRoadmap } from './load.js';
import { writeAtomically } from './output-file.js';
import { DEFAULT_MAX_BYTES, readSourceFile } from './source-file.js';
import { isWebSource } from './web-source.js';

export interface WrittenBack {
  /** The file, as its path was given. */
  file: string;
  /** Boxes ticked, and cleared. */
  ticked: number;
  cleared: number;
  /** Topics of the change the file has no task item for (a plain bullet, a heading, a table row). */
  cannotShow: string[];
  /** The file had been edited since roadmap read it: it was read again first. */
  refreshed: boolean;
}

interface Where {
  homedir: string;
  cwd: string;
  now: Date;
}

/** Whether write-back can be on for a roadmap: one added from a file (not bundled, not standard input). Throws why not. */
export function checkWriteBackable(store: Store, roadmapId: string): string {
  const record = store.getRoadmap(roadmapId);
  if (record?.origin !== 'user')
    throw new UserError(`${roadmapId} is a bundled roadmap: write-back ticks the boxes of a file of your own`, { hint: 'roadmap add <file.md> --write-back' });
  if (!record.sourcePath)
    throw new UserError(`${roadmapId} was added from standard input: there is no file to write back to`, {
      hint: `roadmap add <file.md> --id ${roadmapId} --write-back`,
    });
  if (isWebSource(record.sourcePath))
    throw new UserError(`${roadmapId} came from the web (${record.sourcePath}): there is no file of yours to write back to`, {
      hint: 'download it, then roadmap add <file.md> --write-back',
    });
  const tree = store.getTree(record.treeKey);
  if (tree !== undefined && isDiagram(JSON.parse(tree) as Roadmap)) throw diagramHasNoBoxes(roadmapId);
  return record.sourcePath;
}

export function diagramHasNoBoxes(roadmapId: string): UserError {
  return new UserError(`${roadmapId} is a roadmap.sh diagram: write-back ticks the [ ] boxes of a markdown checklist, and it has none`, {
    hint: `roadmap export --format md -r ${roadmapId} -o <file.md>, then roadmap add <file.md> --write-back`,
  });
}

/**
 * Tick the boxes of `topicIds` (leaf topics; 'all': every one) to their statuses now. Undefined
 * when write-back is off. Call after the change is committed: a file that cannot be written is an
 * error that says the change itself is saved.
 */
export async function writeBack(store: Store, roadmapId: string, topicIds: readonly string[] | 'all', where: Where): Promise<WrittenBack | undefined> {
  const { on, writtenHash } = store.writeBack(roadmapId);
  if (!on) return undefined;
  const file = checkWriteBackable(store, roadmapId);
  const saved = (why: string, exitCode: UserError['exitCode'] = EXIT.cantCreate) =>
    new UserError(`${why}; your change is saved in roadmap, but ${file} was not ticked`, {
      exitCode,
      hint: `roadmap write-back off ${roadmapId} stops writing to it`,
    });
  let source: ReturnType<typeof readSourceFile>;
  try {
    source = readSourceFile(file, { ...where, maxBytes: DEFAULT_MAX_BYTES, readStdin: () => Buffer.alloc(0) });
  } catch (error) {
    if (error instanceof UserError) throw saved(error.message, error.exitCode);
    throw error;
  }
  const hash = contentHash(source.bytes);
  const stored = store.getContent(roadmapId);
  const asLeft = hash === writtenHash || (stored !== undefined && hash === contentHash(stored));
  if (!asLeft) {
    // Edited since: read it again (progress carried over as refresh does), then tick the new version.
    await installRoadmap(store, {
      id: roadmapId,
      origin: 'user',
      bytes: source.bytes,
      sourcePath: file,
      name: `${roadmapId}.md`,
      titleFrom: file,
      now: where.now,
    });
  }
  const loaded = await loadRoadmap(store, roadmapId, where.now);
  const { ticks, cannotShow } = ticksFor(loaded, topicIds === 'all' ? loaded.index.leaves.map((leaf) => leaf.id) : topicIds);
  const result = tickCheckboxes(source.bytes, ticks);
  // A box not where the parser saw it (never, for a file as it was read): left alone, and named.
  for (const place of result.missing) cannotShow.push(ticks.find((tick) => tick.place === place)!.title);
  if (result.changed > 0) {
    try {
      writeAtomically(source.path ?? file, result.bytes, fs.statSync(source.path ?? file).mode & 0o7777);
    } catch (error) {
      if (error instanceof UserError) throw saved(error.message);
      throw error;
    }
  }
  store.write(() => store.setWriteBack(roadmapId, true, contentHash(result.bytes)));
  return { file, ticked: result.ticked, cleared: result.cleared, cannotShow, refreshed: !asLeft };
}

/**
 * Each topic's box as its status says: ticked when done; a parent topic's when every topic below it
 * is done. The topics changed and the parent topics above them; topics without a box are named.
 */
function ticksFor(loaded: LoadedRoadmap, topicIds: readonly string[]) {
  const ticks: { place: NonNullable<Topic['checkbox']>; checked: boolean; title: string }[] = [];
  const cannotShow: string[] = [];
  const seen = new Set<string>();
  for (const id of topicIds) {
    for (
      let node = loaded.index.byId.get(id);
      node?.type === 'topic' && !seen.has(node.id);
      node = node.parentTopicId ? loaded.index.byId.get(node.parentTopicId) : undefined
    ) {
      seen.add(node.id);
      const place = (node.source as Topic).checkbox;
      const checked = node.leafIds.every((leaf) => statusOf(loaded.statuses, leaf) === 'done');
      if (place) ticks.push({ place, checked, title: node.title });
      else if (node.leafIds.length === 1) cannotShow.push(node.title);
    }
  }
  return { ticks, cannotShow };
}
