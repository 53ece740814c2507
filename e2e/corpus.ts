// The e2e tests compare what the reader shows with the corpus itself, loaded the way the app loads it.
import { loadCorpus } from '../lib/corpus/load';

export const corpus = loadCorpus();
