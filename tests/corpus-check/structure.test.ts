import { describe } from 'vitest';
import { structureCases } from './cases/structure';
import { eachCaseFails } from './fixture';

describe('the article’s structure rules fail a patched corpus, naming file, line, unit and rule', () => {
  eachCaseFails(structureCases);
});
