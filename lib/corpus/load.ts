import { buildCorpus } from './build';
import { readCorpusFiles } from './files';
import type { Corpus } from './model';
import { errorsIn, InvalidCorpusError } from './problems';

let cached: Corpus | undefined;

/**
 * The project's corpus, read and built once per process. The build has already run the full check
 * (`checkCorpus`); this refuses an article whose structure is broken, naming every problem.
 */
export function loadCorpus(root = process.cwd()): Corpus {
  if (cached) return cached;
  const { corpus, problems } = buildCorpus(readCorpusFiles(root));
  if (!corpus || errorsIn(problems).length > 0) throw new InvalidCorpusError(problems);
  cached = corpus;
  return corpus;
}
