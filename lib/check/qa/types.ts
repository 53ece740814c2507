import type { Glossary } from '../../terms/glossary';
import type { MarkedUnit } from '../../terms/mark';
import type { Lang, Unit } from '../../corpus/model';
import type { Severity } from '../../corpus/problems';
import type { ExceptableRule } from '../../corpus/schema';

/** One thing a QA rule found in one unit. */
export interface Finding {
  severity: Severity;
  field: Lang;
  /** Index in the field's string (UTF-16), where the finding starts. */
  index: number;
  /** The exact text the finding is about; a unit's `qaExceptions` entry names it to accept it. */
  text: string;
  message: string;
}

interface QaInput {
  unit: Unit;
  /** The unit's glossary marking, when the glossary is readable. */
  marked?: MarkedUnit;
}

/**
 * A translation QA rule, as CAT tools run them: it looks at one unit, both languages, and says
 * what is wrong where. New rules (sentence alignment, once units hold sentences) join the list in
 * ./index.ts and may be accepted per unit through `qaExceptions`.
 */
export interface QaRule {
  id: ExceptableRule;
  /** One line for the guide and the check's summary. */
  description: string;
  check(input: QaInput): Finding[];
}

/** The whole article with its glossary marking, for a rule that compares units with each other. */
interface QaArticleInput {
  units: Unit[];
  marked: Map<string, MarkedUnit>;
  glossary: Glossary;
}

/**
 * A QA rule over the whole article (one English form per concept): it reads every unit at once and
 * reports each finding on the unit it is in, so a unit accepts it through `qaExceptions` like any other.
 */
export interface QaArticleRule {
  id: ExceptableRule;
  description: string;
  /** Findings by unit ID. */
  checkArticle(input: QaArticleInput): Map<string, Finding[]>;
}
