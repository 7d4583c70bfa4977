import fs from 'node:fs';
import { bundledIds } from '../catalog/bundled.js';
import { installRoadmap, type Installed } from '../catalog/load.js';
import { DEFAULT_MAX_BYTES, readSourceFile } from '../catalog/source-file.js';
import { EXIT, UserError } from '../errors.js';
import { slugify } from '../roadmap/ids.js';
import { sanitize } from '../render/text.js';
import { createProgress } from '../ui/progress.js';
import type { Context } from './context.js';

export interface AddOptions {
  id?: string;
  maxSize?: string;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Any markdown file becomes a roadmap; adding it again (same path or id) updates it and keeps progress. */
export async function add(ctx: Context, file: string, options: AddOptions): Promise<void> {
  if (options.id !== undefined && !ID_PATTERN.test(options.id)) {
    throw new UserError(`--id must be lower-case letters, digits and dashes, not '${options.id}'`);
  }
  if (file === '-' && ctx.io.stdinIsTTY) throw new UserError('roadmap add - reads the roadmap from standard input: pipe a file in', { hint: 'roadmap add - < my-roadmap.md' });
  const source = readSourceFile(file, {
    homedir: ctx.io.homedir,
    cwd: ctx.io.cwd,
    maxBytes: parseMaxSize(options.maxSize),
    readStdin: () => fs.readFileSync(0),
  });
  const store = await ctx.store();
  const existing = source.path ? store.roadmapBySource(source.path) : undefined;
  const id = options.id ?? existing?.id ?? (slugify(source.name) || 'my-roadmap');
  if (bundledIds().includes(id)) {
    throw new UserError(`'${id}' is the id of a bundled roadmap`, { hint: 'choose another with --id <id>' });
  }
  const before = store.getRoadmap(id);
  const progress = createProgress(ctx.io.stderr, ctx.io.env, `Reading ${file === '-' ? 'stdin' : file}…`);
  const installed = await installRoadmap(
    store,
    { id, origin: 'user', bytes: source.bytes, sourcePath: source.path, name: file === '-' ? 'stdin' : file, now: ctx.now() },
    progress.report,
  ).finally(() => progress.end());
  for (const notice of installed.notices) ctx.notice(ctx.errStyle.warn(sanitize(notice)));
  ctx.print(describeInstall(installed, before === undefined, ctx));
}

export function describeInstall(installed: Installed, added: boolean, ctx: Context): string {
  const { loaded } = installed;
  const leaves = loaded.index.leaves.length;
  const sections = loaded.index.nodes.filter((node) => node.type === 'section').length;
  const title = `${ctx.style.bold(loaded.id)}: ${sanitize(loaded.roadmap.title)} (${leaves} topics in ${sections} sections)`;
  const lines = [added ? `Added ${title}` : `Updated ${title}`];
  if (!added) {
    const kept = [...loaded.statuses.entries()].filter(([id, status]) => status !== 'todo' && loaded.index.byId.has(id)).length;
    lines.push(`Progress kept for ${kept} topic${kept === 1 ? '' : 's'}${installed.moves.length > 0 ? `, ${installed.moves.length} of them matched to a renamed or moved topic` : ''}.`);
    if (loaded.orphans.length > 0) lines.push(ctx.style.warn(`${loaded.orphans.length} topic${loaded.orphans.length === 1 ? '' : 's'} with progress no longer in the roadmap: kept as orphans (roadmap show --orphans -r ${loaded.id})`));
  }
  if (leaves === 0) lines.push(ctx.style.warn('No topics found: topics are list items under headings (see README: How a roadmap is read).'));
  lines.push(ctx.style.dim(`Work on it: roadmap use ${loaded.id}`));
  return `${lines.join('\n')}\n`;
}

function parseMaxSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const mib = Number(value);
  if (!Number.isFinite(mib) || mib <= 0) throw new UserError(`--max-size takes a size in MiB, not '${value}'`, { exitCode: EXIT.usage });
  return Math.floor(mib * 1024 * 1024);
}
