import { loadCorpus } from '../corpus/load';
import { loadSentences } from '../sentences/load';
import { loadTermIndex } from '../terms/load';
import { createSearchEngine, type SearchDoc, type SearchEngine } from './engine';
import { termTarget } from './terms';

let cached: SearchEngine | undefined;

/** Every sentence group of the article as a search document, in reading order. */
export function searchDocs(): SearchDoc[] {
  const sentences = loadSentences();
  return loadCorpus().units.flatMap((unit) =>
    sentences.get(unit.id)!.groups.map((g) => ({
      unit: unit.id,
      n: g.n,
      section: unit.sectionId,
      speaker: unit.speaker,
      zh: g.zh.text,
      en: g.en.text,
    })),
  );
}

/** The search engine over the article and glossary, built once per server process. */
export function loadSearchEngine(): SearchEngine {
  cached ??= createSearchEngine(searchDocs(), loadTermIndex().glossary.entries.map(termTarget));
  return cached;
}
