import { convert } from 'pinyin-pro';
import { packageFile, projectRequire } from './runtime-require';

/** One reading of a word in CC-CEDICT, in tone marks, with its English senses. */
export interface Sense {
  pinyin: string;
  english: string[];
}

/** Looks a simplified-Chinese word up in CC-CEDICT: its readings, or null where it has no entry. */
export type Lookup = (word: string) => Sense[] | null;

/** CC-CEDICT's numbered pinyin in tone marks: `lu:e4` → lüè, `de5` → de. */
export function toneMarks(numbered: string): string {
  const marked = convert(
    numbered.replace(/u:/gi, (m) => (m[0] === 'U' ? 'Ü' : 'ü')),
    { format: 'numToSymbol' },
  );
  return marked.replace(/([A-Za-zÜü]+)5\b/g, '$1');
}

interface CedictEntry {
  pinyin: string;
  english: string[];
}
type CedictResult = Record<string, CedictEntry[]> | null;
interface Cedict {
  getBySimplified(word: string, pinyin: null, config: { allowVariants: boolean }): unknown;
}
let cedict: Cedict | undefined;

/**
 * CC-CEDICT as the `cc-cedict` package bundles it (read offline, never downloaded: its install script
 * is not run, see package.json `allowScripts`). Its data is large, so it is loaded only where the word
 * data is built, at build time; the browser gets the article's own words, never the dictionary.
 */
export function loadCedict(): Lookup {
  cedict ??= (projectRequire()(packageFile('cc-cedict', 'dist/index.js')) as { default: Cedict }).default;
  const dictionary = cedict;
  return (word) => {
    const found = dictionary.getBySimplified(word, null, { allowVariants: false }) as CedictResult;
    if (!found) return null;
    return Object.values(found).flatMap((entries) =>
      entries.map((entry) => ({ pinyin: toneMarks(entry.pinyin), english: entry.english })),
    );
  };
}

const plain = (pinyin: string) => pinyin.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The senses of a word as read here: the readings that match its reading in context come first
 * (长 in 增长 is zhǎng, not cháng); the others are dropped, unless none matches, when all are kept.
 */
export function sensesInContext(senses: Sense[], readings: string[]): Sense[] {
  const here = new Set(readings.map(plain));
  const matching = senses.filter((s) => here.has(plain(s.pinyin)));
  return matching.length > 0 ? matching : senses;
}
