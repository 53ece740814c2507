// Glossary entries found by a query: by their Chinese or English forms, or by pinyin typed with
// tone marks, tone numbers or neither. The matching itself is the glossary's (lib/terms/search.ts).
import type { GlossaryEntry } from '../terms/glossary';
import { matchesQuery, pinyinKeys, type PinyinKeys, type SearchableTerm } from '../terms/search';

export interface TermTarget {
  id: string;
  zh: string;
  en: string;
  pinyin: string;
  /** One searchable reading per pinyin the entry has. */
  readings: SearchableTerm[];
  /** Forms to highlight in sentences found through this term. */
  zhForms: string[];
  enForms: string[];
}

/**
 * The one place a glossary entry becomes searchable. Each pinyin reading is a SearchableTerm of its
 * own, so when entries carry a pinyin per form, each form's reading joins `readings` here.
 */
export function termTarget(entry: GlossaryEntry): TermTarget {
  const forms = [...entry.forms.zh, ...entry.forms.misspelled, ...entry.forms.en];
  return {
    id: entry.id,
    zh: entry.zh,
    en: entry.en,
    pinyin: entry.pinyin,
    readings: [{ zh: entry.zh, en: entry.en, forms, pinyin: pinyinKeys(entry.pinyin) }],
    zhForms: [...entry.forms.zh, ...entry.forms.misspelled],
    enForms: entry.forms.en,
  };
}

const NO_PINYIN: PinyinKeys = { marked: '', numbered: '', plain: '' };
const compact = (text: string) => text.toLowerCase().normalize('NFC').replace(/[\s'’·-]+/g, '');

export interface TermMatch {
  target: TermTarget;
  /** Found by its whole pinyin reading (not by text): its sentences are searched by its Chinese forms. */
  byReading: boolean;
}

/** The entries a query finds, whole-reading and exact matches first, then in glossary order. */
export function findTerms(targets: TermTarget[], query: string): TermMatch[] {
  const q = compact(query);
  if (!q) return [];
  const found: (TermMatch & { rank: number })[] = [];
  targets.forEach((target, i) => {
    const reading = target.readings.find((r) => matchesQuery(r, query));
    if (!reading) return;
    const byText = target.readings.some((r) => matchesQuery({ ...r, pinyin: NO_PINYIN }, query));
    const whole = target.readings.some((r) => [r.pinyin.marked, r.pinyin.numbered, r.pinyin.plain].includes(q.replace(/ü/g, 'v')) || r.pinyin.marked === q);
    const exact = [target.zh, target.en].map(compact).includes(q);
    found.push({ target, byReading: !byText && whole, rank: (exact || whole ? 0 : 1) * targets.length + i });
  });
  return found.sort((a, b) => a.rank - b.rank).map(({ target, byReading }) => ({ target, byReading }));
}
