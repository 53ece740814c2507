import { readFileSync } from 'node:fs';
import { projectRequire } from './runtime-require';

/**
 * jieba's dictionary (the `dict.txt` that `@node-rs/jieba` ships): each line a word, its count in
 * jieba's training corpora and a part-of-speech tag. The segmenter reads it, and the counts rank the
 * article's words from common to rare (the vocabulary profile).
 */
export function jiebaDictPath(root = process.cwd()): string {
  return projectRequire(root).resolve('@node-rs/jieba/dict.txt');
}

export interface WordFrequencies {
  /** The word's count in jieba's corpora; undefined for a word the dictionary lacks. */
  count(word: string): number | undefined;
  /** 1 for the most frequent word; undefined for a word the dictionary lacks. */
  rank(word: string): number | undefined;
  /** How many words the dictionary holds. */
  size: number;
}

/** Ranks every word of a jieba dictionary text by count, most frequent first (ties keep file order). */
export function parseFrequencies(dictText: string): WordFrequencies {
  const counts = new Map<string, number>();
  for (const line of dictText.split('\n')) {
    const [word, count] = line.split(' ');
    if (word && count && !counts.has(word)) counts.set(word, Number(count));
  }
  const ranks = new Map<string, number>();
  [...counts.entries()]
    .map(([word, count], order) => ({ word, count, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .forEach(({ word }, i) => ranks.set(word, i + 1));
  return { count: (word) => counts.get(word), rank: (word) => ranks.get(word), size: counts.size };
}

let cached: WordFrequencies | undefined;

/** jieba's dictionary frequencies, read once per process. */
export function loadFrequencies(): WordFrequencies {
  cached ??= parseFrequencies(readFileSync(jiebaDictPath(), 'utf8'));
  return cached;
}
