/**
 * The review schedule: FSRS through ts-fsrs, the only module that loads it (a bundle of its own,
 * `#review-scheduler`, required only by `roadmap review`). Default parameters, no fuzz, no
 * same-day learning steps: a roadmap's topic is reviewed on days, not minutes.
 */
import { type Card, createEmptyCard, fsrs, type Grade, Rating } from 'ts-fsrs';
import type { Rating as RatingName } from '../store/records.js';

const GRADES: Record<RatingName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** A card as JSON: its dates as ISO strings. */
type StoredCard = Omit<Card, 'due' | 'last_review'> & { due: string; last_review?: string };

/**
 * The schedule after rating a topic at `now`: from its last review's card, or, never reviewed, from
 * a new card rated good when it was learned (learning it is its first review).
 */
export function rateTopic(previous: string | null, learnedAt: Date, rating: RatingName, now: Date): { card: string; due: string } {
  const card = previous ? fromStored(previous) : scheduler.next(createEmptyCard(learnedAt), learnedAt, Rating.Good).card;
  const next = scheduler.next(card, now < learnedAt ? learnedAt : now, GRADES[rating]).card;
  return { card: JSON.stringify(next), due: next.due.toISOString() };
}

/** When a topic learned at `learnedAt` and never reviewed is first due. */
export function firstDue(learnedAt: Date): Date {
  return scheduler.next(createEmptyCard(learnedAt), learnedAt, Rating.Good).card.due;
}

function fromStored(text: string): Card {
  const stored = JSON.parse(text) as StoredCard;
  return { ...stored, due: new Date(stored.due), ...(stored.last_review ? { last_review: new Date(stored.last_review) } : {}) } as Card;
}
