import { UserError } from '../errors.js';
import { renderJson, toLogJson } from '../render/json.js';
import { renderLog } from '../render/log.js';
import { loadActive } from './active.js';
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
  const events = store.events(loaded.id, { ...(since ? { since: since.toISOString() } : {}), ...(limit ? { limit } : {}) }).filter((event) => event.kind !== 'load');
  const roadmap = { id: loaded.id, title: loaded.roadmap.title };
  ctx.print(options.json ? renderJson(toLogJson(roadmap, events)) : renderLog(roadmap, events, ctx.style));
}

/** "2026-11-01", an ISO date-time, or a span back from now: "3d", "2w". */
export function parseSince(value: string, now: Date): Date {
  const span = /^(\d+)([dw])$/.exec(value.trim());
  if (span) return new Date(now.getTime() - Number(span[1]) * (span[2] === 'w' ? 7 : 1) * 86_400_000);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? new Date(`${value.trim()}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new UserError(`--since takes a date (2026-11-01), a date-time, or a span like 7d or 2w, not '${value}'`);
  return date;
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new UserError(`-n takes a whole number of at least 1, not '${value}'`);
  return count;
}
