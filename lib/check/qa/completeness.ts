import { CJK } from './text';
import type { Finding, QaRule } from './types';

/** Left-over markers of unfinished work. */
const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|XXX)\b|\?\?\?|\[(?:translation|translate|untranslated)\]/i;

/**
 * Every unit is translated: its English is not a copy of the Chinese (unless the Chinese holds
 * nothing to translate, as a bare link) and carries no placeholder.
 */
export const completenessRule: QaRule = {
  id: 'completeness',
  description: 'Every unit is translated: the English is no copy of the Chinese and holds no placeholder.',
  check({ unit }) {
    const findings: Finding[] = [];
    if (unit.en.trim() === unit.zh.trim() && CJK.test(unit.zh)) {
      findings.push({
        severity: 'error',
        field: 'en',
        index: 0,
        text: unit.en,
        message: 'the English is a copy of the Chinese: the unit is untranslated',
      });
    }
    const placeholder = PLACEHOLDER.exec(unit.en);
    if (placeholder) {
      findings.push({
        severity: 'error',
        field: 'en',
        index: placeholder.index,
        text: placeholder[0],
        message: `placeholder “${placeholder[0]}” left in the English`,
      });
    }
    return findings;
  },
};
