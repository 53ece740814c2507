import type { Glossary } from '../../terms/glossary';
import type { MarkedUnit } from '../../terms/mark';
import type { UnitLocator } from '../../corpus/locate';
import type { Unit } from '../../corpus/model';
import type { Problem } from '../../corpus/problems';
import { carriedTokensRule } from './tokens';
import { completenessRule } from './completeness';
import { numbersRule } from './numbers';
import { oneFormRule } from './one-form';
import { punctuationRule } from './punctuation';
import { serialCommaRule } from './serial-comma';
import { strayChineseRule } from './stray-chinese';
import type { Finding, QaArticleRule, QaRule } from './types';

/**
 * The translation QA rules, in the order their findings are listed. Terminology is checked with the
 * glossary (lib/terms). Sentence alignment joins this list once units hold aligned sentences.
 */
const QA_RULES: QaRule[] = [
  completenessRule,
  numbersRule,
  carriedTokensRule,
  strayChineseRule,
  punctuationRule,
  serialCommaRule,
];

/** The rules that compare units across the article; their findings follow the unit rules'. */
const QA_ARTICLE_RULES: QaArticleRule[] = [oneFormRule];

const charOf = (text: string, index: number) => [...text.slice(0, index)].length + 1;

/**
 * Runs every QA rule on every unit. A finding the unit accepts in `qaExceptions` (same rule, same
 * text) is dropped; an exception that accepts nothing is itself an error, so stale ones get removed.
 */
export function qaProblems(
  units: Unit[],
  locator: UnitLocator,
  index?: { marked: Map<string, MarkedUnit>; glossary: Glossary },
): Problem[] {
  const problems: Problem[] = [];
  const article = index
    ? QA_ARTICLE_RULES.map((rule) => ({ rule, findings: rule.checkArticle({ units, ...index }) }))
    : [];
  for (const unit of units) {
    const used = new Set<number>();
    const found: { rule: QaRule | QaArticleRule; finding: Finding }[] = [
      ...QA_RULES.flatMap((rule) =>
        rule.check({ unit, marked: index?.marked.get(unit.id) }).map((finding) => ({ rule, finding })),
      ),
      ...article.flatMap(({ rule, findings }) => (findings.get(unit.id) ?? []).map((finding) => ({ rule, finding }))),
    ];
    for (const { rule, finding } of found) {
      const exception = unit.qaExceptions.findIndex((e) => e.rule === rule.id && e.text === finding.text);
      if (exception >= 0) {
        used.add(exception);
        continue;
      }
      problems.push({
        rule: rule.id,
        severity: finding.severity,
        file: locator.fileOf(unit.id)!,
        line: locator.lineOfChar(unit.id, finding.field, finding.index, unit[finding.field]),
        unit: unit.id,
        at: { field: finding.field, char: charOf(unit[finding.field], finding.index) },
        message: finding.message,
      });
    }
    unit.qaExceptions.forEach((exception, i) => {
      if (used.has(i)) return;
      problems.push({
        rule: 'qa-exception',
        severity: 'error',
        file: locator.fileOf(unit.id)!,
        line: locator.lineOf(unit.id),
        unit: unit.id,
        message: `the ${exception.rule} exception for “${exception.text}” matches no finding: remove it`,
      });
    });
  }
  return problems;
}
