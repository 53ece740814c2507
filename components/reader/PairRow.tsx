import type { Lang } from '@/lib/corpus/model';
import type { ArticleMeta } from '@/lib/corpus/schema';
import { LANG_TAG } from '@/lib/locale';
import {
  CELL_CLASS,
  NOTE_CLASS,
  noteHref,
  ROW_CLASS,
  ROW_META_CLASS,
  ROW_SPEAKERS_ATTR,
  SPEAKER_CLASS,
  TEXT_CLASS,
} from '@/lib/reader/contract';
import type { RowData } from '@/lib/reader/rows';
import { CiteLink } from '../cite/CiteLink';
import { MarkedText } from '../terms/MarkedText';

export interface PairLabels {
  cite: string;
  translatorNote: string;
  correctionNote: string;
  /** The link inside a note before its text is loaded (and without JavaScript). */
  readNote: string;
}

interface Props {
  row: RowData;
  speakers: ArticleMeta['speakers'];
  locale: Lang;
  labels: PairLabels;
}

/**
 * One aligned unit. It carries only what use without JavaScript and assistive technology need:
 * the permalink, the cite link (to the unit's page), the two cells with their `lang`, and the notes.
 */
export function PairRow({ row, speakers, locale, labels }: Props) {
  return (
    <div
      className={`${ROW_CLASS} k-${row.kind} s-${row.speaker}`}
      id={row.id}
      {...(row.sp ? { [ROW_SPEAKERS_ATTR]: row.sp } : {})}
    >
      {/* One paragraph, so each link's purpose includes the unit's ID (WCAG technique H78). */}
      <p className={ROW_META_CLASS}>
        <a href={`#${row.id}`}>{row.id}</a> <CiteLink unitId={row.id} locale={locale} label={labels.cite} />
      </p>
      {(['zh', 'en'] as const).map((lang) => {
        const notes = (row.notes ?? [])
          .map((type, index) => ({ type, index }))
          .filter(({ type }) => (type === 'correction') === (lang === 'zh'));
        const text = <MarkedText segments={row[lang]} locale={locale} />;
        return (
          <div key={lang} className={CELL_CLASS[lang]} lang={LANG_TAG[lang]}>
            {row.turn ? <p className={SPEAKER_CLASS}>{speakers[row.speaker]?.[lang]}</p> : null}
            {row.kind === 'heading' ? (
              <h2 className={TEXT_CLASS} id={lang === 'zh' ? row.headingId : undefined}>
                {text}
              </h2>
            ) : (
              <p className={TEXT_CLASS}>{row.kind === 'link' ? <a href={row.zh.join('')}>{text}</a> : text}</p>
            )}
            {notes.length > 0 ? (
              <div className="notes" lang={LANG_TAG[locale]}>
                {notes.map(({ type, index }) => (
                  <details key={index} className={`${NOTE_CLASS} note-${type}`}>
                    <summary>{type === 'correction' ? labels.correctionNote : labels.translatorNote}</summary>
                    <p>
                      <a href={noteHref(locale, row.id, index)}>{labels.readNote}</a>
                    </p>
                  </details>
                ))}
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
