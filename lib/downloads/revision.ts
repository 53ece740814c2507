import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus/model';
import type { Glossary } from '../terms/glossary';

/**
 * The corpus revision that names every download: the date of the newest English revision and a
 * hash of everything the downloads contain (article, units, glossary). Any change to the text,
 * the notes or the glossary gives new file names; an unchanged corpus keeps its addresses.
 */
export function corpusRevision(corpus: Corpus, glossary: Glossary): string {
  const hash = createHash('sha256')
    .update(JSON.stringify({ meta: corpus.meta, units: corpus.units, entries: glossary.entries }))
    .digest('hex')
    .slice(0, 8);
  const newest =
    corpus.units
      .map((u) => u.revision.date)
      .sort()
      .at(-1) ?? corpus.meta.published;
  return `${newest.replace(/-/g, '')}-${hash}`;
}
