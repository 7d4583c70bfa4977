import { bundledIds } from '../catalog/bundled.js';
import { nothingToTrack, prepareRoadmap, readRoadmap, storeRoadmap } from '../catalog/load.js';
import { DEFAULT_MAX_BYTES, readBounded, readSourceFile } from '../catalog/source-file.js';
import { fetchMarkdown, isWebSource, markdownUrl, nameFromUrl, storeValidators } from '../catalog/web-source.js';
import { diagramHasNoBoxes } from '../catalog/write-back.js';
import { EXIT, UserError } from '../errors.js';
import { renderInstall, renderPreviewSummary } from '../render/install.js';
import { renderJson, toStatusJson } from '../render/json.js';
import { toInstalledJson } from '../render/json-changes.js';
import { renderStatus } from '../render/status.js';
import { sanitize } from '../render/text.js';
import { ROADMAP_ID, slugify } from '../roadmap/ids.js';
import { computeProgress } from '../roadmap/progress.js';
import { isDiagram } from '../roadmap/roadmap-sh.js';
import { indexRoadmap } from '../roadmap/tree-index.js';
import type { Roadmap } from '../roadmap/types.js';
import { createProgress } from '../ui/progress.js';
import { writeBackChanges } from './active.js';
import type { Context } from './context.js';

export interface AddOptions {
  id?: string;
  maxSize?: string;
  /** Print the tree that would be stored, and store nothing. */
  dryRun?: boolean;
  /** Tick the file's own boxes as topics are marked. */
  writeBack?: boolean;
  json?: boolean;
}

/** Any markdown file becomes a roadmap; adding it again (same path or id) updates it and keeps progress. */
export async function add(ctx: Context, file: string, options: AddOptions): Promise<void> {
  if (options.id !== undefined && !ROADMAP_ID.test(options.id)) {
    throw new UserError(`--id must be lower-case letters, digits and dashes, not '${options.id}'`);
  }
  if (file === '-' && options.writeBack)
    throw new UserError('add - --write-back: standard input is no file to write back to', { hint: 'roadmap add <file.md> --write-back' });
  if (file === '-' && ctx.io.stdinIsTTY)
    throw new UserError('add - reads the roadmap from standard input: pipe a file in', { hint: 'roadmap add - < my-roadmap.md' });
  const web = isWebSource(file);
  if (web && options.writeBack)
    throw new UserError('--write-back ticks a file of your own: a roadmap from the web has none', {
      hint: 'download it, then roadmap add <file.md> --write-back',
    });
  const fetched = web ? await fetchFromWeb(ctx, file, parseMaxSize(options.maxSize)) : undefined;
  const source =
    fetched?.source ??
    readSourceFile(file, {
      homedir: ctx.io.homedir,
      cwd: ctx.io.cwd,
      maxBytes: parseMaxSize(options.maxSize),
      readStdin: (limit) => readBounded(0, limit),
      folders: true,
    });
  // Piped markdown without --id is named by its title (it has no file name); untitled, it is "my-roadmap".
  const fromTitle = file === '-' && options.id === undefined;
  const named = options.id ?? (fromTitle ? UNTITLED_ID : slugify(source.name) || UNTITLED_ID);
  // Piped markdown with no title of its own is titled by the roadmap's id, a file by its name.
  const titleFrom = (id: string) => (file === '-' ? id : web ? source.name : file);
  if (options.dryRun) return preview(ctx, file, source.bytes, named, titleFrom(named), fromTitle, options.json === true);
  const store = await ctx.store();
  const existing = source.path ? store.roadmapBySource(source.path) : undefined;
  const chosen = options.id ?? existing?.id ?? named;
  if (!fromTitle) refuseBundledId(chosen);
  const progress = createProgress(ctx.io.stderr, ctx.io.env, `Reading ${file === '-' ? 'stdin' : file}…`, ctx.io.elapsedMs);
  const prepared = await prepareRoadmap(
    store,
    {
      id: chosen,
      origin: 'user',
      bytes: source.bytes,
      sourcePath: source.path,
      name: file === '-' ? 'stdin' : file,
      titleFrom: titleFrom(chosen),
      now: ctx.now(),
    },
    progress.report,
  ).finally(() => progress.end());
  const id = fromTitle ? idFromTitle(prepared.roadmap) : chosen;
  if (options.writeBack && isDiagram(prepared.roadmap)) throw diagramHasNoBoxes(id);
  if (fromTitle) refuseBundledId(id);
  const before = store.getRoadmap(id);
  // A piped roadmap named by its title never replaces another roadmap unasked.
  if (fromTitle && before) {
    throw new UserError(`there is a roadmap '${id}' already; nothing was changed`, {
      hint: `to update it: roadmap add - --id ${id}; to add this one beside it: roadmap add - --id <another id>`,
    });
  }
  const installed = storeRoadmap(store, { ...prepared, source: { ...prepared.source, id } });
  if (fetched) store.write(() => storeValidators(store, id, fetched.validators));
  for (const notice of installed.notices) ctx.notice(ctx.errStyle.warn(sanitize(notice)));
  ctx.print(options.json ? renderJson(toInstalledJson(installed, before === undefined)) : renderInstall(installed, before === undefined, ctx.style));
  if (options.writeBack) {
    store.write(() => store.setWriteBack(id, true));
    await writeBackChanges(ctx, store, id, 'all');
  }
}

