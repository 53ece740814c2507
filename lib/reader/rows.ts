import type { Corpus, Lang, Unit } from '../corpus/model';
import type { Note, UnitKind, SpeakerId } from '../corpus/schema';

type NoteType = Note['type'];
import type { MarkedUnit, Segment } from '../terms/mark';
import { rowSpeakers } from './speakers';

/**
 * The reader's rows as compact data. The rows are rendered by a client component, so what crosses
 * to the browser is this data (about a third of the size of the element tree it renders), not the
 * tree; the browser still receives the finished markup, rendered on the server.
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

/**
 * A row as it crosses to the browser: a tuple, so that 194 rows do not repeat nine key names.
 * Absent fields in the middle are 0; absent fields at the end are left off.
 */
export type PackedRow = [
  id: string,
  kind: UnitKind,
  speaker: SpeakerId,
  zh: CompactSegment[],
  en: CompactSegment[],
  sp?: string | 0,
  turn?: 1 | 0,
  notes?: NoteType[] | 0,
  headingId?: string,
];

export function packRow(row: RowData): PackedRow {
  const packed: PackedRow = [row.id, row.kind, row.speaker, row.zh, row.en, row.sp ?? 0, row.turn ?? 0, row.notes ?? 0];
  if (row.headingId) packed.push(row.headingId);
  while (packed.length > 5 && packed[packed.length - 1] === 0) packed.pop();
  return packed;
}

export function unpackRow([id, kind, speaker, zh, en, sp, turn, notes, headingId]: PackedRow): RowData {
  return {
    id,
    kind,
    speaker,
    ...(sp ? { sp } : {}),
    ...(turn ? { turn } : {}),
    zh,
    en,
    ...(notes ? { notes } : {}),
    ...(headingId ? { headingId } : {}),
  };
}

export interface SectionData {
  id: string;
  /** Our own title for a section the article leaves untitled (for navigation; visually hidden). */
  hiddenTitle?: string;
  rows: PackedRow[];
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

export function readerSections(corpus: Corpus, marked: Map<string, MarkedUnit>, locale: Lang): SectionData[] {
  const filter = rowSpeakers(corpus.units);
  return corpus.sections.map((section) => ({
    id: section.id,
    ...(section.titleFromArticle ? {} : { hiddenTitle: section.title[locale] }),
    rows: section.units.map((unit, i): PackedRow => {
      const segments = marked.get(unit.id);
      const sp = filter.get(unit.id) ?? [];
      return packRow({
        id: unit.id,
        kind: unit.kind,
        speaker: unit.speaker,
        ...(sp.length > 0 ? { sp: sp.join(' ') } : {}),
        ...(startsTurn(unit, section.units[i - 1]) ? { turn: 1 as const } : {}),
        zh: compactSegments(segments?.zh ?? [unit.zh]),
        en: compactSegments(segments?.en ?? [unit.en]),
        ...(unit.notes.length > 0 ? { notes: unit.notes.map((note) => note.type) } : {}),
        ...(section.titleFromArticle && i === 0 ? { headingId: `title-${section.id}` } : {}),
      });
    }),
  }));
}
