import { CJK } from './text';
import type { Finding, QaRule } from './types';

/**
 * No Chinese characters or full-width punctuation in the English, except where a unit marks a run
 * as intended (a `qaExceptions` entry naming it, e.g. a name kept in characters beside its English).
 */
export const strayChineseRule: QaRule = {
  id: 'stray-chinese',
  description: 'No Chinese characters or full-width punctuation in the English, except where marked.',
  check({ unit }) {
    const findings: Finding[] = [];
    // One finding per stretch of Chinese, across the spaces and ASCII punctuation inside it.
    for (const m of unit.en.matchAll(new RegExp(`${CJK.source}+(?:[\\s,.;:!?]*${CJK.source}+)*`, 'g'))) {
      findings.push({
        severity: 'error',
        field: 'en',
        index: m.index!,
        text: m[0],
        message: `Chinese text “${m[0]}” in the English`,
      });
    }
    return findings;
  },
};
