// A raw query from the URL made safe and split into what must be found: runs of Chinese characters
// (found as substrings) and words (found by stem). Nothing here throws, whatever the input.
import { MAX_QUERY_CHARS } from './limits';
import { HAN, WORD, wordKey } from './tokens';

export interface ParsedQuery {
  /** The query as searched: cleaned and cut to MAX_QUERY_CHARS. */
  text: string;
  /** Whether the raw query was longer and was cut. */
  truncated: boolean;
  /** Runs of Chinese characters, each found as a substring. */
  han: string[];
  /** Words (any script but Han), each found by its stem. */
  words: { word: string; key: string }[];
}

/**
 * Cleans a raw query: control characters (NUL among them) and lone surrogates become spaces,
 * compatibility forms fold (full-width Ａ → A), whitespace collapses, and the result is cut to
 * MAX_QUERY_CHARS code points.
 */
export function cleanQuery(raw: unknown): { text: string; truncated: boolean } {
  const value = typeof raw === 'string' ? raw : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : '';
  const safe = value
    .replace(/\p{Cc}/gu, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...safe];
  if (chars.length <= MAX_QUERY_CHARS) return { text: safe, truncated: false };
  return { text: chars.slice(0, MAX_QUERY_CHARS).join('').trim(), truncated: true };
}

export function parseQuery(raw: unknown): ParsedQuery {
  const { text, truncated } = cleanQuery(raw);
  const han = [...text.matchAll(/\p{Script=Han}+/gu)].map((m) => m[0]);
  const seen = new Set<string>();
  const words: ParsedQuery['words'] = [];
  for (const [match] of text.matchAll(WORD)) {
    for (const word of match.split(/\p{Script=Han}+/u)) {
      if (!word || HAN.test(word)) continue;
      const key = wordKey(word);
      if (seen.has(key)) continue;
      seen.add(key);
      words.push({ word, key });
    }
  }
  return { text, truncated, han: [...new Set(han)], words };
}
