import { checkRoadmapId, loadRoadmap } from '../catalog/load.js';
import { recordStart, startedOn } from '../catalog/started.js';
import { UserError } from '../errors.js';
import { renderNowUsing } from '../render/changes.js';
import { renderJson } from '../render/json.js';
import { toUsedJson } from '../render/json-changes.js';
import { computeProgress } from '../roadmap/progress.js';
import { localDay } from '../roadmap/stats.js';
import { parseSince } from './arguments.js';
import type { Context } from './context.js';

export async function use(ctx: Context, roadmapId: string, options: { since?: string; json?: boolean } = {}): Promise<void> {
  const since = options.since === undefined ? undefined : parseSince(options.since, ctx.now());
  if (since && since.getTime() > ctx.now().getTime()) throw new UserError(`--since ${options.since} is in the future: say the day you started`);
  const store = await ctx.store();
  const id = checkRoadmapId(store, roadmapId);
  const loaded = await loadRoadmap(store, id, ctx.now());
  store.write(() => {
    store.setMeta('active', id);
    recordStart(store, id, since ?? ctx.now(), since !== undefined);
  });
  const progress = computeProgress(loaded.roadmap, loaded.statuses);
  if (options.json) {
    const started = startedOn(store, id);
    ctx.print(renderJson(toUsedJson({ id, title: loaded.roadmap.title }, progress, started ? localDay(started) : null)));
  } else ctx.print(renderNowUsing(id, loaded.roadmap.title, progress, ctx.style));
}
