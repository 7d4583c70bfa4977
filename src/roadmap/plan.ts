/**
 * Schedules written into roadmaps: "WEEK 3", "(Month 3–4)", "Backend Roadmap (4–6 Weeks)", "14 weeks".
 * A window says when, from the day the learner started; a duration says only how long.
 */

import type { Plan } from './types.js';

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
const DASH = String.raw`\s*(?:-|\u2013|\u2014|to)\s*`; // hyphen, en dash, em dash
const UNIT = String.raw`(day|week|month|year)s?`;
// "Week 3", "Day01~20", "Day21~Day30": the unit, a number, maybe a range.
const WINDOW = new RegExp(String.raw`\b${UNIT}\s*(\d{1,3})(?:(?:${DASH}|\s*~\s*)(?:${UNIT}\s*)?(\d{1,3}))?\b`, 'i');
const DURATION = new RegExp(String.raw`\b(\d{1,3}(?:\.\d+)?)(?:${DASH}(\d{1,3}(?:\.\d+)?))?\s*${UNIT}\b`, 'i');

/** A schedule in a heading or a table cell, if it has one. A range of durations plans its upper end. */
export function parsePlan(text: string): Plan | undefined {
  const window = WINDOW.exec(text);
  if (window) {
    const unit = UNIT_DAYS[window[1].toLowerCase()];
    const first = Number(window[2]);
    const last = window[4] === undefined ? first : Number(window[4]);
    if (first >= 1 && last >= first) return { from: (first - 1) * unit, to: last * unit, text: window[0] };
  }
  const duration = DURATION.exec(text);
  if (duration) {
    const unit = UNIT_DAYS[duration[3].toLowerCase()];
    const amount = Number(duration[2] ?? duration[1]);
    if (amount > 0) return { to: Math.round(amount * unit), text: duration[0] };
  }
  return undefined;
}
