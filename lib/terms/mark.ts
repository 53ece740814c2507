import type { Unit } from '../corpus/model';
import type { Glossary } from './glossary';
import { createMatcher, type TermForm, type TermMatch } from './match';

/** A run of text, or a run that is an occurrence of a glossary term. */
export type Segment = string | { text: string; termId: string; misspelled?: true };

export interface MarkedUnit {
  zh: Segment[];
  en: Segment[];
  /** Terms found in the Chinese, in order of first occurrence. */
  terms: string[];
  /** Terms found in the Chinese whose English forms are missing from the English. */
  unmatched: string[];
}

function segment(text: string, matches: TermMatch[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) out.push(text.slice(at, match.start));
    const piece = text.slice(match.start, match.end);
    out.push(
      match.form.misspelled
        ? { text: piece, termId: match.termId, misspelled: true }
        : { text: piece, termId: match.termId },
    );
    at = match.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/**
 * Marks every glossary term in each unit's Chinese and, in the same unit's English, the English
 * forms of just those terms. Runs at build time; the browser receives finished markup.
 */
export function markUnits(units: Unit[], glossary: Glossary): Map<string, MarkedUnit> {
  const zhForms: TermForm[] = glossary.entries.flatMap((entry) => [
    ...entry.forms.zh.map((text) => ({ termId: entry.id, text })),
    ...entry.forms.misspelled.map((text) => ({ termId: entry.id, text, misspelled: true })),
    ...entry.forms.exclude.map((text) => ({ termId: entry.id, text, blocked: true })),
  ]);
  const zhMatcher = createMatcher(zhForms);
  const marked = new Map<string, MarkedUnit>();
  for (const unit of units) {
    const zhMatches = zhMatcher.find(unit.zh).filter((m) => !m.form.blocked);
    const terms = [...new Set(zhMatches.map((m) => m.termId))];
    const enMatcher = createMatcher(
      terms.flatMap((id) => glossary.byId.get(id)!.forms.en.map((text) => ({ termId: id, text }))),
    );
    const enMatches = enMatcher.find(unit.en);
    const inEnglish = new Set(enMatches.map((m) => m.termId));
    marked.set(unit.id, {
      zh: segment(unit.zh, zhMatches),
      en: segment(unit.en, enMatches),
      terms,
      unmatched: terms.filter((id) => !inEnglish.has(id)),
    });
  }
  return marked;
}

/** Unit IDs where each term occurs in the Chinese, in reading order. */
export function occurrences(units: Unit[], marked: Map<string, MarkedUnit>): Map<string, string[]> {
  const byTerm = new Map<string, string[]>();
  for (const unit of units) {
    for (const term of marked.get(unit.id)?.terms ?? []) {
      const list = byTerm.get(term) ?? [];
      list.push(unit.id);
      byTerm.set(term, list);
    }
  }
  return byTerm;
}
