import type { Unit } from '../corpus/model';
import { contextReadings } from '../reader/pinyin';
import type { GlossaryEntry } from '../terms/glossary';
import { sensesInContext, type Lookup, type Sense } from './dictionary';
import type { Word } from './segment';
import type { Locale } from '../locale';

const HAN = /\p{Script=Han}/u;

/** A sense as the file carries it: [pinyin in tone marks, English senses]. */
export type SenseTuple = [pinyin: string, english: string[]];

/** One distinct word of the article, as read in context (a word read two ways is two entries). */
export interface WordEntry {
  /** The word as the article writes it. */
  w: string;
  /** Its reading here, syllables separated by spaces: the pinyin layer's readings of its characters. */
  r: string;
  /** Where the word is a glossary term: the entry, its definition in the file's UI language. */
  t?: { id: string; zh: string; en: string; definition: string };
  /** Its CC-CEDICT senses as read here (the readings that match its reading in context). */
  s?: SenseTuple[];
  /**
   * Where CC-CEDICT has no entry for the word (and it is no glossary term): its characters' own
   * entries instead, as indexes into `words`, one per character.
   */
  c?: number[];
}

/**
 * `/data/words/{locale}.json`: the article's own words, never the whole dictionary. `units` gives,
 * by unit ID, every word of its Chinese in order as flat pairs [gap, word, gap, word, …]: the gap is
 * how many characters (string indices into the unit's published `zh`) come after the previous word's
 * end (or the start) before this one begins; the word is an index into `words`. Text between words
 * (punctuation, Latin, numbers) is no word.
 */
export interface WordData {
  credit: string;
  license: string;
  words: WordEntry[];
  units: Record<string, number[]>;
}

const WORDS_LICENSE = 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)';
const WORDS_CREDIT =
  'Senses from CC-CEDICT (https://cc-cedict.org/wiki/), CC BY-SA 4.0, as bundled by the cc-cedict package; ' +
  'words by jieba (@node-rs/jieba) with reviewed overrides; readings by pinyin-pro in context. ' +
  'This file is derived from CC-CEDICT and shared under the same licence.';

const tuple = (s: Sense): SenseTuple => [s.pinyin, s.english];

/** Whether a word is one a reader can look up: it has Chinese characters or is a glossary term. */
const isLookupWord = (word: Word) => Boolean(word.termId) || HAN.test(word.text);

/** A word's reading in context: the readings of its Han characters, from the unit's readings. */
export function readingOf(word: Word, readings: (string | null)[]): string {
  return readings
    .slice(word.start, word.start + word.text.length)
    .filter((r): r is string => r !== null)
    .join(' ');
}

/** Builds the word file for one UI language from every unit's words. Runs at build time. */
export function wordData(
  units: Unit[],
  words: Map<string, Word[]>,
  glossary: Map<string, GlossaryEntry>,
  lookup: Lookup,
  locale: Locale,
): WordData {
  const entries: WordEntry[] = [];
  const index = new Map<string, number>();
  const entryFor = (text: string, reading: string, termId?: string): number => {
    const key = `${termId ?? ''}\u0000${text}\u0000${reading}`;
    let at = index.get(key);
    if (at === undefined) {
      const term = termId ? glossary.get(termId) : undefined;
      at =
        entries.push({
          w: text,
          r: reading,
          ...(term ? { t: { id: term.id, zh: term.zh, en: term.en, definition: term.definition[locale] } } : {}),
        }) - 1;
      index.set(key, at);
    }
    return at;
  };
  const out: Record<string, number[]> = {};
  for (const unit of units) {
    const readings = contextReadings(unit.zh);
    const flat: number[] = [];
    let end = 0;
    for (const word of words.get(unit.id) ?? []) {
      if (!isLookupWord(word)) continue;
      flat.push(word.start - end, entryFor(word.text, readingOf(word, readings), word.termId));
      end = word.start + word.text.length;
    }
    out[unit.id] = flat;
  }
  // Senses last: a word CC-CEDICT lacks adds its characters as entries of their own.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!HAN.test(entry.w)) continue;
    const senses = lookup(entry.w);
    if (senses) {
      entry.s = sensesInContext(senses, [entry.r]).map(tuple);
    } else if (!entry.t) {
      const syllables = entry.r.split(' ');
      entry.c = [...entry.w].filter((char) => HAN.test(char)).map((char, n) => entryFor(char, syllables[n] ?? ''));
    }
  }
  return { credit: WORDS_CREDIT, license: WORDS_LICENSE, words: entries, units: out };
}
