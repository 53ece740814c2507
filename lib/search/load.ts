import { createSearchEngine, type SearchDoc, type SearchEngine } from './engine';
import { termTarget } from './term-hits';
import { loadProject } from '../project/load';

let cached: SearchEngine | undefined;

/** Every sentence group of the article as a search document, in reading order. */
export function searchDocs(): SearchDoc[] {
  const sentences = loadProject().sentences;
  return loadProject().corpus.units.flatMap((unit) =>
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
  cached ??= createSearchEngine(searchDocs(), loadProject().index.glossary.entries.map(termTarget));
  return cached;
}
