import type { Card } from 'ts-fsrs';

// The four grades and how an interval reads: what the practice page needs before the scheduler
// (./schedule.ts, with ts-fsrs) has loaded.

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type GradeName = (typeof GRADES)[number];

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
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
      value,
    );
  if (ms < minute) return `<${fmt(1, 'minute')}`;
  if (ms < hour) return fmt(Math.round(ms / minute), 'minute');
  if (ms < day) return fmt(Math.round(ms / hour), 'hour');
  if (ms < 30 * day) return fmt(Math.round(ms / day), 'day');
  if (ms < 365 * day) return fmt(Math.round((ms / (30 * day)) * 10) / 10, 'month');
  return fmt(Math.round((ms / (365 * day)) * 10) / 10, 'year');
}
