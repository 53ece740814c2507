import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';

// Scheduling is ts-fsrs's (FSRS with its default parameters); this module only names what the
// practice page needs: a new card, the four grades with their next due dates, and the due order.

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type GradeName = (typeof GRADES)[number];

const RATING: Record<GradeName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

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

/** Milliseconds from `now` until a card is due again. */
export function intervalMs(card: Card, now: Date): number {
  return Math.max(0, card.due.getTime() - now.getTime());
}

/** A short interval as a learner reads it: "<1 min", "10 min", "3 h", "4 d", "2 mo", "1.5 y", localized. */
export function formatInterval(ms: number, locale: string): string {
  const minute = 60_000;
  const hour = 60 * minute;
  const day = 24 * hour;
  const fmt = (value: number, unit: 'minute' | 'hour' | 'day' | 'month' | 'year') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
  if (ms < minute) return `<${fmt(1, 'minute')}`;
  if (ms < hour) return fmt(Math.round(ms / minute), 'minute');
  if (ms < day) return fmt(Math.round(ms / hour), 'hour');
  if (ms < 30 * day) return fmt(Math.round(ms / day), 'day');
  if (ms < 365 * day) return fmt(Math.round((ms / (30 * day)) * 10) / 10, 'month');
  return fmt(Math.round((ms / (365 * day)) * 10) / 10, 'year');
}
