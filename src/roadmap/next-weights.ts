/**
 * How `roadmap next` ranks open topics: each signal's value times its weight, summed. Named here,
 * in one place, and listed in the README; `next --explain` shows every term.
 */
export const NEXT_WEIGHTS = {
  /** 1 when the topic is in progress: finish what you started, before anything else. */
  inProgress: 1000,
  /** 1 when the topic is in the earliest section that still has open topics. */
  earliestSection: 50,
  /** How many sections with open topics come before the topic's own. */
  sectionsBefore: -10,
  /** How many open topics come before it in its own section (document order). */
  openBefore: -1,
  /** 1 for a project topic whose section's other topics are all done. */
  projectReady: 20,
  /** 1 for a topic learned whose review is overdue by a day or more (`roadmap review`): ahead of new topics, not of those in progress. */
  reviewOverdue: 60,
  /** 1 for a topic tagged alternative or optional (a roadmap.sh legend), not started: after every topic of the main path. */
  offPath: -10_000,
} as const;

export type Signal = keyof typeof NEXT_WEIGHTS;

/** At most this many overdue reviews among the suggestions (the longest overdue): `roadmap review` has them all. */
export const REVIEWS_SUGGESTED = 2;

export const SIGNAL_NAMES: Record<Signal, string> = {
  inProgress: 'in progress',
  earliestSection: 'in the earliest unfinished section',
  sectionsBefore: 'unfinished sections before its own',
  openBefore: 'open topics before it in its section',
  projectReady: 'a project whose section is otherwise done',
  reviewOverdue: 'a review overdue by a day or more',
  offPath: 'an alternative or optional topic',
};
