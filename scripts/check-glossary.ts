// Reports what a glossary editor needs to fix, each problem with its file, entry or unit, and rule.
import path from 'node:path';
import { CorpusError } from '../lib/corpus/errors';
import { loadCorpus } from '../lib/corpus/load';
import { loadTermIndex, unitFilesIn } from '../lib/terms/load';
import { formatProblem, glossaryProblems } from '../lib/terms/rules';

try {
  const corpus = loadCorpus();
  const index = loadTermIndex();
  const unitFile = unitFilesIn(path.join(process.cwd(), 'corpus', 'units'), 'corpus/units');
  const problems = glossaryProblems({ units: corpus.units, index, unitFile });
  console.log(`${index.glossary.entries.length} entries; ${index.occurrences.size} occur in the article`);
  for (const problem of problems) console.log(`- ${formatProblem(problem)}`);
  if (problems.length > 0) process.exit(1);
  console.log('glossary OK');
} catch (error) {
  if (error instanceof CorpusError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
