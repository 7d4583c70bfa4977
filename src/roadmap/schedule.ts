/**
 * The roadmap's own schedule ("WEEK 3", "(Month 1–2)", "(4–6 Weeks)", table durations) laid out
 * from the day the learner started: where each topic is planned, and whether they are ahead.
 */
import type { Roadmap, Section, Topic } from './types.js';

export interface Window {
  from: number;
  to: number;
}

/** Each planned leaf's window, in days from the start. Leaves under no schedule are left out. */
export function planWindows(roadmap: Roadmap): Map<string, Window> {
  const windows = new Map<string, Window>();
  const leaves = (topic: Topic): string[] => (topic.topics.length === 0 ? [topic.id] : topic.topics.flatMap(leaves));

  /** Lays out a section from `cursor`; returns where the next part starts. */
  const layOut = (section: Section, cursor: number, inherited: Window | undefined): number => {
    const own = section.plan
      ? section.plan.from !== undefined
        ? { from: section.plan.from, to: section.plan.to }
        : { from: cursor, to: cursor + section.plan.to }
      : undefined;
    const window = own ?? inherited;
    let next = own ? own.from : cursor;
    for (const topic of section.topics) {
      if (topic.plan) {
        const mine = { from: next, to: next + topic.plan.to };
        for (const id of leaves(topic)) windows.set(id, mine);
        next = mine.to;
      } else if (window) {
        for (const id of leaves(topic)) windows.set(id, window);
      }
    }
    for (const child of section.sections) next = layOut(child, next, window);
    return Math.max(next, own?.to ?? 0);
  };
  let cursor = 0;
  for (const section of roadmap.sections) cursor = layOut(section, cursor, undefined);
  return windows;
}

export interface PlanStanding {
  /** Days since the start, and how many the plan spans. */
  day: number;
  planDays: number;
  /** Topics the plan expects finished by now, and how many are. */
  expected: number;
  finished: number;
  /** Positive: ahead of the plan by that many days; negative: behind. */
  daysAhead: number;
}

/** Where the learner stands against the plan `day` days after starting. */
export function planStanding(windows: ReadonlyMap<string, Window>, finished: ReadonlySet<string>, day: number): PlanStanding | undefined {
  if (windows.size === 0) return undefined;
  const spans = [...windows.values()];
  const planDays = Math.max(...spans.map((window) => window.to));
  const expectedBy = (at: number) =>
    spans.reduce((sum, { from, to }) => sum + (to <= from ? (at >= to ? 1 : 0) : Math.min(1, Math.max(0, (at - from) / (to - from)))), 0);
  const done = [...windows.keys()].filter((id) => finished.has(id)).length;
  // The day on which the plan expects what is finished now.
  let planDay = 0;
  while (planDay < planDays && expectedBy(planDay) < done - 1e-9) planDay++;
  return { day, planDays, expected: Math.round(expectedBy(day) * 10) / 10, finished: done, daysAhead: planDay - Math.min(day, planDays) };
}
