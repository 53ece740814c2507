import { describe } from 'vitest';
import { permanenceCases } from './cases/permanence';
import { eachCaseFails } from './fixture';

describe('the permanence rules (IDs, revisions, reviews) fail a patched corpus, naming file, line, unit and rule', () => {
  eachCaseFails(permanenceCases);
});
