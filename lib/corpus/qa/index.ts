import type { MarkedUnit } from '../../terms/mark';
import type { UnitLocator } from '../locate';
import type { Unit } from '../model';
import type { Problem } from '../problems';
import { carriedTokensRule } from './tokens';
import { completenessRule } from './completeness';
import { numbersRule } from './numbers';
import { punctuationRule } from './punctuation';
import { serialCommaRule } from './serial-comma';
import { strayChineseRule } from './stray-chinese';
import type { QaRule } from './types';

/**
 * The translation QA rules, in the order their findings are listed. Terminology is checked with the
 * glossary (lib/terms). Sentence alignment joins this list once units hold aligned sentences.
 */
export const QA_RULES: QaRule[] = [completenessRule, numbersRule, carriedTokensRule, strayChineseRule, punctuationRule, serialCommaRule];

const charOf = (text: string, index: number) => [...text.slice(0, index)].length + 1;

/**
 * Runs every QA rule on every unit. A finding the unit accepts in `qaExceptions` (same rule, same
 * text) is dropped; an exception that accepts nothing is itself an error, so stale ones get removed.
 */
export function qaProblems(units: Unit[], locator: UnitLocator, marked?: Map<string, MarkedUnit>): Problem[] {
  const problems: Problem[] = [];
  for (const unit of units) {
    const used = new Set<number>();
    for (const rule of QA_RULES) {
      for (const finding of rule.check({ unit, marked: marked?.get(unit.id) })) {
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
