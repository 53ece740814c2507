// The e2e tests compare what the reader shows with the corpus itself, loaded the way the app loads it.
import { loadProject } from '../lib/project/load';

export const { corpus, sentences } = loadProject();
