import { loadOutline, loadRoadmap } from '../catalog/load.js';
import { scheduleStanding } from '../catalog/stats-report.js';
import { renderJson, toStatusJson } from '../render/json.js';
import { renderReviewsDue } from '../render/review.js';
import { planLines } from '../render/stats.js';
import { renderStatus } from '../render/status.js';
import { wrap } from '../render/text.js';
import { progressFromOutline } from '../roadmap/outline.js';
import { computeProgress } from '../roadmap/progress.js';
import { chooseActive } from './active.js';
import type { Context } from './context.js';

export interface StatusOptions {
  json?: boolean;
  topics?: boolean;
}

export async function status(ctx: Context, options: StatusOptions): Promise<void> {
  const { store, id } = await chooseActive(ctx, { hint: !options.json });
  const layout = { roadmapId: id, style: ctx.style, columns: ctx.columns() };
  const reviewsDue = store.reviewsDue(id, ctx.now().toISOString());
  // The plain section tree comes from the stored outline when there is one: a large roadmap's
  // whole tree is then never read. Topics, JSON and schedules need the tree.
  if (!options.json && !options.topics) {
    const stored = loadOutline(store, id);
    if (stored && !stored.outline.planned && stored.outline.topLevelLeaves === 0) {
      const { progress, orphans } = progressFromOutline(stored.outline, stored.placed);
      ctx.print(renderStatus(progress, { ...layout, topics: false, shortIds: new Map(), orphans }) + renderReviewsDue(reviewsDue, ctx.style));
      return;
    }
  }
  const loaded = await loadRoadmap(store, id, ctx.now());
  const active = { store, loaded };
  const progress = computeProgress(loaded.roadmap, loaded.statuses);
  if (options.json) {
    ctx.print(renderJson(toStatusJson(loaded.id, progress, loaded.orphans.length, reviewsDue)));
    return;
  }
  ctx.print(
    renderStatus(progress, {
      ...layout,
      topics: options.topics === true,
      shortIds: options.topics ? new Map(loaded.index.nodes.map((node) => [node.id, node.shortId])) : new Map(),
      orphans: loaded.orphans.length,
    }) + renderReviewsDue(reviewsDue, ctx.style),
  );
  // Where the learner stands against the roadmap's own schedule, when it has one and they said when they began.
  const standing = scheduleStanding(active, ctx.now());
  if (standing && 'day' in standing) {
    const plan = planLines({ plan: standing, started: null }, ctx.style, () => 'Plan: ');
    ctx.print(`${plan.flatMap((line) => wrap(line, ctx.columns(), '      ')).join('\n')}\n`);
  }
}
