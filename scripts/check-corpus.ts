// Validates the corpus before a build, so a translator sees every problem with its file and unit.
import path from "node:path";
import { CorpusError } from '../lib/corpus/errors';
import { loadCorpusFrom } from '../lib/corpus/load';

try {
  const corpus = loadCorpusFrom(path.join(process.cwd(), "corpus"), "corpus");
  console.log(`corpus OK: ${corpus.units.length} units in ${corpus.sections.length} sections`);
} catch (error) {
  if (error instanceof CorpusError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
