import type { Corpus, Unit } from '../corpus/model';
import type { Note, UnitKind, SpeakerId } from '../corpus/schema';
import type { MarkedUnit, Segment } from '../terms/mark';
import { sectionTitleId } from './contract';
import { rowSpeakers } from './speakers';
import type { Locale } from '../locale';

type NoteType = Note['type'];

/**
 * The reader's rows as data, prepared on the server for the HTML builder (./rows-html.ts). Term
 * occurrences are compact segments, which the unit and glossary pages' marked text uses too.
 */

/** Plain text, or a term occurrence: [term ID, text] or [term ID, text, 1] when misspelled. */
export type CompactSegment = string | [termId: string, text: string] | [termId: string, text: string, misspelled: 1];

export interface RowData {
  id: string;
  kind: UnitKind;
  speaker: SpeakerId;
  /** Speakers the row belongs to under the speaker filter, space-separated; absent for none. */
  sp?: string;
  /** Set where a speaker's turn starts: the speaker is named there. */
  turn?: 1;
  zh: CompactSegment[];
  en: CompactSegment[];
  /**
   * The kinds of the unit's notes, in order: corrections go under the Chinese, translator's notes
   * under the English. Their text is fetched when a note is opened (see NOTE_CLASS).
   */
  notes?: NoteType[];
  /** Set on a section's first row when the article's own heading names the section. */
  headingId?: string;
}

export interface SectionData {
  id: string;
  /** Our own title for a section the article leaves untitled (for navigation; visually hidden). */
  hiddenTitle?: string;
  rows: RowData[];
}

export function compactSegments(segments: Segment[]): CompactSegment[] {
  return segments.map((s) => (typeof s === 'string' ? s : s.misspelled ? [s.termId, s.text, 1] : [s.termId, s.text]));
}

const LABELLED_KINDS = new Set<UnitKind>(['question', 'answer', 'narration', 'aside']);

/** A speaker's turn starts when the speaker changes or after a heading or list. */
function startsTurn(unit: Unit, previous?: Unit): boolean {
  if (!LABELLED_KINDS.has(unit.kind)) return false;
  return !previous || previous.speaker !== unit.speaker || !LABELLED_KINDS.has(previous.kind);
}

export function readerSections(corpus: Corpus, marked: Map<string, MarkedUnit>, locale: Locale): SectionData[] {
  const filter = rowSpeakers(corpus.units);
  return corpus.sections.map((section) => ({
    id: section.id,
    ...(section.titleFromArticle ? {} : { hiddenTitle: section.title[locale] }),
    rows: section.units.map((unit, i): RowData => {
      const segments = marked.get(unit.id);
      const sp = filter.get(unit.id) ?? [];
      return {
        id: unit.id,
        kind: unit.kind,
        speaker: unit.speaker,
        ...(sp.length > 0 ? { sp: sp.join(' ') } : {}),
        ...(startsTurn(unit, section.units[i - 1]) ? { turn: 1 as const } : {}),
        zh: compactSegments(segments?.zh ?? [unit.zh]),
        en: compactSegments(segments?.en ?? [unit.en]),
        ...(unit.notes.length > 0 ? { notes: unit.notes.map((note) => note.type) } : {}),
        ...(section.titleFromArticle && i === 0 ? { headingId: sectionTitleId(section.id) } : {}),
      };
    }),
  }));
}
