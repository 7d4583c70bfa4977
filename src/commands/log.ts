import { renderJson, toLogJson } from '../render/json.js';
import { renderLog } from '../render/log.js';
import { loadActive } from './active.js';
import { parseCount, parseSince } from './arguments.js';
import type { Context } from './context.js';

export interface LogOptions {
  since?: string;
  count?: string;
  json?: boolean;
}

export async function log(ctx: Context, options: LogOptions): Promise<void> {
  const since = options.since === undefined ? undefined : parseSince(options.since, ctx.now());
  const limit = options.count === undefined ? (options.json ? undefined : 20) : parseCount(options.count);
  const { store, loaded } = await loadActive(ctx, { hint: !options.json });
  const events = store
    .events(loaded.id, { ...(since ? { since: since.toISOString() } : {}), ...(limit ? { limit } : {}) })
    .filter((event) => event.kind !== 'load');
  const roadmap = { id: loaded.id, title: loaded.roadmap.title };
  ctx.print(options.json ? renderJson(toLogJson(roadmap, events)) : renderLog(roadmap, events, ctx.style));
}
