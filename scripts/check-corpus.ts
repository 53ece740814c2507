// Validates the corpus before a build, so a translator sees every problem with its file and unit:
// schema and cross-checks, then revisions against the committed lock, unit IDs, and the glossary rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CorpusError } from '../lib/corpus/errors';
import { loadCorpusFrom } from '../lib/corpus/load';
import { idProblems, IDS_FILE, readIdManifest } from '../lib/corpus/ids';
import { REVISION_LOCK_FILE, revisionProblems } from '../lib/corpus/revisions';
import { loadTermIndex, unitFilesIn } from '../lib/terms/load';
import { formatProblem, glossaryProblems } from '../lib/terms/rules';

try {
  const corpus = loadCorpusFrom(path.join(process.cwd(), 'corpus'), 'corpus');
  const lock = JSON.parse(readFileSync(path.join(process.cwd(), REVISION_LOCK_FILE), 'utf8'));
  const problems = revisionProblems(corpus.units, lock);
  if (problems.length > 0) {
    console.error(`Revisions do not match ${REVISION_LOCK_FILE}:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  const ids = idProblems(corpus.units, readIdManifest());
  if (ids.length > 0) {
    console.error(`Unit IDs do not match ${IDS_FILE}:`);
    for (const problem of ids) console.error(`  - ${problem}`);
    process.exit(1);
  }
  const index = loadTermIndex();
  const unitFile = unitFilesIn(path.join(process.cwd(), 'corpus', 'units'), 'corpus/units');
  const glossary = glossaryProblems({ units: corpus.units, index, unitFile });
  if (glossary.length > 0) {
    console.error('The glossary does not match the article:');
    for (const problem of glossary) console.error(`  - ${formatProblem(problem)}`);
    process.exit(1);
  }
  console.log(`glossary OK: ${index.glossary.entries.length} entries`);
  console.log(`corpus OK: ${corpus.units.length} units in ${corpus.sections.length} sections, revisions locked, IDs published`);
} catch (error) {
  if (error instanceof CorpusError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
