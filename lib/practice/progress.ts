import type { SavedWord } from '../words/saved';
import type { Card } from './schedule';

// Practice progress: one FSRS card per term and direction, and one per saved word ("My words"),
// kept in the browser and exported to a JSON file with the saved words themselves. An imported file is validated in full before anything is replaced, by
// ./progress-file.ts, which the page loads only when a file is imported (its validator, zod/mini,
// would otherwise be most of the page's own JavaScript); the progress this page stored itself is
// read back here with a light check.

export const DIRECTIONS = ['zh-en', 'en-zh'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const PROGRESS_FORMAT = 'parallel-reader-practice';
/**
 * Version 2 added the saved words (`words`) and their cards (`word:<unitId>:<start>`); a version 1
 * file, which has neither, still reads.
 */
const PROGRESS_VERSION = 2;
const PROGRESS_VERSIONS: readonly number[] = [1, 2];
/** The localStorage key of the progress. */
export const PROGRESS_KEY = 'parallel-reader:practice';

/** A glossary card: `<term>:zh-en` or `<term>:en-zh`. */
export const CARD_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*:(?:zh-en|en-zh)$/;
/** A saved word's card: `word:` and the word's key, `word:scaling-08:12`. */
const WORD_CARD_KEY = /^word:[a-z0-9]+(?:-[a-z0-9]+)*:(?:0|[1-9][0-9]*)$/;

export const isCardKey = (key: string): boolean => CARD_KEY.test(key) || WORD_CARD_KEY.test(key);

export function cardKey(termId: string, direction: Direction): string {
  return `${termId}:${direction}`;
}

/** The card of a saved word (its key is `${unitId}:${start}`). */
export function wordCardKey(savedKey: string): string {
  return `word:${savedKey}`;
}

export type Progress = Record<string, Card>;

/** A card as written to a file or to localStorage: dates as ISO strings. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string;
}

const STORED_NUMBERS = [
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
] as const;

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

export function fromStored(stored: StoredCard): Card {
  return {
    ...stored,
    due: new Date(stored.due),
    last_review: stored.last_review ? new Date(stored.last_review) : undefined,
  } as Card;
}

/**
 * The progress as the text of an export file, with the saved words (also what is kept in
 * localStorage, without them: the saved words have their own store).
 */
export function serializeProgress(progress: Progress, exportedAt?: Date, words?: readonly SavedWord[]): string {
  const cards = Object.fromEntries(Object.entries(progress).map(([key, card]) => [key, toStored(card)]));
  return JSON.stringify(
    {
      format: PROGRESS_FORMAT,
      version: PROGRESS_VERSION,
      ...(exportedAt ? { exportedAt: exportedAt.toISOString() } : {}),
      cards,
      ...(words ? { words } : {}),
    },
    null,
    1,
  );
}

const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** Whether a stored card has every field, of the right type (the file importer checks each value's range too). */
function isStoredCard(value: unknown): value is StoredCard {
  if (!value || typeof value !== 'object') return false;
  const card = value as Record<string, unknown>;
  return (
    isDate(card.due) &&
    (card.last_review === undefined || isDate(card.last_review)) &&
    STORED_NUMBERS.every((field) => typeof card[field] === 'number' && Number.isFinite(card[field]))
  );
}

/**
 * The progress this page kept in localStorage (written by `serializeProgress`). A text that is not
 * such progress gives none; a card that is damaged is left out and the others kept.
 */
export function readStoredProgress(text: string): Progress {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {};
  }
  const stored = data as { format?: unknown; version?: unknown; cards?: unknown } | null;
  if (
    !stored ||
    stored.format !== PROGRESS_FORMAT ||
    !PROGRESS_VERSIONS.includes(stored.version as number) ||
    !stored.cards ||
    typeof stored.cards !== 'object'
  ) {
    return {};
  }
  return Object.fromEntries(
    Object.entries(stored.cards as Record<string, unknown>)
      .filter((entry): entry is [string, StoredCard] => isCardKey(entry[0]) && isStoredCard(entry[1]))
      .map(([key, card]) => [key, fromStored(card)]),
  );
}

type ImportError = { kind: 'not-json' } | { kind: 'not-progress' } | { kind: 'invalid'; path: string; message: string };

/** A file read in full: its cards, and its saved words (none in a version 1 file). */
export type ImportResult = { ok: true; progress: Progress; words: SavedWord[] } | { ok: false; error: ImportError };
