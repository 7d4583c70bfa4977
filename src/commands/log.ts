import { chooseRoadmapId } from '../catalog/load.js';
import { renderJson, toLogJson } from '../render/json.js';
import { renderLog } from '../render/log.js';
import { parseCount, parseSince } from './arguments.js';
import type { Context } from './context.js';

export interface LogOptions {
  since?: string;
  count?: string;
  json?: boolean;
}

/** Every roadmap's changes, newest first (so the first is what `undo` reverts); -r narrows it to one roadmap. */
export async function log(ctx: Context, options: LogOptions): Promise<void> {
  const since = options.since === undefined ? undefined : parseSince(options.since, ctx.now());
  const limit = options.count === undefined ? (options.json ? undefined : 20) : parseCount(options.count);
  const store = await ctx.store();
  const roadmap = ctx.options.roadmap === undefined ? null : chooseRoadmapId(store, ctx.options.roadmap).id;
  const filter = { ...(since ? { since: since.toISOString() } : {}), ...(limit ? { limit } : {}) };
  // Status changes, notes added or removed and reviews, newest first, as one history (each limited alike, then cut).
  const entries = [...store.events(roadmap, filter), ...store.noteChanges(roadmap, filter), ...store.reviewChanges(roadmap, filter)]
    .sort((a, b) => (a.at === b.at ? b.batchId - a.batchId : a.at < b.at ? 1 : -1))
    .slice(0, limit);
  const named = roadmap === null ? null : { id: roadmap, title: store.getRoadmap(roadmap)?.title ?? roadmap };
  ctx.print(options.json ? renderJson(toLogJson(named, entries)) : renderLog(named, entries, ctx.style, ctx.wrapColumns()));
}
