import { bundledIds } from '../catalog/bundled.js';
import { type Installed, installRoadmap, nothingToTrack, readRoadmap } from '../catalog/load.js';
import { DEFAULT_MAX_BYTES, readBounded, readSourceFile } from '../catalog/source-file.js';
import { EXIT, UserError } from '../errors.js';
import { renderStatus } from '../render/status.js';
import { sanitize } from '../render/text.js';
import { ROADMAP_ID, slugify } from '../roadmap/ids.js';
import { computeProgress } from '../roadmap/progress.js';
import { describeFound, shapeWarnings } from '../roadmap/shape-report.js';
import { indexRoadmap, type RoadmapIndex } from '../roadmap/tree-index.js';
import type { Roadmap } from '../roadmap/types.js';
import { createProgress } from '../ui/progress.js';
import type { Context } from './context.js';

export interface AddOptions {
  id?: string;
  maxSize?: string;
  /** Print the tree that would be stored, and store nothing. */
  dryRun?: boolean;
}

/** Any markdown file becomes a roadmap; adding it again (same path or id) updates it and keeps progress. */
export async function add(ctx: Context, file: string, options: AddOptions): Promise<void> {
  if (options.id !== undefined && !ROADMAP_ID.test(options.id)) {
    throw new UserError(`--id must be lower-case letters, digits and dashes, not '${options.id}'`);
  }
  if (file === '-' && ctx.io.stdinIsTTY)
    throw new UserError('roadmap add - reads the roadmap from standard input: pipe a file in', { hint: 'roadmap add - < my-roadmap.md' });
  const source = readSourceFile(file, {
    homedir: ctx.io.homedir,
    cwd: ctx.io.cwd,
    maxBytes: parseMaxSize(options.maxSize),
    readStdin: (limit) => readBounded(0, limit),
  });
  const named = options.id ?? (slugify(source.name) || 'my-roadmap');
  // Piped markdown with no title of its own is titled by the roadmap's id, a file by its name.
  const titleFrom = (id: string) => (file === '-' ? id : file);
  if (options.dryRun) return preview(ctx, file, source.bytes, named, titleFrom(named));
  const store = await ctx.store();
  const existing = source.path ? store.roadmapBySource(source.path) : undefined;
  const id = options.id ?? existing?.id ?? named;
  if (bundledIds().includes(id)) {
    throw new UserError(`'${id}' is the id of a bundled roadmap`, { hint: 'choose another with --id <id>' });
  }
  const before = store.getRoadmap(id);
  const progress = createProgress(ctx.io.stderr, ctx.io.env, `Reading ${file === '-' ? 'stdin' : file}…`, ctx.io.elapsedMs);
  const installed = await installRoadmap(
    store,
    { id, origin: 'user', bytes: source.bytes, sourcePath: source.path, name: file === '-' ? 'stdin' : file, titleFrom: titleFrom(id), now: ctx.now() },
    progress.report,
  ).finally(() => progress.end());
  for (const notice of installed.notices) ctx.notice(ctx.errStyle.warn(sanitize(notice)));
  ctx.print(describeInstall(installed, before === undefined, ctx));
}

export function describeInstall(installed: Installed, added: boolean, ctx: Context): string {
  const { loaded } = installed;
  const title = `${ctx.style.bold(loaded.id)}: ${sanitize(loaded.roadmap.title)} (${describeTree(loaded.roadmap, loaded.index)})`;
  const lines = [added ? `Added ${title}` : `Updated ${title}`, ...treeWarnings(loaded.roadmap, ctx)];
  if (!added) {
    const kept = [...loaded.statuses.entries()].filter(([id, status]) => status !== 'todo' && loaded.index.byId.has(id)).length;
    lines.push(
      `Progress kept for ${kept} topic${kept === 1 ? '' : 's'}${installed.moves.length > 0 ? `, ${installed.moves.length} of them matched to a renamed or moved topic` : ''}.`,
    );
    if (loaded.orphans.length > 0)
      lines.push(
        ctx.style.warn(
          `${loaded.orphans.length} topic${loaded.orphans.length === 1 ? '' : 's'} with progress no longer in the roadmap: kept as orphans (roadmap show --orphans -r ${loaded.id})`,
        ),
      );
  }
  lines.push(ctx.style.dim(`Work on it: roadmap use ${loaded.id}`));
  return `${lines.join('\n')}\n`;
}

/** `add --dry-run`: the tree as `status --topics` would show it, from a parse that stores nothing. */
async function preview(ctx: Context, file: string, bytes: Uint8Array, id: string, titleFrom: string): Promise<void> {
  const name = file === '-' ? 'stdin' : file;
  const { roadmap, notices } = await readRoadmap({ origin: 'user', bytes, name, titleFrom });
  for (const notice of notices) ctx.notice(ctx.errStyle.warn(sanitize(notice)));
  const index = indexRoadmap(roadmap);
  if (index.leaves.length === 0) throw nothingToTrack(name);
  const progress = computeProgress(roadmap, new Map());
  const shortIds = new Map(index.nodes.map((node) => [node.id, node.shortId]));
  ctx.print(renderStatus(progress, { roadmapId: id, style: ctx.style, columns: ctx.columns(), topics: true, shortIds, orphans: 0 }));
  const lines = [`Would add ${sanitize(roadmap.title)}: ${describeTree(roadmap, index)}. Nothing was stored.`, ...treeWarnings(roadmap, ctx)];
  ctx.print(`${lines.join('\n')}\n`);
}

/** "12 topics in 4 sections, from 9 list items and 3 headings": what add and add --dry-run report. */
function describeTree(roadmap: Roadmap, index: RoadmapIndex): string {
  const sections = index.nodes.filter((node) => node.type === 'section').length;
  const found = describeFound(roadmap);
  return `${index.leaves.length} topics in ${sections} sections${found === '' ? '' : `, ${found}`}`;
}

function treeWarnings(roadmap: Roadmap, ctx: Context): string[] {
  return shapeWarnings(roadmap).map((warning) => ctx.style.warn(sanitize(warning)));
}

function parseMaxSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const mib = Number(value);
  if (!Number.isFinite(mib) || mib <= 0) throw new UserError(`--max-size takes a size in MiB, not '${value}'`, { exitCode: EXIT.usage });
  return Math.floor(mib * 1024 * 1024);
}
