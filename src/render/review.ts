/** `roadmap review`: the topics due for review, and what a rating did; for people and as JSON. */
import { daysOverdue } from '../roadmap/review.js';
import type { Rating } from '../store/records.js';
import { SCHEMA_VERSION } from './json.js';
import type { Style } from './style.js';
import { sanitize, wrapLines } from './text.js';

/** A topic due for review, as review lists it. */
export interface DueReview {
  id: string;
  shortId: string;
  title: string;
  path: string[];
  due: string;
  learnedAt: string;
  reviewedAt: string | null;
  rating: Rating | null;
  reviews: number;
}

export interface ReviewListJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string };
  reviewsOff: boolean;
  /** The topics due now, the longest due first. */
  due: DueReview[];
}

export interface ReviewedJson {
  schemaVersion: typeof SCHEMA_VERSION;
  roadmap: { id: string };
  reviewed: { topicId: string; title: string; rating: Rating; due: string }[];
}

export function toReviewListJson(roadmapId: string, reviewsOff: boolean, due: readonly DueReview[]): ReviewListJson {
  return { schemaVersion: SCHEMA_VERSION, roadmap: { id: roadmapId }, reviewsOff, due: due.map((review) => ({ ...review, path: [...review.path] })) };
}

export function toReviewedJson(roadmapId: string, reviewed: readonly { topicId: string; title: string; rating: Rating; due: string }[]): ReviewedJson {
  return { schemaVersion: SCHEMA_VERSION, roadmap: { id: roadmapId }, reviewed: reviewed.map((review) => ({ ...review })) };
}

/** "today", "yesterday", "3 days ago": how long a review has been due. */
function dueWords(due: string, now: Date): string {
  const days = daysOverdue(due, now);
  return days === 0 ? 'due today' : days === 1 ? 'due since yesterday' : `due for ${days} days`;
}

/** The day of an ISO time, in the learner's time zone. */
function day(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function renderDueReviews(title: string, due: readonly DueReview[], now: Date, style: Style, columns?: number): string {
  if (due.length === 0) return `No reviews due in ${sanitize(title)}. ${style.dim('(topics you mark done come up for review after a few days)')}\n`;
  const lines = [`${due.length === 1 ? '1 review' : `${due.length} reviews`} due in ${sanitize(title)}:`];
  for (const review of due) {
    const last = review.reviewedAt ? `last reviewed ${day(review.reviewedAt)} (${review.rating})` : 'not reviewed yet';
    lines.push(
      `  ${style.accent(sanitize(review.shortId))}  ${sanitize(review.title)}  ${style.dim(`${dueWords(review.due, now)} · learned ${day(review.learnedAt)} · ${last}`)}`,
    );
  }
  return `${wrapLines(lines.join('\n'), columns)}\n`;
}

/** After a rating: when the topic comes up again. */
export function renderReviewed(reviewed: { title: string; rating: Rating; due: string }, now: Date, style: Style, columns?: number): string {
  const days = Math.max(1, Math.round((new Date(reviewed.due).getTime() - now.getTime()) / 86_400_000));
  const when = `next review in ${days === 1 ? '1 day' : `${days} days`} (${day(reviewed.due)})`;
  return `${wrapLines(`Reviewed ${sanitize(reviewed.title)}: ${reviewed.rating}; ${when}. ${style.dim('(undo: roadmap undo)')}`, columns)}\n`;
}

/** One line for status and next, only when reviews are due. */
export function renderReviewsDue(count: number, style: Style): string {
  if (count === 0) return '';
  return `${style.warn(count === 1 ? '1 review due' : `${count} reviews due`)} ${style.dim('(roadmap review)')}\n`;
}
