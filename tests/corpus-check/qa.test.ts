import { describe } from 'vitest';
import { qaCases } from './cases/qa';
import { eachCaseFails } from './fixture';

describe('the translation QA rules fail a patched corpus, naming file, line, unit and rule', () => {
  eachCaseFails(qaCases);
});
