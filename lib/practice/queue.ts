import type { SavedWord } from '../words/saved';
import type { PracticeTerm } from './cards';
import { cardKey, DIRECTIONS, wordCardKey, type Direction, type Progress } from './progress';

/** Which cards to practise: all terms, one category, the terms of one section, or the saved words ("My words"). */
export type DeckFilter =
  { kind: 'all' } | { kind: 'category'; id: string } | { kind: 'section'; id: string } | { kind: 'words' };

export interface QueueItem {
  term: PracticeTerm;
  direction: Direction;
  key: string;
}

/** A saved word's card: its front is the word in its Chinese sentence. */
export interface WordQueueItem {
  word: SavedWord;
  key: string;
}

export function deckTerms(terms: PracticeTerm[], filter: DeckFilter): PracticeTerm[] {
  if (filter.kind === 'words') return [];
  if (filter.kind === 'category') return terms.filter((t) => t.category === filter.id);
  if (filter.kind === 'section') return terms.filter((t) => t.sections.includes(filter.id));
  return terms;
}

/**
 * The cards to study now, in order: cards already studied and due (most overdue first), then new
 * cards in glossary order, Chinese → English before English → Chinese of the same term.
 */
export function dueQueue(
  terms: PracticeTerm[],
  progress: Progress,
  now: Date,
  directions: readonly Direction[] = DIRECTIONS,
): QueueItem[] {
  const due: (QueueItem & { at: number })[] = [];
  const fresh: QueueItem[] = [];
  for (const term of terms) {
    for (const direction of directions) {
      const key = cardKey(term.id, direction);
      const card = progress[key];
      if (!card) fresh.push({ term, direction, key });
      else if (card.due.getTime() <= now.getTime()) due.push({ term, direction, key, at: card.due.getTime() });
    }
  }
  due.sort((a, b) => a.at - b.at);
  return [...due.map(({ at: _at, ...item }) => item), ...fresh];
}

/** The saved words to study now: due ones first (most overdue first), then new ones in the order they were saved. */
export function wordQueue(words: readonly SavedWord[], progress: Progress, now: Date): WordQueueItem[] {
  const due: (WordQueueItem & { at: number })[] = [];
  const fresh: WordQueueItem[] = [];
  for (const word of words) {
    const key = wordCardKey(word.key);
    const card = progress[key];
    if (!card) fresh.push({ word, key });
    else if (card.due.getTime() <= now.getTime()) due.push({ word, key, at: card.due.getTime() });
  }
  due.sort((a, b) => a.at - b.at);
  return [...due.map(({ at: _at, ...item }) => item), ...fresh];
}

/** Parses the deck filter from a URL's search (`?category=…`, `?section=…` or `?deck=words`). */
export function parseDeckFilter(
  search: string,
  categories: readonly string[],
  sections: readonly string[],
): DeckFilter {
  const params = new URLSearchParams(search);
  if (params.get('deck') === 'words') return { kind: 'words' };
  const category = params.get('category');
  const section = params.get('section');
  if (category && categories.includes(category)) return { kind: 'category', id: category };
  if (section && sections.includes(section)) return { kind: 'section', id: section };
  return { kind: 'all' };
}

export function serializeDeckFilter(filter: DeckFilter): string {
  if (filter.kind === 'all') return '';
  if (filter.kind === 'words') return '?deck=words';
  return `?${filter.kind}=${encodeURIComponent(filter.id)}`;
}
