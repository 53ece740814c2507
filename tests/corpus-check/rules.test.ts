import { describe, expect, it } from 'vitest';
import { errorsIn, formatProblem, RULES } from '@/lib/corpus/problems';
import { fileCases } from './cases/files';
import { structureCases } from './cases/structure';
import { segmentationCases } from './cases/segmentation';
import { permanenceCases } from './cases/permanence';
import { glossaryCases } from './cases/glossary';
import { qaCases } from './cases/qa';
import { baseline } from './fixture';

describe('the real corpus', () => {
  it('passes every check, with no errors', () => {
    expect(errorsIn(baseline.problems).map(formatProblem)).toEqual([]);
    expect(baseline.corpus?.units.length).toBeGreaterThan(150);
    expect(baseline.index?.glossary.entries.length).toBeGreaterThan(50);
  });
});

describe('every rule fails a patched corpus, naming file, line, unit and rule', () => {
  it('has a case for every rule', () => {
    const cases = [
      ...fileCases,
      ...structureCases,
      ...segmentationCases,
      ...permanenceCases,
      ...glossaryCases,
      ...qaCases,
    ];
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(RULES));
  });
});
