/** How long topics took: from first started (in progress) to finished (done), from the history. */
import type { Status } from './types.js';

const DAY = 86_400_000;

/** A topic's first start and its finish, when the history has them (times as ISO strings). */
export interface TopicSpan {
  started: string | null;
  finished: string | null;
}

/** Days from start to finish, to a tenth; null unless the topic is done and was started first. */
export function daysInProgress(span: TopicSpan, status: Status): number | null {
  if (status !== 'done' || span.started === null || span.finished === null || span.finished < span.started) return null;
  return Math.round((Date.parse(span.finished) - Date.parse(span.started)) / (DAY / 10)) / 10;
}

/** The median, to a tenth; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const value = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(value * 10) / 10;
}
