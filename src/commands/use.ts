import { checkRoadmapId, loadRoadmap } from '../catalog/load.js';
import { recordStart } from '../catalog/started.js';
import { UserError } from '../errors.js';
import { renderNowUsing } from '../render/changes.js';
import { computeProgress } from '../roadmap/progress.js';
import { parseSince } from './arguments.js';
import type { Context } from './context.js';

export async function use(ctx: Context, roadmapId: string, options: { since?: string } = {}): Promise<void> {
  const since = options.since === undefined ? undefined : parseSince(options.since, ctx.now());
  if (since && since.getTime() > ctx.now().getTime()) throw new UserError(`--since ${options.since} is in the future: say the day you started`);
  const store = await ctx.store();
  const id = checkRoadmapId(store, roadmapId);
  const loaded = await loadRoadmap(store, id, ctx.now());
  store.write(() => {
    store.setMeta('active', id);
    recordStart(store, id, since ?? ctx.now(), since !== undefined);
  });
  ctx.print(renderNowUsing(id, loaded.roadmap.title, computeProgress(loaded.roadmap, loaded.statuses), ctx.style));
}
