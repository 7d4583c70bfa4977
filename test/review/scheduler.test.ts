// The review schedule is FSRS's: every due date roadmap stores is what ts-fsrs itself gives.
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { firstDue, rateTopic } from '../../src/review/scheduler.js';
import { daysOverdue, FIRST_REVIEW_DAYS } from '../../src/roadmap/review.js';

const DAY = 86_400_000;
const learned = new Date('2026-03-01T09:30:00Z');
const direct = fsrs({ enable_fuzz: false, enable_short_term: false });

describe('the review schedule', () => {
  it('first asks about a topic FIRST_REVIEW_DAYS after it was learned, as ts-fsrs schedules a new card rated good', () => {
    const due = direct.next(createEmptyCard(learned), learned, Rating.Good).card.due;
    expect(firstDue(learned).toISOString()).toBe(due.toISOString());
    expect(due.getTime() - learned.getTime()).toBe(FIRST_REVIEW_DAYS * DAY);
  });

  it('follows ts-fsrs through a run of ratings, each from the card stored by the one before', () => {
    let card = direct.next(createEmptyCard(learned), learned, Rating.Good).card;
    let stored: string | null = null;
    let now = learned;
    const grades = [
      ['good', Rating.Good],
      ['again', Rating.Again],
      ['hard', Rating.Hard],
      ['easy', Rating.Easy],
      ['good', Rating.Good],
    ] as const;
    const dues: string[] = [];
    for (const [name, grade] of grades) {
      now = new Date(card.due.getTime() + 2 * 3600_000); // answered two hours after it came due
      card = direct.next(card, now, grade).card;
      const rated = rateTopic(stored, learned, name, now);
      expect(rated.due).toBe(card.due.toISOString());
      stored = rated.card;
      dues.push(rated.due.slice(0, 10));
    }
    // Forgotten (again), it comes back two days later; known easily, weeks later.
    expect(dues).toEqual(['2026-03-18', '2026-03-20', '2026-03-24', '2026-04-06', '2026-05-04']);
  });

  it('reads a stored card back with its dates, so a review after it schedules from its last review', () => {
    const first = rateTopic(null, learned, 'good', new Date('2026-03-04T09:30:00Z'));
    const card = JSON.parse(first.card) as { last_review: string; reps: number };
    expect(card.last_review).toBe('2026-03-04T09:30:00.000Z');
    expect(card.reps).toBe(2);
    // Rated again at once and a month later: the later review has more to go on, and waits longer.
    const soon = rateTopic(first.card, learned, 'good', new Date('2026-03-05T09:30:00Z'));
    const late = rateTopic(first.card, learned, 'good', new Date('2026-04-04T09:30:00Z'));
    expect(Date.parse(late.due) - Date.parse('2026-04-04T09:30:00Z')).toBeGreaterThan(Date.parse(soon.due) - Date.parse('2026-03-05T09:30:00Z'));
  });

  it('counts whole days overdue, none before or on the day it is due', () => {
    const due = '2026-03-04T09:30:00.000Z';
    expect(daysOverdue(due, new Date('2026-03-03T09:30:00Z'))).toBe(0);
    expect(daysOverdue(due, new Date('2026-03-05T09:29:59Z'))).toBe(0);
    expect(daysOverdue(due, new Date('2026-03-05T09:30:00Z'))).toBe(1);
    expect(daysOverdue(due, new Date('2026-03-14T10:00:00Z'))).toBe(10);
  });
});
