import type { Corpus, Lang } from '../corpus/model';
import type { NotesData, UnitCiteData } from './contract';

/** `/data/units.json`: the paragraph number and current revision of every unit, for citations. */
export function unitCiteData(corpus: Corpus): UnitCiteData {
  return Object.fromEntries(
    corpus.units.map((unit) => [unit.id, [unit.position, unit.revision.number, unit.revision.date]]),
  );
}

/** `/data/notes/{locale}.json`: the notes of every unit that has any, in the UI language. */
export function notesData(corpus: Corpus, locale: Lang): NotesData {
  return Object.fromEntries(
    corpus.units.filter((unit) => unit.notes.length > 0).map((unit) => [unit.id, unit.notes.map((note) => note[locale])]),
  );
}
