/**
 * Reviews of what was learned, as plain data: which topics are due, and how overdue. The schedule
 * itself is FSRS's (ts-fsrs, in src/review/scheduler.ts); a topic's due date is stored with each
 * review, so nothing here schedules.
 */

/**
 * Days from learning a topic (marking it done) to its first review: what FSRS with its default
 * parameters gives a new card rated good (test/review/scheduler.test.ts checks it against ts-fsrs).
 * Learning a topic counts as that first rating, so a topic never reviewed is due this long after.
 */
export const FIRST_REVIEW_DAYS = 3;

const DAY = 86_400_000;

/** Whole days a review due at `due` is overdue at `now` (0 when it is due today or not yet). */
export function daysOverdue(due: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(due).getTime()) / DAY));
}
