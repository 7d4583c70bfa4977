import { statsReport } from '../catalog/stats-report.js';
import { renderJson } from '../render/json.js';
import { toStatsJson } from '../render/json-reports.js';
import { renderStats } from '../render/stats.js';
import { loadActive } from './active.js';
import type { Context } from './context.js';

export async function stats(ctx: Context, options: { json?: boolean }): Promise<void> {
  const active = await loadActive(ctx, { hint: !options.json });
  const report = statsReport(active, ctx.now());
  ctx.print(options.json ? renderJson(toStatsJson(report)) : renderStats(report, ctx.style, ctx.columns()));
}
