import { buildCorpus } from '../corpus/build';
import { readCorpusFiles } from '../corpus/files';
import { errorsIn, InvalidCorpusError } from '../corpus/problems';
import { checkSentences } from '../corpus/sentences-check';
import type { UnitSentences } from './model';

let cached: Map<string, UnitSentences> | undefined;

/**
 * Every unit's aligned sentences, keyed by unit ID, read and checked once per process. The build has
 * already run the full check; this refuses sentences that do not fit their units, naming each problem.
 */
export function loadSentences(root = process.cwd()): Map<string, UnitSentences> {
  if (cached) return cached;
  const files = readCorpusFiles(root);
  const { corpus, problems, locator } = buildCorpus(files);
  const checked = corpus && checkSentences(files, corpus.units, locator);
  const all = [...problems, ...(checked?.problems ?? [])];
  if (!checked?.sentences || errorsIn(all).length > 0) throw new InvalidCorpusError(all);
  cached = checked.sentences;
  return cached;
}
