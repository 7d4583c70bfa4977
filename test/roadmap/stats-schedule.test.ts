import { describe, expect, it } from 'vitest';
import { suggestNext } from '../../src/roadmap/next.js';
import { computeProgress } from '../../src/roadmap/progress.js';
import { planStanding, planWindows } from '../../src/roadmap/schedule.js';
import { cumulativeDone, perWeek, streaks } from '../../src/roadmap/stats.js';
import { indexRoadmap } from '../../src/roadmap/tree-index.js';
import type { Status } from '../../src/roadmap/types.js';
import { md } from '../helpers/bundled.js';

describe('learned and finished, with skipped topics', () => {
  it('counts learned over the topics not skipped: 2 done of 10 with 3 skipped is 28 %, finished 50 %', () => {
    const roadmap = md(`# T\n## S\n${Array.from({ length: 10 }, (_, i) => `- t${i}`).join('\n')}\n`);
    const statuses = new Map<string, Status>([
      ['s/t0', 'done'],
      ['s/t1', 'done'],
      ['s/t2', 'skipped'],
      ['s/t3', 'skipped'],
      ['s/t4', 'skipped'],
    ]);
    const progress = computeProgress(roadmap, statuses);
    expect([progress.percent, progress.percentLearned]).toEqual([50, 28]);
  });

  it('shows a parent whose every part was skipped as skipped, not done', () => {
    const roadmap = md('# T\n## S\n- parent\n  - a\n  - b\n- other\n');
    const progress = computeProgress(
      roadmap,
      new Map<string, Status>([
        ['s/parent/a', 'skipped'],
        ['s/parent/b', 'skipped'],
      ]),
    );
    expect(progress.sections[0].topics.map((topic) => [topic.title, topic.status])).toEqual([
      ['parent', 'skipped'],
      ['other', 'todo'],
    ]);
  });
});

describe('streaks', () => {
  it('keeps a streak alive the next morning, before anything is done today', () => {
    const completions = [{ at: new Date(2026, 2, 9, 21) }, { at: new Date(2026, 2, 10, 22) }];
    expect(streaks(completions, new Date(2026, 2, 11, 8))).toEqual({ current: 2, longest: 2 });
    expect(streaks(completions, new Date(2026, 2, 12, 8))).toEqual({ current: 0, longest: 2 });
  });

  it('counts days, not completions, from the first moment of a day to its last, in any order', () => {
    const day = (d: number, h: number, m = 0) => ({ at: new Date(2026, 2, d, h, m) });
    const completions = [day(2, 0), day(2, 23, 59), day(3, 0), day(1, 12), day(3, 12), day(5, 8), day(2, 10), day(6, 0), day(7, 23, 59)];
    expect(streaks(completions, new Date(2026, 2, 7, 23, 59))).toEqual({ current: 3, longest: 3 });
    expect(streaks(completions.slice(0, 4), new Date(2026, 2, 4, 8))).toEqual({ current: 3, longest: 3 });
  });
});

describe('weeks of history', () => {
  const at = (day: string) => ({ at: new Date(`${day}T12:00:00`) });
  const now = new Date('2026-11-01T12:00:00'); // a Sunday: its week began on Monday 26 October

  it('shows at most the weeks asked for, and none from before the week the learner started', () => {
    const done = [at('2026-10-06'), at('2026-10-07'), at('2026-10-26')];
    expect(perWeek(done, now, 8).map((week) => week.week)).toEqual([
      '2026-09-07',
      '2026-09-14',
      '2026-09-21',
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
    ]);
    expect(perWeek(done, now, 8, new Date('2026-10-07T09:00:00'))).toEqual([
      { week: '2026-10-05', done: 2 },
      { week: '2026-10-12', done: 0 },
      { week: '2026-10-19', done: 0 },
      { week: '2026-10-26', done: 1 },
    ]);
    expect(perWeek(done, now, 2, new Date('2026-10-07T09:00:00')).map((week) => week.week)).toEqual(['2026-10-19', '2026-10-26']);
    expect(perWeek([], now, 8, new Date('2026-10-31T09:00:00'))).toEqual([{ week: '2026-10-26', done: 0 }]);
  });

  it('counts each completion in the week it falls in, from Monday 00:00 to the next, and none outside the weeks shown', () => {
    const moment = (...parts: number[]) => ({ at: new Date(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0, parts[6] ?? 0) });
    const done = [
      moment(2026, 10, 18, 23, 59, 59, 999), // Sunday, before the first week shown
      moment(2026, 10, 19), // Monday 00:00: the first week
      moment(2026, 10, 25, 23, 59, 59, 999), // its Sunday's last moment
      moment(2026, 10, 26), // the current week
      moment(2026, 10, 26, 9),
      moment(2026, 11, 2), // next Monday: after the current week
    ];
    expect(perWeek(done, now, 2)).toEqual([
      { week: '2026-10-19', done: 2 },
      { week: '2026-10-26', done: 2 },
    ]);
  });

  it('draws topics done: those from before the first week, then each week’s, never below 0', () => {
    const weeks = [
      { week: '2026-10-19', done: 2 },
      { week: '2026-10-26', done: 1 },
    ];
    expect(cumulativeDone({ weeks, done: 7 })).toEqual({
      before: 4,
      points: [
        { week: '2026-10-19', value: 6 },
        { week: '2026-10-26', value: 7 },
      ],
    });
    // Three completions, one of them reset since: the line starts at 0, not −1.
    expect(cumulativeDone({ weeks, done: 2 }).before).toBe(0);
  });
});

describe('the plan', () => {
  it('lays consecutive "(4 weeks)" sections one after the other', () => {
    const windows = planWindows(md('# T\n## Part A (4 weeks)\n- a\n## Part B (4 weeks)\n- b\n'));
    expect(Object.fromEntries(windows)).toEqual({ 'part-a-4-weeks/a': { from: 0, to: 28 }, 'part-b-4-weeks/b': { from: 28, to: 56 } });
  });

  it('counts days behind only up to the end of the plan', () => {
    const windows = new Map([
      ['a', { from: 0, to: 7 }],
      ['b', { from: 7, to: 14 }],
    ]);
    expect(planStanding(windows, new Set(), 30)).toMatchObject({ planDays: 14, daysAhead: -14 });
    expect(planStanding(windows, new Set(['a']), 30)).toMatchObject({ daysAhead: -7 });
  });
});

describe('next, on equal scores', () => {
  it('keeps document order: the 61st topic of the first section before the first of the second', () => {
    const first = Array.from({ length: 61 }, (_, i) => `- a${i + 1}`).join('\n');
    const index = indexRoadmap(md(`# T\n## A\n${first}\n## B\n- b1\n`));
    const ranked = suggestNext(index, new Map(), 100);
    expect(ranked.slice(-2).map((s) => [s.node.title, s.score])).toEqual([
      ['a61', -10],
      ['b1', -10],
    ]);
  });
});

describe('next, on numbered steps', () => {
  it('holds the sub-steps of step 2 back until step 1 is finished', () => {
    const index = indexRoadmap(md('# T\n## Setup\n1. install\n2. configure\n   1. edit\n   2. save\n'));
    expect(suggestNext(index, new Map(), 9).map((s) => s.node.title)).toEqual(['install']);
    expect(suggestNext(index, new Map<string, Status>([['setup/install', 'done']]), 9).map((s) => s.node.title)).toEqual(['edit']);
  });
});
