// A word card's content, from the word file (`/data/words/{locale}.json`, see ./data.ts) and the
// sentence file (`/data/sentences.json`): which word sits at an offset of a unit's Chinese, which
// sentence group holds it, and what the card shows and Save keeps. Pure and small: the browser's
// word mode (components/words) imports it.
import type { SentenceData } from '../reader/contract';
import { joinWord } from '../terms/syllables';
import type { SenseTuple, WordData, WordEntry } from './data';
// Types only: ./saved's schemas (zod) load with the saved-word store, when a word is first saved.
import type { SavedWord } from './saved';

/** One word of a unit: where it is in the unit's Chinese, [start, end), and its entry's index. */
export interface UnitWord {
  start: number;
  end: number;
  index: number;
}

/** A unit's words in order, decoded from the file's [gap, word, gap, word, …] pairs. */
export function unitWords(data: Pick<WordData, 'words' | 'units'>, unitId: string): UnitWord[] {
  const flat = data.units[unitId] ?? [];
  const out: UnitWord[] = [];
  let end = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const start = end + flat[i];
    const index = flat[i + 1];
    end = start + (data.words[index]?.w.length ?? 0);
    out.push({ start, end, index });
  }
  return out;
}

/** The word covering a character offset (binary search over words in order), if any. */
export function wordAt(words: readonly UnitWord[], offset: number): UnitWord | undefined {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const word = words[mid];
    if (offset < word.start) hi = mid - 1;
    else if (offset >= word.end) lo = mid + 1;
    else return word;
  }
  return undefined;
}

/** A sentence group as the sentence file gives it: its number and both sides' [start, end). */
export interface GroupSpan {
  n: number;
  zh: [number, number];
  en: [number, number];
}

/** The sentence group whose Chinese side covers a character offset of the unit's Chinese. */
export function sentenceAt(groups: SentenceData[string] | undefined, zhOffset: number): GroupSpan | undefined {
  if (!groups) return undefined;
  for (let i = 0; i + 3 < groups.length; i += 4) {
    if (groups[i] <= zhOffset && zhOffset < groups[i + 1]) {
      return { n: i / 4 + 1, zh: [groups[i], groups[i + 1]], en: [groups[i + 2], groups[i + 3]] };
    }
  }
  return undefined;
}

/** A word's reading written as one word (GB/T 16159): `píng jǐng` → `píngjǐng`, `xī ān` → `xī'ān`. */
export const wordPinyin = (reading: string): string => joinWord(reading.split(' ').filter(Boolean));

export interface CardSense {
  pinyin: string;
  english: string[];
}

/** What a word card shows. */
export interface WordCard {
  unitId: string;
  start: number;
  word: string;
  /** Its reading in context, written as one word; empty for a Latin glossary form. */
  pinyin: string;
  /** The glossary entry, where the word is a term: shown first. */
  term?: WordEntry['t'];
  /** Its CC-CEDICT senses as read here. */
  senses: CardSense[];
  /** Where CC-CEDICT has no entry for the word: its characters' entries instead (the card says so). */
  characters?: { char: string; pinyin: string; senses: CardSense[] }[];
  /** The sentence group it is in, both sides, and where the word sits in the Chinese side. */
  sentence?: { n: number; zh: string; en: string; at: number };
}

const senses = (tuples: SenseTuple[] | undefined): CardSense[] =>
  (tuples ?? []).map(([pinyin, english]) => ({ pinyin, english }));

/**
 * The card of the word starting at `start` in a unit, given the unit's published Chinese and English
 * (as the page shows them) and its sentence groups. Undefined where the file has no word there, or
 * the text does not hold it (a stale page).
 */
export function wordCard(
  data: Pick<WordData, 'words' | 'units'>,
  unitId: string,
  start: number,
  groups: SentenceData[string] | undefined,
  zhText: string,
  enText: string,
): WordCard | undefined {
  const word = wordAt(unitWords(data, unitId), start);
  if (!word || word.start !== start) return undefined;
  const entry = data.words[word.index];
  if (zhText.slice(word.start, word.end) !== entry.w) return undefined;
  const card: WordCard = { unitId, start, word: entry.w, pinyin: wordPinyin(entry.r), senses: senses(entry.s) };
  if (entry.t) card.term = entry.t;
  if (entry.c) {
    card.characters = entry.c.map((i) => {
      const char = data.words[i];
      return { char: char.w, pinyin: wordPinyin(char.r), senses: senses(char.s) };
    });
  }
  const group = sentenceAt(groups, start);
  if (group && group.zh[1] <= zhText.length && group.en[1] <= enText.length) {
    card.sentence = {
      n: group.n,
      zh: zhText.slice(...group.zh),
      en: enText.slice(...group.en),
      at: start - group.zh[0],
    };
  }
  return card;
}

/** A sense line as Save keeps it: with its reading where the word is read more than one way. */
const senseLines = (list: CardSense[], withReading: boolean) =>
  list.map((s) => (withReading ? `${s.pinyin}: ${s.english.join('; ')}` : s.english.join('; ')));

/**
 * The senses as Save keeps them, in the card's order: the glossary entry, then each CC-CEDICT reading
 * (or, for a word it lacks, each character's entry).
 */
export function cardSenseLines(card: WordCard): string[] {
  const lines: string[] = [];
  if (card.term) lines.push(`${card.term.en}: ${card.term.definition}`);
  lines.push(...senseLines(card.senses, card.senses.length > 1));
  for (const c of card.characters ?? []) {
    if (c.senses.length > 0) lines.push(`${c.char} ${senseLines(c.senses, false).join('; ')}`);
  }
  return lines.filter((line) => line.trim().length > 0).slice(0, 100);
}

/** The entry Save keeps for a card: the word with its sentence pair, unit and place; none without a sentence. */
export function savedWordOf(card: WordCard, savedAt: string): SavedWord | undefined {
  const sentence = card.sentence;
  if (!sentence || !sentence.en.trim()) return undefined;
  return {
    // savedKey()'s form, which the store checks.
    key: `${card.unitId}:${card.start}`,
    word: card.word,
    pinyin: card.pinyin,
    senses: cardSenseLines(card),
    unitId: card.unitId,
    groupN: sentence.n,
    zhSentence: sentence.zh,
    enSentence: sentence.en,
    start: card.start,
    sentenceOffset: sentence.at,
    savedAt,
  };
}
