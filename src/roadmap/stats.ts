/** Pace, streaks and estimates from the learner's own history (all dates in their time zone). */
import type { PlanStanding } from './schedule.js';

export interface Completion {
  /** When a topic was marked done (a change that was not undone). */
  at: Date;
  /** How many topics were marked done then (1 when absent). */
  count?: number;
}

const many = ({ count }: Completion) => count ?? 1;
const total = (completions: readonly Completion[]) => completions.reduce((sum, completion) => sum + many(completion), 0);

export interface WeekCount {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  done: number;
}

export interface Pace {
  /** Topics a week, or null when there is not enough history to say. */
  perWeek: number | null;
  completions: number;
  days: number;
}

/** Estimates start once there are this many completions over at least this many days (as Taskwarrior waits for history). */
export const MIN_COMPLETIONS = 5;
export const MIN_DAYS = 14;
/** Pace is measured over the most recent four weeks, or all of the history when it is shorter. */
const PACE_WINDOW_DAYS = 28;

const DAY_MS = 86_400_000;

export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function mondayOf(date: Date): Date {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day;
}

/**
 * Topics done in each of the last `weeks` weeks, oldest first, the current week last; none from
 * before the week the learner started (`since`), so a new learner is not shown weeks they never had.
 */
export function perWeek(completions: readonly Completion[], now: Date, weeks: number, since?: Date): WeekCount[] {
  const current = mondayOf(now);
  const weeksSince = since ? Math.round((current.getTime() - mondayOf(since).getTime()) / (7 * DAY_MS)) + 1 : weeks;
  const shown = Math.max(1, Math.min(weeks, weeksSince));
  // Each week's first moment, and the next Monday's after the last, from the learner's own calendar
  // (a week across a clock change is not 7 × 24 h): a completion is counted in the week it falls in, if any.
  const counts: WeekCount[] = [];
  const bounds: number[] = [];
  for (let i = shown - 1; i >= -1; i--) {
    const start = new Date(current);
    start.setDate(start.getDate() - 7 * i);
    bounds.push(start.getTime());
    if (i >= 0) counts.push({ week: localDay(start), done: 0 });
  }
  for (const completion of completions) {
    const time = completion.at.getTime();
    if (time < bounds[0] || time >= bounds[counts.length]) continue;
    let i = counts.length - 1;
    while (time < bounds[i]) i--;
    counts[i].done += many(completion);
  }
  return counts;
}

/** Days in a row with at least one topic done: the current run (alive until today ends) and the longest. */
export function streaks(completions: readonly Completion[], now: Date): { current: number; longest: number } {
  const days = new Set<string>();
  // One local day worked out per day, not per completion: the next completion is most often the same day.
  let day: { start: number; end: number } | undefined;
  for (const { at } of completions) {
    const time = at.getTime();
    if (day && time >= day.start && time < day.end) continue;
    const start = new Date(at.getFullYear(), at.getMonth(), at.getDate());
    day = { start: start.getTime(), end: new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1).getTime() };
    days.add(localDay(start));
  }
  const step = (day: string, by: number) => {
    const [y, m, d] = day.split('-').map(Number);
    return localDay(new Date(y, m - 1, d + by));
  };
  let longest = 0;
  for (const day of days) {
    if (days.has(step(day, -1))) continue;
    let length = 1;
    for (let next = step(day, 1); days.has(next); next = step(next, 1)) length++;
    longest = Math.max(longest, length);
  }
  let current = 0;
  for (let on = days.has(localDay(now)) ? localDay(now) : step(localDay(now), -1); days.has(on); on = step(on, -1)) current++;
  return { current, longest };
}

export function pace(completions: readonly Completion[], now: Date): Pace {
  const done = total(completions);
  if (done === 0) return { perWeek: null, completions: 0, days: 0 };
  let first = Number.POSITIVE_INFINITY;
  for (const { at } of completions) first = Math.min(first, at.getTime());
  const days = Math.max(0, (now.getTime() - first) / DAY_MS);
  if (done < MIN_COMPLETIONS || days < MIN_DAYS) return { perWeek: null, completions: done, days: Math.floor(days) };
  const window = Math.min(PACE_WINDOW_DAYS, days);
  const recent = total(completions.filter(({ at }) => now.getTime() - at.getTime() <= window * DAY_MS));
  return { perWeek: Math.round(((recent * 7) / window) * 10) / 10, completions: done, days: Math.floor(days) };
}

/**
 * Topics done by the end of each week shown: what was done before the first week (a checked item
 * of the first load, an import), then each week's. Done topics later reset can make the history
 * count more than is done now: the line then starts at 0.
 */
export function cumulativeDone(report: Pick<StatsReport, 'weeks' | 'done'>): { before: number; points: { week: string; value: number }[] } {
  const before = Math.max(0, report.done - report.weeks.reduce((sum, week) => sum + week.done, 0));
  let total = before;
  return { before, points: report.weeks.map((week) => ({ week: week.week, value: (total += week.done) })) };
}

/** When `remaining` topics will be done at this pace; null without a pace, or when nothing moves. */
export function finishDate(remaining: number, perWeekPace: number | null, now: Date): Date | null {
  if (remaining === 0) return now;
  if (!perWeekPace || perWeekPace <= 0) return null;
  return new Date(now.getTime() + Math.ceil((remaining / perWeekPace) * 7) * DAY_MS);
}

/** Everything `roadmap stats` tells, as plain data for the renderers. */
export interface StatsReport {
  roadmap: { id: string; title: string };
  now: Date;
  started: Date | null;
  weeks: WeekCount[];
  streak: { current: number; longest: number };
  pace: Pace;
  remaining: number;
  finish: Date | null;
  sections: { id: string; title: string; remaining: number; finish: Date | null }[];
  plan: (PlanStanding & { planned: number }) | { planned: number } | null;
  total: number;
  /** Done or skipped (what the percent counts). */
  finished: number;
  /** Done: what the weeks count, and the chart of progress over time draws. */
  done: number;
  /** Reviews of what was learned: null when they are off for the roadmap. */
  reviews: ReviewStanding | null;
  /** Days from start to done: the median per topic, and per phase (topics started before they were done). */
  time: TimeTaken;
}

interface TimeTaken {
  medianDays: number | null;
  /** How many topics the median is over. */
  topics: number;
  sections: { id: string; title: string; medianDays: number; topics: number }[];
}

export interface ReviewStanding {
  /** Reviews made (not undone). */
  done: number;
  /** Of those, rated good or easy. */
  remembered: number;
  /** Topics due for review now, and in the 7 days after. */
  dueNow: number;
  dueThisWeek: number;
}

/** The share of reviews rated good or easy, in whole percent; null before the first review. */
export function retention(reviews: Pick<ReviewStanding, 'done' | 'remembered'>): number | null {
  return reviews.done === 0 ? null : Math.round((100 * reviews.remembered) / reviews.done);
}
