// Reports what a glossary editor needs to fix: forms that never occur, entries that occur nowhere,
// and units whose Chinese has a term but whose English has none of its English forms.
import { loadCorpus } from '../lib/corpus/load';
import { CorpusError } from '../lib/corpus/errors';
import { glossaryProblems } from '../lib/terms/consistency';
import { loadTermIndex } from '../lib/terms/load';

try {
  const corpus = loadCorpus();
  const index = loadTermIndex();
  const problems = glossaryProblems(corpus.units, index);
  console.log(`${index.glossary.entries.length} entries; ${index.occurrences.size} occur in the article`);
  for (const problem of problems) console.log(`- ${problem}`);
  if (problems.length > 0) process.exit(1);
  console.log('glossary OK');
} catch (error) {
  if (error instanceof CorpusError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
