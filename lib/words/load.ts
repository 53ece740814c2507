import { loadCorpus } from '../corpus/load';
import { readCorpusFiles } from '../corpus/files';
import { buildCorpus } from '../corpus/build';
import { errorsIn, InvalidCorpusError } from '../corpus/problems';
import { checkWords } from '../corpus/words-check';
import { loadTermIndex } from '../terms/load';
import { jiebaCut } from './jieba';
import type { Word } from './segment';

let cached: Map<string, Word[]> | undefined;

/**
 * Every unit's words, keyed by unit ID, segmented once per process with the corpus's reviewed
 * overrides. The build has already run the full check; this refuses overrides that do not hold.
 */
export function loadWords(root = process.cwd()): Map<string, Word[]> {
  if (cached) return cached;
  const files = readCorpusFiles(root);
  const { locator } = buildCorpus(files);
  const checked = checkWords(files, jiebaCut, loadCorpus(root).units, loadTermIndex().marked, locator);
  if (!checked.words || errorsIn(checked.problems).length > 0) throw new InvalidCorpusError(checked.problems);
  cached = checked.words;
  return cached;
}
