import * as z from 'zod/mini';

// Saved words: a word a reader kept from a word card, with the sentence pair it sits in, for
// practice ("My words") and export. Pure: the browser store (components/words/saved-store.ts) keeps
// the list in localStorage as `serializeSavedList` writes it and reads it back with
// `parseSavedList`; the progress file carries the same entries (lib/practice/progress-file.ts).

/** A saved word: the word as read in its unit, and the sentence group it was saved from. */
export interface SavedWord {
  /** `${unitId}:${start}`: one word of the text, saved once. */
  key: string;
  /** The word as the article writes it. */
  word: string;
  /** Its pinyin in context, as the card showed it. */
  pinyin: string;
  /** Its senses as the card listed them (in the UI language it was saved from). */
  senses: string[];
  unitId: string;
  /** The sentence group's number in its unit (its address is `/{locale}/p/{unitId}#s{groupN}`). */
  groupN: number;
  /** The group's Chinese, verbatim; it contains the word. */
  zhSentence: string;
  /** The group's English (this project's rendering of QbitAI's summary). */
  enSentence: string;
  /** Offset of the word in the unit's Chinese text (JavaScript string index). */
  start: number;
  /**
   * Offset of the word in `zhSentence`, so that the right occurrence is marked where the word occurs
   * twice in one sentence. Without it, the first occurrence is marked.
   */
  sentenceOffset?: number;
  /** When it was saved (ISO 8601). */
  savedAt: string;
}

const SAVED_FORMAT = 'parallel-reader-words';
const SAVED_VERSION = 1;
/** Most words a list holds: an import or a store beyond it is refused rather than half kept. */
const SAVED_MAX = 5000;

const UNIT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function savedKey(unitId: string, start: number): string {
  return `${unitId}:${start}`;
}

/** Where the word sits in its Chinese sentence: its stored offset, else its first occurrence. */
function wordOffset(entry: Pick<SavedWord, 'word' | 'zhSentence' | 'sentenceOffset'>): number {
  return entry.sentenceOffset ?? entry.zhSentence.indexOf(entry.word);
}

/** The Chinese sentence cut around the word: [before, word, after]. */
export function sentenceParts(
  entry: Pick<SavedWord, 'word' | 'zhSentence' | 'sentenceOffset'>,
): [string, string, string] {
  const at = wordOffset(entry);
  return [entry.zhSentence.slice(0, at), entry.word, entry.zhSentence.slice(at + entry.word.length)];
}

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const offset = z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0, 'must be a whole number, 0 or more'));
const isoDate = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date'));

/** One saved word, every value checked: its key names its unit and offset, its sentence holds it. */
export const savedWordSchema = z
  .strictObject({
    key: text(200),
    word: text(100),
    pinyin: z.string().check(z.maxLength(400)),
    senses: z.array(text(2000)).check(z.maxLength(100)),
    unitId: text(100).check(z.regex(UNIT_ID, 'must be a unit ID such as "scaling-08"')),
    groupN: z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1, 'must be a whole number, 1 or more')),
    zhSentence: text(4000),
    enSentence: text(8000),
    start: offset,
    sentenceOffset: z.optional(offset),
    savedAt: isoDate,
  })
  .check(
    z.refine((w) => w.key === savedKey(w.unitId, w.start), { message: 'must be "<unitId>:<start>"', path: ['key'] }),
    z.refine(
      (w) =>
        w.sentenceOffset === undefined
          ? w.zhSentence.includes(w.word)
          : w.zhSentence.startsWith(w.word, w.sentenceOffset),
      {
        message: 'must contain the word (at sentenceOffset where given)',
        path: ['zhSentence'],
      },
    ),
  );

/** A list of saved words: at most SAVED_MAX, each key once. */
export const savedWordsSchema = z.array(savedWordSchema).check(
  z.maxLength(SAVED_MAX),
  z.refine((words) => new Set(words.map((w) => w.key)).size === words.length, 'must name each word (key) once'),
);

/** The stored list as localStorage keeps it. */
const savedListSchema = z.strictObject({
  format: z.literal(SAVED_FORMAT),
  version: z.literal(SAVED_VERSION),
  words: savedWordsSchema,
});

export type ParsedList =
  | { ok: true; words: SavedWord[] }
  /** Not a valid list: `words` are the entries that could be salvaged from it (the text itself must be kept). */
  | { ok: false; words: SavedWord[] };

/** Reads a stored list. An empty store is an empty list; anything invalid is reported, with what could be salvaged. */
export function parseSavedList(stored: string | null): ParsedList {
  if (stored === null || stored === '') return { ok: true, words: [] };
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return { ok: false, words: [] };
  }
  const parsed = savedListSchema.safeParse(data);
  if (parsed.success) return { ok: true, words: parsed.data.words };
  const entries = (data as { words?: unknown } | null)?.words;
  let salvaged: SavedWord[] = [];
  if (Array.isArray(entries)) {
    for (const entry of entries) {
      const one = savedWordSchema.safeParse(entry);
      if (one.success) salvaged = addWord(salvaged, one.data);
    }
  }
  return { ok: false, words: salvaged.slice(0, SAVED_MAX) };
}

/** The text localStorage keeps. */
export function serializeSavedList(words: readonly SavedWord[]): string {
  return JSON.stringify({ format: SAVED_FORMAT, version: SAVED_VERSION, words });
}

/** The list with the word added at the end; a word already saved (same key) stays as it was. */
export function addWord(words: readonly SavedWord[], entry: SavedWord): SavedWord[] {
  return words.some((w) => w.key === entry.key) ? [...words] : [...words, entry];
}

/** The list without the word of that key. */
export function removeWord(words: readonly SavedWord[], key: string): SavedWord[] {
  return words.filter((w) => w.key !== key);
}

/** The list with every word of `incoming` it lacks added, in their order (an import). */
export function mergeWords(words: readonly SavedWord[], incoming: readonly SavedWord[]): SavedWord[] {
  return incoming.reduce<SavedWord[]>((list, entry) => addWord(list, entry), [...words]);
}
