import { buildBackup } from '../catalog/backup.js';
import { outputTarget, writeAtomically } from '../catalog/output-file.js';
import { statsReport } from '../catalog/stats-report.js';
import { UserError } from '../errors.js';
import { type CardTheme, renderCard } from '../render/card.js';
import { renderHtml } from '../render/html.js';
import { renderJson } from '../render/json.js';
import { sanitize, sanitizeLines } from '../render/text.js';
import { computeProgress } from '../roadmap/progress.js';
import { localDay } from '../roadmap/stats.js';
import { toMarkdown } from '../roadmap/to-markdown.js';
import { loadActive } from './active.js';
import type { Context } from './context.js';
import type { ExportFormat } from './export-formats.js';

/** md: the active roadmap as a GFM checklist; html: a progress page; svg: a progress card; json: a complete backup of everything. */
export async function exportCommand(ctx: Context, options: { format: ExportFormat; output?: string; theme?: CardTheme }): Promise<void> {
  if (options.theme !== undefined && options.format !== 'svg') throw new UserError('--theme is for the svg card: roadmap export --format svg --theme dark');
  let text: string;
  if (options.format === 'json') {
    text = renderJson(await buildBackup(await ctx.store(), ctx.now()));
  } else {
    const active = await loadActive(ctx, { hint: options.output !== undefined });
    const { loaded, store } = active;
    if (options.format === 'md') {
      text = toMarkdown(loaded.roadmap, loaded.statuses);
    } else if (options.format === 'svg') {
      text = renderCard(computeProgress(loaded.roadmap, loaded.statuses), localDay(ctx.now()), options.theme ?? 'light');
    } else {
      const notes = new Map<string, { text: string; createdAt: string }[]>();
      for (const note of store.notes(loaded.id)) notes.set(note.topicId, [...(notes.get(note.topicId) ?? []), note]);
      text = renderHtml({
        id: loaded.id,
        progress: computeProgress(loaded.roadmap, loaded.statuses),
        notes,
        skipReasons: store.skipReasons(loaded.id),
        stats: statsReport(active, ctx.now()),
        generatedAt: ctx.now().toISOString(),
      });
    }
  }
  const target =
    options.output === undefined ? ({ kind: 'stream', fd: 1 } as const) : outputTarget(options.output, { cwd: ctx.io.cwd, database: ctx.location().path });
  if (target.kind === 'stream') {
    const stream = target.fd === 1 ? ctx.io.stdout : ctx.io.stderr;
    // A terminal draws what it is sent: the roadmap's own text reaches it only sanitised. Files and pipes get the true text.
    stream.write(stream.isTTY ? sanitizeLines(text) : text);
    return;
  }
  writeAtomically(target.path, text);
  ctx.notice(`Wrote ${sanitize(options.output!)}`);
}
