// The sentence model the app reads: for one unit, its aligned sentence groups in order, each with its
// texts and where they sit in the unit's Chinese and English. Pure; built from a checked entry.
import type { Lang } from '../corpus/model';
import { parseGroup } from './align';
import type { SentenceEntry } from './schema';

/** One side (Chinese or English) of a sentence group. */
interface SentenceSpan {
  /** 1-based numbers of the sentences in this side, ascending and consecutive. */
  sentences: number[];
  /** Their text, concatenated: exactly `unitText.slice(start, end)`. */
  text: string;
  /** Offsets into the unit's `zh` or `en`, in UTF-16 code units (JavaScript string indices), [start, end). */
  start: number;
  end: number;
}

/**
 * One aligned group: the smallest run of Chinese sentences and run of English sentences that
 * correspond. `n` (1-based, in the order groups are listed, which follows the Chinese) is the
 * sentence address: group `n` of unit `u` is `/{locale}/p/u#s{n}`.
 */
export interface SentenceGroup {
  n: number;
  zh: SentenceSpan;
  en: SentenceSpan;
}

/** A unit's sentences and their groups. */
export interface UnitSentences {
  unit: string;
  zh: string[];
  en: string[];
  groups: SentenceGroup[];
}

function span(sentences: string[], numbers: number[]): SentenceSpan {
  let start = 0;
  for (let i = 0; i < numbers[0] - 1; i++) start += sentences[i].length;
  const text = numbers.map((k) => sentences[k - 1]).join('');
  return { sentences: numbers, text, start, end: start + text.length };
}

/**
 * The groups of a checked entry (`checkCorpus` has verified the notation, ranges and coverage; an
 * unchecked entry with a malformed group throws).
 */
export function unitSentences(entry: SentenceEntry): UnitSentences {
  const groups = entry.align.map((notation, i): SentenceGroup => {
    const parsed = parseGroup(notation);
    if (!parsed.ok) throw new Error(`${entry.unit}: ${parsed.message}`);
    return { n: i + 1, zh: span(entry.zh, parsed.group.zh), en: span(entry.en, parsed.group.en) };
  });
  return { unit: entry.unit, zh: entry.zh, en: entry.en, groups };
}

/** The group whose side in `lang` covers a character offset of the unit's text (for a tap or a hit). */
export function groupAt(groups: SentenceGroup[], lang: Lang, offset: number): SentenceGroup | undefined {
  return groups.find((g) => g[lang].start <= offset && offset < g[lang].end);
}
