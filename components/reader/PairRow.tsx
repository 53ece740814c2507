import type { Lang, Unit } from '@/lib/corpus/model';
import type { ArticleMeta, Note } from '@/lib/corpus/schema';
import { LANG_TAG } from '@/lib/locale';
import type { MarkedUnit, Segment } from '@/lib/terms/mark';
import { CiteLink } from '../cite/CiteLink';
import { MarkedText } from '../terms/MarkedText';

export interface PairLabels {
  permalink: (id: string) => string;
  cite: string;
  citeLabel: (id: string) => string;
  translatorNote: string;
  correctionNote: string;
}

interface Props {
  unit: Unit;
  /** The unit's text with glossary terms marked; plain text when absent. */
  marked?: MarkedUnit;
  previous?: Unit;
  speakers: ArticleMeta['speakers'];
  locale: Lang;
  labels: PairLabels;
  /** Set on a section's heading unit: the Chinese heading names the section. */
  headingId?: string;
}

const LABELLED_KINDS = new Set(['question', 'answer', 'narration', 'aside']);

/** A speaker's turn starts when the speaker changes or after a heading or list. */
function startsTurn(unit: Unit, previous?: Unit): boolean {
  return !previous || previous.speaker !== unit.speaker || !LABELLED_KINDS.has(previous.kind);
}

export function PairRow({ unit, marked, previous, speakers, locale, labels, headingId }: Props) {
  const labelled = LABELLED_KINDS.has(unit.kind);
  const turnStart = labelled && startsTurn(unit, previous);
  return (
    <div className={`pair kind-${unit.kind} speaker-${unit.speaker}`} id={unit.id} data-unit="">
      <div className="pair-meta">
        <a className="pair-anchor" href={`#${unit.id}`} aria-label={labels.permalink(unit.id)}>
          {unit.id}
        </a>
        <CiteLink unit={unit} locale={locale} label={labels.cite} accessibleLabel={labels.citeLabel(unit.id)} />
      </div>
      {(['zh', 'en'] as const).map((lang) => (
        <div key={lang} className={`cell cell-${lang}`} lang={LANG_TAG[lang]}>
          {labelled ? (
            <p className={turnStart ? 'speaker' : 'speaker visually-hidden'}>{speakers[unit.speaker]?.[lang]}</p>
          ) : null}
          <UnitText
            unit={unit}
            segments={marked?.[lang] ?? [unit[lang]]}
            locale={locale}
            headingId={lang === 'zh' ? headingId : undefined}
          />
          <Notes
            notes={unit.notes.filter((note) => (note.type === 'correction') === (lang === 'zh'))}
            locale={locale}
            labels={labels}
          />
        </div>
      ))}
    </div>
  );
}

interface UnitTextProps {
  unit: Unit;
  segments: Segment[];
  locale: Lang;
  headingId?: string;
}

function UnitText({ unit, segments, locale, headingId }: UnitTextProps) {
  const text = <MarkedText segments={segments} locale={locale} />;
  switch (unit.kind) {
    case 'heading':
      return (
        <h2 className="text" id={headingId}>
          {text}
        </h2>
      );
    case 'link':
      return (
        <p className="text">
          <a href={unit.zh}>{unit.zh}</a>
        </p>
      );
    default:
      return <p className="text">{text}</p>;
  }
}

function Notes({ notes, locale, labels }: { notes: Note[]; locale: Lang; labels: PairLabels }) {
  if (notes.length === 0) return null;
  return (
    <div className="notes" lang={LANG_TAG[locale]}>
      {notes.map((note, i) => (
        <details key={i} className={`note note-${note.type}`}>
          <summary>{note.type === 'correction' ? labels.correctionNote : labels.translatorNote}</summary>
          <p>{note[locale]}</p>
        </details>
      ))}
    </div>
  );
}
