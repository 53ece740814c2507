import { describe } from 'vitest';
import { glossaryCases } from './cases/glossary';
import { eachCaseFails } from './fixture';

describe('the glossary rules fail a patched corpus, naming file, line, unit and rule', () => {
  eachCaseFails(glossaryCases);
});
