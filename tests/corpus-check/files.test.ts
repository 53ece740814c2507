import { describe } from 'vitest';
import { fileCases } from './cases/files';
import { eachCaseFails } from './fixture';

describe('the file rules (syntax, schema) fail a patched corpus, naming file, line, unit and rule', () => {
  eachCaseFails(fileCases);
});
