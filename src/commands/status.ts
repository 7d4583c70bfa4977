import { computeProgress } from '../roadmap/progress.js';
import { renderJson, toStatusJson } from '../render/json.js';
import { renderStatus } from '../render/status.js';
import { truncate } from '../render/text.js';
import { planLines } from '../render/stats.js';
import { planOnly } from './stats.js';
import { loadActive } from './active.js';
import type { Context } from './context.js';

export interface StatusOptions {
  json?: boolean;
  topics?: boolean;
}

export async function status(ctx: Context, options: StatusOptions): Promise<void> {
  const active = await loadActive(ctx, { hint: !options.json });
  const { loaded } = active;
  const progress = computeProgress(loaded.roadmap, loaded.statuses);
  if (options.json) {
    ctx.print(renderJson(toStatusJson(loaded.id, progress, loaded.orphans.length)));
    return;
  }
  ctx.print(
    renderStatus(progress, {
      roadmapId: loaded.id,
      style: ctx.style,
      columns: ctx.columns(),
      topics: options.topics === true,
      shortIds: options.topics ? new Map(loaded.index.nodes.map((node) => [node.id, node.shortId])) : new Map(),
      orphans: loaded.orphans.length,
    }),
  );
  // Where the learner stands against the roadmap's own schedule, when it has one and they said when they began.
  const standing = planOnly(active, ctx.now());
  if (standing && 'day' in standing) {
    const plan = planLines({ plan: standing, started: null }, ctx.style, () => 'Plan: ');
    ctx.print(`${plan.map((line) => truncate(line, ctx.columns())).join('\n')}\n`);
  }
}
