/** What `stats` reports (and `export` and `status` show part of): the learner's history read from the store, computed by the core. */

import { countLeaves, statusOf } from '../roadmap/progress.js';
import { planStanding, planWindows } from '../roadmap/schedule.js';
import type { StatsReport } from '../roadmap/stats.js';
import { finishDate, pace, perWeek, streaks } from '../roadmap/stats.js';
import { daysInProgress, median } from '../roadmap/topic-time.js';
import type { Tracked } from './load.js';
import { startedOn } from './started.js';

/** Weeks in the "Progress over time" chart. */
const WEEKS_SHOWN = 8;

export function statsReport({ store, loaded }: Tracked, now: Date): StatsReport {
  const { index, statuses, roadmap } = loaded;
  const completions = store.completions(loaded.id).map(({ minute, count }) => ({ at: new Date(minute), count }));
  const speed = pace(completions, now);
  const remainingIn = (leafIds: readonly string[]) => {
    const value = countLeaves(leafIds, statuses);
    return value.total - value.done - value.skipped;
  };
  const allLeaves = index.leaves.map((leaf) => leaf.id);
  const remaining = remainingIn(allLeaves);
  // The phases: the top sections, or the sections of a lone top section. Learners go in order, so a
  // phase is estimated to end when it and everything before it is done.
  const top = index.nodes.filter((node) => node.type === 'section' && node.path.length === 0 && node.leafIds.length > 0);
  const phases =
    top.length === 1 ? index.nodes.filter((node) => node.type === 'section' && node.sectionIds.at(-1) === top[0].id && node.leafIds.length > 0) : top;
  // Days each finished topic was in progress (those started first), for the medians.
  const spans = store.topicSpans(loaded.id);
  const days = (leafIds: readonly string[]) =>
    leafIds.flatMap((id) => {
      const taken = daysInProgress(spans.get(id) ?? { started: null, finished: null }, statusOf(statuses, id));
      return taken === null ? [] : [taken];
    });
  const measured = days(allLeaves);
  const time = {
    medianDays: median(measured),
    topics: measured.length,
    sections: phases.flatMap((node) => {
      const own = days(node.leafIds);
      return own.length === 0 ? [] : [{ id: node.id, title: node.title, medianDays: median(own)!, topics: own.length }];
    }),
  };
  let before = 0;
  const sections = phases.flatMap((node) => {
    const left = remainingIn(node.leafIds);
    before += left;
    return left === 0 ? [] : [{ id: node.id, title: node.title, remaining: left, finish: finishDate(before, speed.perWeek, now) }];
  });
  const started = startedOn(store, loaded.id);
  return {
    roadmap: { id: loaded.id, title: roadmap.title },
    now,
    started: started ?? null,
    weeks: perWeek(completions, now, WEEKS_SHOWN, started ?? completions[0]?.at),
    streak: streaks(completions, now),
    pace: speed,
    remaining,
    finish: finishDate(remaining, speed.perWeek, now),
    sections,
    plan: scheduleStanding({ store, loaded }, now),
    total: allLeaves.length,
    finished: allLeaves.length - remaining,
    done: countLeaves(allLeaves, statuses).done,
    reviews: reviewStanding({ store, loaded }, now),
    time,
  };
}

const WEEK = 7 * 86_400_000;

function reviewStanding({ store, loaded }: Tracked, now: Date): StatsReport['reviews'] {
  if (store.reviewsOff(loaded.id)) return null;
  const { reviews, remembered, dueSoon } = store.reviewSummary(loaded.id, now.toISOString(), new Date(now.getTime() + WEEK).toISOString());
  return { done: reviews, remembered, dueNow: store.reviewsDue(loaded.id, now.toISOString()), dueThisWeek: dueSoon };
}

/** The learner against the roadmap's own schedule: null without one; without a start date, only its size. */
export function scheduleStanding({ store, loaded }: Tracked, now: Date): StatsReport['plan'] {
  const windows = planWindows(loaded.roadmap);
  if (windows.size === 0) return null;
  const started = startedOn(store, loaded.id);
  if (!started) return { planned: windows.size };
  const finished = new Set([...windows.keys()].filter((id) => ['done', 'skipped'].includes(statusOf(loaded.statuses, id))));
  const standing = planStanding(windows, finished, Math.floor((now.getTime() - started.getTime()) / 86_400_000));
  return standing ? { ...standing, planned: windows.size } : null;
}
