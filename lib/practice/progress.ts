import en from 'zod/v4/locales/en.js';
import * as z from 'zod/mini';
import type { Card } from './schedule';

// Practice progress: one FSRS card per term and direction, kept in the browser and exported to a
// JSON file. An imported file is validated in full before anything is replaced.

export const DIRECTIONS = ['zh-en', 'en-zh'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const PROGRESS_FORMAT = 'parallel-reader-practice';
export const PROGRESS_VERSION = 1;
/** The localStorage key of the progress. */
export const PROGRESS_KEY = 'parallel-reader:practice';

const CARD_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*:(?:zh-en|en-zh)$/;

export function cardKey(termId: string, direction: Direction): string {
  return `${termId}:${direction}`;
}

// zod/mini keeps the page small; the English locale gives its built-in messages ("Unrecognized key").
z.config(en());

const isoDate = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date'));
const amount = z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, 'must be a number, 0 or more'));
const count = z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0, 'must be a whole number, 0 or more'));
const storedCard = z.strictObject({
  due: isoDate,
  stability: amount,
  difficulty: amount,
  elapsed_days: amount,
  scheduled_days: amount,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: z.number().check(z.refine((n) => [0, 1, 2, 3].includes(n), 'must be 0, 1, 2 or 3')),
  last_review: z.optional(isoDate),
});
type StoredCard = z.infer<typeof storedCard>;

const progressSchema = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  exportedAt: z.optional(isoDate),
  cards: z.record(z.string().check(z.regex(CARD_KEY, 'must be "<term>:zh-en" or "<term>:en-zh"')), storedCard),
});

export type Progress = Record<string, Card>;

function toStored(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

function fromStored(stored: StoredCard): Card {
  return {
    ...stored,
    due: new Date(stored.due),
    last_review: stored.last_review ? new Date(stored.last_review) : undefined,
  } as Card;
}

/** The progress as the text of an export file (also what is kept in localStorage). */
export function serializeProgress(progress: Progress, exportedAt?: Date): string {
  const cards = Object.fromEntries(Object.entries(progress).map(([key, card]) => [key, toStored(card)]));
  return JSON.stringify(
    { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, ...(exportedAt ? { exportedAt: exportedAt.toISOString() } : {}), cards },
    null,
    1,
  );
}

export type ImportError =
  | { kind: 'not-json' }
  | { kind: 'not-progress' }
  | { kind: 'invalid'; path: string; message: string };

export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: ImportError };

/** Reads an export file; anything but a complete, valid progress file is refused with the reason. */
export function parseProgress(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== PROGRESS_FORMAT) {
    return { ok: false, error: { kind: 'not-progress' } };
  }
  const parsed = progressSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { kind: 'invalid', path: issue.path.map(String).join('.') || '(file)', message: issue.message } };
  }
  const progress = Object.fromEntries(Object.entries(parsed.data.cards).map(([key, card]) => [key, fromStored(card)]));
  return { ok: true, progress };
}
