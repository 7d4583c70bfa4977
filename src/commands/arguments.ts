/** Reading what the learner typed as a number or a date: strict, with the same words everywhere. */
import { UserError } from '../errors.js';

/** A count: digits only ("1e2", "0x2", "2.0" are refused like "abc"), at least 1. */
export function parseCount(value: string, flag = '-n'): number {
  const count = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(count) || count < 1) throw new UserError(`${flag} takes a whole number of at least 1, not '${value}'`);
  return count;
}

/**
 * "2026-11-01" (the learner's own day), an ISO date-time, or a span back from now: "3d", "2w". A
 * day that does not exist (2026-02-30) is refused, not moved to the next month.
 */
export function parseSince(value: string, now: Date, flag = '--since'): Date {
  const text = value.trim();
  const refuse = () => new UserError(`${flag} takes a date (2026-11-01), a date-time, or a span like 7d or 2w, not '${value}'`);
  const span = /^(\d+)([dw])$/.exec(text);
  if (span) return new Date(now.getTime() - Number(span[1]) * (span[2] === 'w' ? 7 : 1) * 86_400_000);
  const day = /^(\d{4})-(\d{2})-(\d{2})(?=$|T)/.exec(text);
  if (!day) throw refuse();
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const probe = new Date(Date.UTC(year, month - 1, date));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== date) throw refuse();
  const parsed = text.length === 10 ? new Date(year, month - 1, date) : new Date(text);
  if (Number.isNaN(parsed.getTime())) throw refuse();
  return parsed;
}
