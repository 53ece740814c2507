import type { Corpus } from '../corpus/model';
import { citeArticle } from '../cite/source';
import type { UnitSentences } from '../sentences/model';
import type { CiteData, NotesData, SentenceData } from './contract';
import type { Locale } from '../locale';

/** `/data/cite/{locale}.json` (with the dialog's labels): the article's bibliographic data, and every unit's paragraph number and current revision. */
export function citeData(corpus: Corpus): CiteData {
  return {
    article: citeArticle(corpus.meta),
    units: Object.fromEntries(
      corpus.units.map((unit) => [unit.id, [unit.position, unit.revision.number, unit.revision.date]]),
    ),
  };
}

/** `/data/notes/{locale}.json`: the notes of every unit that has any, in the UI language. */
export function notesData(corpus: Corpus, locale: Locale): NotesData {
  return Object.fromEntries(
    corpus.units
      .filter((unit) => unit.notes.length > 0)
      .map((unit) => [unit.id, unit.notes.map((note) => note[locale])]),
  );
}

/** `/data/sentences.json`: every unit's sentence groups as offsets into its Chinese and English. */
export function sentenceData(sentences: Map<string, UnitSentences>): SentenceData {
  return Object.fromEntries(
    [...sentences.values()].map(({ unit, groups }) => [
      unit,
      groups.flatMap((g) => [g.zh.start, g.zh.end, g.en.start, g.en.end]),
    ]),
  );
}
