// roadmap review: topics learned come due on FSRS's schedule; ratings are history (log, undo,
// backup), a topic reset leaves the schedule, and a learner can turn reviews off.
import fs from 'node:fs';
import path from 'node:path';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { LogJson, NextJson, StatusJson } from '../../src/render/json.js';
import type { UndoneJson } from '../../src/render/json-changes.js';
import type { StatsJson } from '../../src/render/json-reports.js';
import type { ReviewedJson, ReviewListJson } from '../../src/render/review.js';
import { inProcess, pinTimeZone } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

pinTimeZone();

const GO = ['-r', 'go-backend-cloud'];
const LEARNED = '2026-11-01T09:00:00Z';

/** A learner whose every command runs at a time of its own (ROADMAP_NOW). */
function learner(home = tempDir()) {
  const at = (now: string, ...args: string[]) => inProcess(home, args, { ROADMAP_NOW: now });
  const json = async <T>(now: string, ...args: string[]) => {
    const run = await at(now, ...args, '--json');
    if (run.status !== 0) throw new Error(`roadmap ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    return JSON.parse(run.stdout) as T;
  };
  const due = async (now: string) => (await json<ReviewListJson>(now, 'review', ...GO)).due.map((review) => review.shortId);
  return { home, at, json, due };
}

const direct = fsrs({ enable_fuzz: false, enable_short_term: false });

describe('roadmap review', () => {
  it('asks about a topic three days after it was learned, as FSRS schedules it, and says so in status and next', async () => {
    const { at, json, due } = learner();
    await at(LEARNED, 'done', 'goroutines', ...GO);
    expect(await due('2026-11-04T08:59:00Z')).toEqual([]);
    expect((await json<StatusJson>('2026-11-04T08:59:00Z', 'status', ...GO)).reviewsDue).toBe(0);
    expect((await at('2026-11-04T08:59:00Z', 'status', ...GO)).stdout).not.toContain('review');
    expect(await due('2026-11-04T09:00:00Z')).toEqual(['goroutines-optimizing']);
    expect((await json<StatusJson>('2026-11-04T09:00:00Z', 'status', ...GO)).reviewsDue).toBe(1);
    expect((await at('2026-11-04T09:00:00Z', 'status', ...GO)).stdout).toContain('1 review due (roadmap review)\n');
    expect((await at('2026-11-04T09:00:00Z', 'status', '--topics', ...GO)).stdout).toContain('1 review due (roadmap review)\n');
    expect((await json<NextJson>('2026-11-04T09:00:00Z', 'next', ...GO)).reviewsDue).toBe(1);
    const listed = await at('2026-11-04T09:00:00Z', 'review', ...GO);
    expect(listed.stdout).toContain('1 review due in Backend & Cloud Development Roadmap:');
    expect(listed.stdout).toContain(
      'goroutines-optimizing  Goroutines – Optimizing performance with concurrency in Go  due today · learned 2026-11-01 · not reviewed yet',
    );
    expect(listed.stdout).toContain('Rate one with: roadmap review goroutines-optimizing --rating good');
  });

  it('schedules each rating as ts-fsrs does, from the review before', async () => {
    const { json } = learner();
    await json(LEARNED, 'done', 'goroutines', ...GO);
    let card = direct.next(createEmptyCard(new Date(LEARNED)), new Date(LEARNED), Rating.Good).card;
    for (const [now, rating, grade] of [
      ['2026-11-05T10:00:00Z', 'hard', Rating.Hard],
      ['2026-11-20T18:00:00Z', 'again', Rating.Again],
      ['2026-11-23T07:00:00Z', 'easy', Rating.Easy],
    ] as const) {
      card = direct.next(card, new Date(now), grade).card;
      const reviewed = await json<ReviewedJson>(now, 'review', 'goroutines', '--rating', rating, ...GO);
      expect(reviewed.reviewed).toEqual([
        { topicId: expect.stringContaining('goroutines'), title: expect.stringContaining('Goroutines'), rating, due: card.due.toISOString() },
      ]);
    }
    const [listed] = (await json<ReviewListJson>(card.due.toISOString(), 'review', ...GO)).due;
    expect(listed).toMatchObject({
      due: card.due.toISOString(),
      learnedAt: '2026-11-01T09:00:00.000Z',
      reviewedAt: '2026-11-23T07:00:00.000Z',
      rating: 'easy',
      reviews: 3,
    });
  });

  it('rates several topics named at once, each a command of its own', async () => {
    const { at, json } = learner();
    await at(LEARNED, 'done', 'goroutines', 'unit-testing', ...GO);
    const rated = await json<ReviewedJson>('2026-11-04T10:00:00Z', 'review', 'goroutines', 'unit-testing', '--rating', 'good', ...GO);
    expect(rated.reviewed.map((review) => review.rating)).toEqual(['good', 'good']);
    const log = await json<LogJson>('2026-11-04T11:00:00Z', 'log');
    expect(log.reviews.map((review) => review.command).sort()).toEqual(['review goroutines --rating good', 'review unit-testing --rating good']);
  });

  it('lists the longest due first, and leaves out what is not due yet', async () => {
    const { at, due } = learner();
    await at(LEARNED, 'done', 'unit-testing', ...GO);
    await at('2026-11-02T09:00:00Z', 'done', 'goroutines', ...GO);
    await at('2026-11-03T09:00:00Z', 'done', 'grpc', ...GO);
    expect(await due('2026-11-05T12:00:00Z')).toEqual(['unit-testing-writing-testable', 'goroutines-optimizing']);
    expect(await due('2026-11-06T12:00:00Z')).toEqual(['unit-testing-writing-testable', 'goroutines-optimizing', 'implement-service-to-service']);
  });

  it('is history: log shows a rating, undo takes it back and the schedule is as before it', async () => {
    const { at, json, due } = learner();
    await at(LEARNED, 'done', 'goroutines', ...GO);
    await at('2026-11-04T10:00:00Z', 'review', 'goroutines', '--rating', 'good', ...GO);
    expect(await due('2026-11-05T10:00:00Z')).toEqual([]);
    const undone = await json<UndoneJson>('2026-11-04T11:00:00Z', 'undo');
    expect(undone.reviews).toEqual([{ title: expect.stringContaining('Goroutines'), rating: 'good' }]);
    expect(undone.undone.command).toBe('review goroutines --rating good');
    expect(await due('2026-11-05T10:00:00Z')).toEqual(['goroutines-optimizing']);
    const log = await json<LogJson>('2026-11-04T12:00:00Z', 'log');
    expect(log.reviews.map(({ change, rating, command }) => [change, rating, command])).toEqual([
      ['undone', 'good', 'undo review goroutines --rating good'],
      ['reviewed', 'good', 'review goroutines --rating good'],
    ]);
    const text = (await at('2026-11-04T12:00:00Z', 'log')).stdout;
    expect(text).toContain(
      '2026-11-04 11:00  Goroutines – Optimizing performance with concurrency in Go: review (good) taken back (undo review goroutines --rating good)',
    );
    expect(text).toContain(
      '2026-11-04 10:00  Goroutines – Optimizing performance with concurrency in Go: reviewed: good, next due 2026-11-18 (review goroutines --rating good)',
    );
    // The undo of the undo is not there: the next undo reverts the done.
    expect((await json<UndoneJson>('2026-11-04T13:00:00Z', 'undo')).changes.map((change) => change.to)).toEqual(['todo']);
  });

  it('leaves a topic reset or skipped out, and starts a topic done again afresh', async () => {
    const { at, due, json } = learner();
    await at(LEARNED, 'done', 'goroutines', 'unit-testing', ...GO);
    await at('2026-11-04T10:00:00Z', 'review', 'goroutines', '--rating', 'easy', ...GO);
    await at('2026-11-04T11:00:00Z', 'reset', 'goroutines', ...GO);
    await at('2026-11-04T11:00:00Z', 'skip', 'unit-testing', ...GO);
    expect(await due('2027-06-01T00:00:00Z')).toEqual([]);
    const refused = await at('2026-11-04T12:00:00Z', 'review', 'unit-testing', '--rating', 'good', ...GO);
    expect(refused.status).toBe(64);
    expect(refused.stderr).toContain(
      'Unit Testing – Writing testable and maintainable code is not done: only topics you have learned are reviewed; nothing was changed',
    );
    await at('2026-11-10T09:00:00Z', 'done', 'goroutines', ...GO);
    const [again] = (await json<ReviewListJson>('2026-11-13T09:00:00Z', 'review', ...GO)).due;
    expect(again).toMatchObject({ shortId: 'goroutines-optimizing', learnedAt: '2026-11-10T09:00:00.000Z', reviewedAt: null, reviews: 0 });
  });

  it('does not schedule what the file had ticked when it was first loaded, unless reviewed by name', async () => {
    const { at, json, due } = learner();
    const status = await json<StatusJson>(LEARNED, 'status', ...GO);
    expect(status.done).toBeGreaterThan(0); // the bundled file ticks its first topics
    expect(await due('2027-01-01T00:00:00Z')).toEqual([]);
    const ticked = (await json<ReviewListJson>('2027-01-01T00:00:00Z', 'review', ...GO)).due;
    expect(ticked).toEqual([]);
    const first = (await at(LEARNED, 'status', '--topics', ...GO)).stdout.match(/✔ .*?\s{2}(\S+)$/m)?.[1];
    expect(first).toBeTruthy();
    await at('2026-11-02T09:00:00Z', 'review', first!, '--rating', 'good', ...GO);
    expect(await due('2027-01-01T00:00:00Z')).toEqual([first]);
  });

  it('refuses a section, an unknown rating and, off a terminal, a topic without a rating', async () => {
    const { at } = learner();
    await at(LEARNED, 'done', 'goroutines', ...GO);
    const section = await at('2026-11-04T10:00:00Z', 'review', 'Phase 1: Fundamentals', '--rating', 'good', ...GO);
    expect(section.status).toBe(64);
    expect(section.stderr).toContain('is a section: review rates one topic at a time');
    const bad = await at('2026-11-04T10:00:00Z', 'review', 'goroutines', '--rating', 'perfect', ...GO);
    expect(bad.status).toBe(64);
    expect(bad.stderr).toContain("'perfect' is invalid");
    const missing = await at('2026-11-04T10:00:00Z', 'review', 'goroutines', ...GO);
    expect(missing.status).toBe(64);
    expect(missing.stderr).toContain('review needs --rating when it cannot prompt');
    const log = await at('2026-11-04T10:00:00Z', 'log', ...GO);
    expect(log.stdout).not.toContain('review');
  });

  it('can be turned off for a roadmap, and back on', async () => {
    const { at, json, due } = learner();
    await at(LEARNED, 'done', 'goroutines', ...GO);
    const off = await at('2026-11-02T10:00:00Z', 'review', '--off', ...GO);
    expect(off.stdout).toContain('Reviews are off for Backend & Cloud Development Roadmap; nothing is scheduled.');
    const list = await json<ReviewListJson>('2026-11-10T10:00:00Z', 'review', ...GO);
    expect(list).toMatchObject({ reviewsOff: true, due: [] });
    expect((await json<StatusJson>('2026-11-10T10:00:00Z', 'status', ...GO)).reviewsDue).toBe(0);
    expect((await json<StatsJson>('2026-11-10T10:00:00Z', 'stats', ...GO)).reviews).toBeNull();
    const rating = await at('2026-11-10T10:00:00Z', 'review', 'goroutines', '--rating', 'good', ...GO);
    expect(rating.stderr).toContain('reviews are off for go-backend-cloud');
    // Other roadmaps keep theirs.
    await at(LEARNED, 'done', 'Caching', '-r', 'backend-mastery');
    expect((await json<ReviewListJson>('2026-11-10T10:00:00Z', 'review', '-r', 'backend-mastery')).due).not.toEqual([]);
    await at('2026-11-10T10:00:00Z', 'review', '--on', ...GO);
    expect(await due('2026-11-10T10:00:00Z')).toEqual(['goroutines-optimizing']);
  });

  it('puts a review overdue by a day ahead of new topics in next, with its weight, but not one due today', async () => {
    const { json } = learner();
    await json(LEARNED, 'done', 'goroutines', ...GO);
    const today = await json<NextJson>('2026-11-04T12:00:00Z', 'next', ...GO);
    expect(today.suggestions.map((suggestion) => suggestion.action)).not.toContain('review');
    const late = await json<NextJson>('2026-11-05T09:00:00Z', 'next', ...GO);
    const [first, second] = late.suggestions;
    expect(first).toMatchObject({ action: 'review', shortId: 'goroutines-optimizing', score: 60, reason: 'learned; its review is overdue by 1 day' });
    expect(first.terms.find((term) => term.signal === 'reviewOverdue')).toMatchObject({ value: 1, weight: 60, contribution: 60 });
    expect(second.action).toBe('study');
    // In progress still comes first.
    await json('2026-11-05T09:00:00Z', 'start', 'grpc', ...GO);
    expect((await json<NextJson>('2026-11-05T09:00:00Z', 'next', ...GO)).suggestions.map((s) => s.action).slice(0, 2)).toEqual(['study', 'review']);
  });

  it('counts reviews made, how many were remembered, and what comes due this week, in stats', async () => {
    const { at, json } = learner();
    await at(LEARNED, 'done', 'goroutines', 'unit-testing', 'grpc', 'mqtt', ...GO);
    await at('2026-11-04T10:00:00Z', 'review', 'goroutines', '--rating', 'good', ...GO);
    await at('2026-11-04T10:00:00Z', 'review', 'unit-testing', '--rating', 'again', ...GO);
    await at('2026-11-04T10:05:00Z', 'review', 'grpc', '--rating', 'easy', ...GO);
    const { reviews } = await json<StatsJson>('2026-11-04T11:00:00Z', 'stats', ...GO);
    // MQTT, never reviewed, is due now; unit testing (again) in two days; the others weeks later.
    expect(reviews).toEqual({ done: 3, remembered: 2, retention: 67, dueNow: 1, dueThisWeek: 1 });
    const text = (await at('2026-11-04T11:00:00Z', 'stats', ...GO)).stdout;
    expect(text).toContain('reviews   3 (67% remembered: rated good or easy)\n          1 due now, 1 more in the next 7 days');
  });

  it('keeps the schedules through export and import, and importing twice adds nothing', async () => {
    const mine = learner();
    await mine.at(LEARNED, 'done', 'goroutines', 'unit-testing', ...GO);
    await mine.at('2026-11-04T10:00:00Z', 'review', 'goroutines', '--rating', 'easy', ...GO);
    await mine.at('2026-11-04T10:00:00Z', 'review', '--off', '-r', 'backend-mastery');
    const file = path.join(mine.home, 'backup.json');
    await mine.at('2026-11-04T12:00:00Z', 'export', '--format', 'json', '-o', file);
    const backup = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(backup.schemaVersion).toBe(3);
    const other = learner();
    const first = await other.at('2026-11-04T13:00:00Z', 'import', file);
    expect(first.stdout).toContain('1 review');
    const again = await other.json<{ reviews: number }>('2026-11-04T13:00:00Z', 'import', file);
    expect(again.reviews).toBe(0);
    for (const now of ['2026-11-05T10:00:00Z', '2027-03-01T10:00:00Z']) {
      expect(await other.json<ReviewListJson>(now, 'review', ...GO)).toEqual(await mine.json<ReviewListJson>(now, 'review', ...GO));
    }
    expect((await other.json<ReviewListJson>('2026-11-05T10:00:00Z', 'review', '-r', 'backend-mastery')).reviewsOff).toBe(true);
  });

  it('follows a topic renamed by a refresh, and goes with a roadmap removed', async () => {
    const { home, at, json } = learner();
    const file = path.join(home, 'rust.md');
    fs.writeFileSync(file, '# Rust\n\n## Basics\n\n- Ownership\n- Borrowing\n');
    await at(LEARNED, 'add', file);
    await at(LEARNED, 'done', 'ownership', '-r', 'rust');
    await at('2026-11-04T10:00:00Z', 'review', 'ownership', '--rating', 'easy', '-r', 'rust');
    fs.writeFileSync(file, '# Rust\n\n## Basics\n\n- Ownership and moves\n- Borrowing\n');
    expect((await at('2026-11-05T10:00:00Z', 'refresh', 'rust')).status).toBe(0);
    const [state] = (await json<ReviewListJson>('2027-06-01T00:00:00Z', 'review', '-r', 'rust')).due;
    expect(state).toMatchObject({ title: 'Ownership and moves', reviewedAt: '2026-11-04T10:00:00.000Z', rating: 'easy', reviews: 1 });
    expect((await at('2026-11-05T10:00:00Z', 'remove', 'rust', '--force')).status).toBe(0);
    const log = await json<LogJson>('2026-11-05T10:00:00Z', 'log');
    expect(log.reviews).toEqual([]);
    expect((await at('2026-11-05T10:00:00Z', 'undo')).stderr).toContain('nothing to undo');
  });
});
