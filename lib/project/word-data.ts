import type { Lang } from '../corpus/model';
import { wordData } from '../words/data';
import { loadCedict } from '../words/dictionary';
import { loadProject } from './load';

/** The word data of the checked project for one UI language: what /data/words/{locale}.json holds besides its labels. */
export function projectWordData(locale: Lang, root?: string) {
  const { corpus, words, index } = loadProject(root);
  return wordData(corpus.units, words, index.glossary.byId, loadCedict(), locale);
}
