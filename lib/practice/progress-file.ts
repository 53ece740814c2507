import en from 'zod/v4/locales/en.js';
import * as z from 'zod/mini';
import { savedWordsSchema } from '../words/saved';
import { CARD_KEY, fromStored, isCardKey, PROGRESS_FORMAT, type ImportResult } from './progress';

// The importer of a progress file: every value checked, and the first problem named with its path
// (the file's cards go through `fromStored`, so the schema below must produce its StoredCard).
// Version 2 files also carry the saved words, each checked in full by lib/words/saved.ts's schema;
// version 1 files (glossary cards only) still read. The
// practice page loads this module, and zod/mini with it, only when a file is imported.

// zod/mini rather than zod keeps even this download small; the English locale gives its built-in messages ("Unrecognized key").
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

const version1 = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(1),
  exportedAt: z.optional(isoDate),
  cards: z.record(z.string().check(z.regex(CARD_KEY, 'must be "<term>:zh-en" or "<term>:en-zh"')), storedCard),
});
const version2 = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(2),
  exportedAt: z.optional(isoDate),
  cards: z.record(
    z.string().check(z.refine(isCardKey, 'must be "<term>:zh-en", "<term>:en-zh" or "word:<unitId>:<start>"')),
    storedCard,
  ),
  /** Absent in a file with no saved words. */
  words: z.optional(savedWordsSchema),
});
const progressSchema = z.discriminatedUnion('version', [version1, version2]);

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
    return {
      ok: false,
      error: { kind: 'invalid', path: issue.path.map(String).join('.') || '(file)', message: issue.message },
    };
  }
  const progress = Object.fromEntries(Object.entries(parsed.data.cards).map(([key, card]) => [key, fromStored(card)]));
  return { ok: true, progress, words: parsed.data.version === 2 ? (parsed.data.words ?? []) : [] };
}
