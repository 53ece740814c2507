import type { Unit } from '../corpus/model';
import type { Glossary } from './glossary';
import { markUnits, occurrences, type MarkedUnit } from './mark';

/** The glossary with the article marked: what every page, search and export reads terms from. */
export interface TermIndex {
  glossary: Glossary;
  marked: Map<string, MarkedUnit>;
  /** Unit IDs where each term occurs, in reading order. */
  occurrences: Map<string, string[]>;
}

/** Marks every unit with the glossary's terms and lists where each term occurs. */
export function indexTerms(units: Unit[], glossary: Glossary): TermIndex {
  const marked = markUnits(units, glossary);
  return { glossary, marked, occurrences: occurrences(units, marked) };
}
