import type { Unit } from '../corpus/model';
import type { WordFrequencies } from './frequency';
import type { Word } from './segment';

const HAN = /\p{Script=Han}/u;

/** Frequency bands by rank in jieba's dictionary; the last holds words the dictionary lacks. */
const BANDS = [
  { id: '1-1000', from: 1, to: 1000 },
  { id: '1001-3000', from: 1001, to: 3000 },
  { id: '3001-5000', from: 3001, to: 5000 },
  { id: '5001-10000', from: 5001, to: 10000 },
  { id: '10001-30000', from: 10001, to: 30000 },
  { id: '30001+', from: 30001, to: Infinity },
  { id: 'none', from: 0, to: 0 },
] as const;
type BandId = (typeof BANDS)[number]['id'];

/** The reader who knows this many of the most frequent words. */
const KNOWN = [1000, 3000, 5000] as const;

interface BandCount {
  id: BandId;
  /** Running words (every occurrence) in the band. */
  tokens: number;
  /** Distinct words in the band. */
  distinct: number;
}

export interface RareWord {
  word: string;
  rank: number;
  count: number;
  /** The first unit it occurs in, and how many times it occurs in the article. */
  unitId: string;
  occurrences: number;
}

export interface VocabularyProfile {
  tokens: number;
  distinct: number;
  bands: BandCount[];
  /** Share of the running words (0–1) that are among the `known` most frequent words. */
  coverage: { known: number; tokens: number; share: number }[];
  /** The article's rarest dictionary words that are no glossary term, rarest first. */
  rarest: RareWord[];
}

const bandOf = (rank: number | undefined): BandId =>
  rank === undefined ? 'none' : BANDS.find((b) => b.id !== 'none' && rank >= b.from && rank <= b.to)!.id;

/**
 * The article's vocabulary by frequency: its Chinese words (every word with a Han character; numbers,
 * Latin and punctuation are no words here), ranked by their counts in jieba's dictionary.
 * `keepRare` decides which rare words may be listed (those a dictionary can explain, say).
 */
export function vocabularyProfile(
  units: Unit[],
  words: Map<string, Word[]>,
  frequencies: WordFrequencies,
  keepRare: (word: string) => boolean = () => true,
  rareCount = 20,
): VocabularyProfile {
  const seen = new Map<string, { unitId: string; occurrences: number; term: boolean }>();
  const bands = new Map<BandId, BandCount>(BANDS.map((b) => [b.id, { id: b.id, tokens: 0, distinct: 0 }]));
  let tokens = 0;
  for (const unit of units) {
    for (const word of words.get(unit.id) ?? []) {
      if (!HAN.test(word.text)) continue;
      tokens += 1;
      const band = bands.get(bandOf(frequencies.rank(word.text)))!;
      band.tokens += 1;
      const known = seen.get(word.text);
      if (known) known.occurrences += 1;
      else {
        seen.set(word.text, { unitId: unit.id, occurrences: 1, term: Boolean(word.termId) });
        band.distinct += 1;
      }
    }
  }
  const coverage = KNOWN.map((known) => {
    const within = [...seen].reduce(
      (n, [word, s]) => n + ((frequencies.rank(word) ?? Infinity) <= known ? s.occurrences : 0),
      0,
    );
    return { known, tokens: within, share: tokens === 0 ? 0 : within / tokens };
  });
  const rarest = [...seen]
    .filter(([word, s]) => !s.term && frequencies.rank(word) !== undefined && keepRare(word))
    .map(([word, s]) => ({
      word,
      rank: frequencies.rank(word)!,
      count: frequencies.count(word)!,
      unitId: s.unitId,
      occurrences: s.occurrences,
    }))
    .sort((a, b) => b.rank - a.rank)
    .slice(0, rareCount);
  return { tokens, distinct: seen.size, bands: [...bands.values()], coverage, rarest };
}