const UNTITLED_ID = 'my-roadmap';

/** A roadmap from a URL, a GitHub page or github:owner/repo: its markdown, named by its URL. */
async function fetchFromWeb(ctx: Context, typed: string, maxBytes: number) {
  const url = markdownUrl(typed, ctx.io.env);
  ctx.notice(`Fetching ${sanitize(url)}`);
  const progress = createProgress(ctx.io.stderr, ctx.io.env, `Fetching ${url}…`, ctx.io.elapsedMs);
  const fetched = await fetchMarkdown(url, { maxBytes, env: ctx.io.env, onProgress: progress.report }).finally(() => progress.end());
  if (fetched.kind !== 'fresh') throw new Error('a first fetch answered 304');
  return { source: { bytes: fetched.bytes, path: url, name: nameFromUrl(url) }, validators: fetched };
}

function refuseBundledId(id: string): void {
  if (bundledIds().includes(id)) throw new UserError(`'${id}' is the id of a bundled roadmap`, { hint: 'choose another with --id <id>' });
}

function idFromTitle(roadmap: Roadmap): string {
  return roadmap.untitled ? UNTITLED_ID : slugify(roadmap.title) || UNTITLED_ID;
}

/** `add --dry-run`: the tree as `status --topics` would show it, from a parse that stores nothing. */
async function preview(ctx: Context, file: string, bytes: Uint8Array, named: string, titleFrom: string, fromTitle: boolean, json: boolean): Promise<void> {
  const name = file === '-' ? 'stdin' : file;
  const { roadmap, notices } = await readRoadmap({ origin: 'user', bytes, name, titleFrom });
  const id = fromTitle ? idFromTitle(roadmap) : named;
  for (const notice of notices) ctx.notice(ctx.errStyle.warn(sanitize(notice)));
  const index = indexRoadmap(roadmap);
  if (index.leaves.length === 0) throw nothingToTrack(name);
  const progress = computeProgress(roadmap, new Map());
  // --json: the document status --json would print for it (nothing is stored either way).
  if (json) return ctx.print(renderJson(toStatusJson(id, progress, 0, 0)));
  const shortIds = new Map(index.nodes.map((node) => [node.id, node.shortId]));
  ctx.print(renderStatus(progress, { roadmapId: id, style: ctx.style, columns: ctx.columns(), topics: true, shortIds, orphans: 0 }));
  ctx.print(renderPreviewSummary(roadmap, index, ctx.style));
}

function parseMaxSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const mib = Number(value);
  if (!Number.isFinite(mib) || mib <= 0) throw new UserError(`--max-size takes a size in MiB, not '${value}'`, { exitCode: EXIT.usage });
  return Math.floor(mib * 1024 * 1024);
}
