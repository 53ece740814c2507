import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import { GRADES, type GradeName } from './grades';

// Scheduling is ts-fsrs's (FSRS with its default parameters); this module only names what the
// practice page needs: a new card and the four grades with their next due dates. The page loads it
// when idle or at the first answer shown, whichever comes first; ./grades.ts holds what the page
// shows before that.

export { GRADES, formatInterval, intervalMs, type GradeName } from './grades';

const RATING: Record<GradeName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** Fuzz off: the same history always gives the same schedule, and the shown interval is the real one. */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

export type { Card } from 'ts-fsrs';

export function newCard(now: Date): Card {
  return createEmptyCard(now);
}

/** The card after each grade, as ts-fsrs schedules it at `now`. */
export function preview(card: Card, now: Date): Record<GradeName, Card> {
  const log = scheduler.repeat(card, now);
  return Object.fromEntries(GRADES.map((g) => [g, log[RATING[g]].card])) as Record<GradeName, Card>;
}

export function grade(card: Card, name: GradeName, now: Date): Card {
  return scheduler.next(card, now, RATING[name]).card;
}
