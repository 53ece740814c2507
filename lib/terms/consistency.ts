import type { Unit } from '../corpus/model';
import type { TermIndex } from './load';

/**
 * Problems a glossary editor must fix, one sentence each: entries that occur nowhere, Chinese forms
 * the article never uses, and units whose English lacks every English form of a term in their Chinese
 * (unless the unit records a reasoned exception for that term).
 */
export function glossaryProblems(units: Unit[], index: TermIndex): string[] {
  const problems: string[] = [];
  const allZh = units.map((u) => u.zh).join('\n');
  const allZhLower = allZh.toLowerCase();
  for (const entry of index.glossary.entries) {
    if (!index.occurrences.has(entry.id)) problems.push(`entry ${entry.id} (${entry.zh}) occurs nowhere in the article`);
    for (const form of [...entry.forms.zh, ...entry.forms.misspelled]) {
      const found = /[A-Za-z]/.test(form) ? allZhLower.includes(form.toLowerCase()) : allZh.includes(form);
      if (!found) problems.push(`entry ${entry.id}: form "${form}" does not occur in the article’s Chinese`);
    }
  }
  for (const unit of units) {
    const marked = index.marked.get(unit.id)!;
    const excepted = new Set(unit.termExceptions.map((e) => e.term));
    for (const term of marked.unmatched) {
      if (excepted.has(term)) continue;
      const entry = index.glossary.byId.get(term)!;
      problems.push(
        `unit ${unit.id}: its Chinese has ${entry.zh} (${term}) but its English has none of ${JSON.stringify(entry.forms.en)}`,
      );
    }
    for (const exception of unit.termExceptions) {
      if (!index.glossary.byId.has(exception.term)) problems.push(`unit ${unit.id}: exception names unknown term "${exception.term}"`);
      else if (!marked.terms.includes(exception.term)) {
        problems.push(`unit ${unit.id}: exception for ${exception.term}, which its Chinese does not contain`);
      }
    }
  }
  return problems;
}
