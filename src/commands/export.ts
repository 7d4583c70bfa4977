import fs from 'node:fs';
import path from 'node:path';
import { buildBackup } from '../catalog/backup.js';
import { EXIT, UserError } from '../errors.js';
import { toMarkdown } from '../roadmap/to-markdown.js';
import { computeProgress } from '../roadmap/progress.js';
import { renderHtml } from '../render/html.js';
import { renderJson } from '../render/json.js';
import { statsReport } from './stats.js';
import { loadActive } from './active.js';
import type { Context } from './context.js';
import type { ExportFormat } from './export-formats.js';

/** md: the active roadmap as a GFM checklist; json: a complete backup of everything. */
export async function exportCommand(ctx: Context, options: { format: ExportFormat; output?: string }): Promise<void> {
  let text: string;
  if (options.format === 'json') {
    text = renderJson(await buildBackup(await ctx.store(), ctx.now()));
  } else {
    const active = await loadActive(ctx, { hint: options.output !== undefined });
    const { loaded, store } = active;
    if (options.format === 'md') {
      text = toMarkdown(loaded.roadmap, loaded.statuses);
    } else {
      const notes = new Map<string, { text: string; createdAt: string }[]>();
      for (const note of store.notes(loaded.id)) notes.set(note.topicId, [...(notes.get(note.topicId) ?? []), note]);
      text = renderHtml({
        id: loaded.id,
        progress: computeProgress(loaded.roadmap, loaded.statuses),
        notes,
        stats: statsReport(active, ctx.now()),
        generatedAt: ctx.now().toISOString(),
      });
    }
  }
  if (options.output === undefined || options.output === '-') {
    ctx.print(text);
    return;
  }
  writeAtomically(path.resolve(ctx.io.cwd, options.output), text);
  ctx.notice(`Wrote ${options.output}`);
}

/** Write beside the target and rename over it, so a crash never leaves half a backup. */
function writeAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EROFS') {
      throw new UserError(`cannot write ${file} (${code})`, { exitCode: EXIT.cantCreate });
    }
    throw error;
  }
}
