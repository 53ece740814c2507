// The glossary entries a search query finds (listed above the sentences): by their Chinese or
// English forms, or by pinyin typed with tone marks, tone numbers or neither. The matching itself
// is the glossary's (lib/terms/query-match.ts).
import type { GlossaryEntry } from '../terms/glossary';
import { matchesQuery, matchForm, type SearchableTerm } from '../terms/query-match';
import { searchableTerm } from '../terms/searchable';

export interface TermTarget {
  id: string;
  zh: string;
  en: string;
  pinyin: string;
  /** The entry's texts and the pinyin of its standard term and of every form the article uses. */
  searchable: SearchableTerm;
  /** Forms to highlight in sentences found through this term. */
  zhForms: string[];
  enForms: string[];
}

/** The one place a glossary entry becomes searchable: by any form, and by the pinyin of any form. */
export function termTarget(entry: GlossaryEntry): TermTarget {
  return {
    id: entry.id,
    zh: entry.zh,
    en: entry.en,
    pinyin: entry.pinyin,
    searchable: searchableTerm(entry),
    zhForms: [...entry.forms.zh, ...entry.forms.misspelled],
    enForms: entry.forms.en,
  };
}

export interface FoundTerm {
  target: TermTarget;
  /** Found by its whole pinyin reading (not by text): its sentences are searched by its Chinese forms. */
  byReading: boolean;
}

/** The entries a query finds, whole-reading and exact matches first, then in glossary order. */
export function findTermHits(targets: TermTarget[], query: string): FoundTerm[] {
  const q = matchForm(query);
  if (!q) return [];
  const found: (FoundTerm & { rank: number })[] = [];
  targets.forEach((target, i) => {
    const term = target.searchable;
    if (!matchesQuery(term, query)) return;
    const byText = matchesQuery({ ...term, pinyin: [] }, query);
    const whole = term.pinyin.some(
      (k) => [k.marked, k.numbered, k.plain].includes(q.replace(/ü/g, 'v')) || k.marked === q,
    );
    const exact = [target.zh, target.en].map(matchForm).includes(q);
    found.push({ target, byReading: !byText && whole, rank: (exact || whole ? 0 : 1) * targets.length + i });
  });
  return found.sort((a, b) => a.rank - b.rank).map(({ target, byReading }) => ({ target, byReading }));
}
