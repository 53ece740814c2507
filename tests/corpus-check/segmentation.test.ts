import { describe } from 'vitest';
import { segmentationCases } from './cases/segmentation';
import { eachCaseFails } from './fixture';

describe('the sentence and word rules fail a patched corpus, naming file, line, unit and rule', () => {
  eachCaseFails(segmentationCases);
});
