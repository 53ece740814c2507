'use client';

import './rows.css';
import type { Lang } from '@/lib/corpus/model';
import type { ArticleMeta } from '@/lib/corpus/schema';
import { LANG_TAG } from '@/lib/locale';
import { CELL_CLASS, PARALLEL_CLASS, SECTION_ID_PREFIX } from '@/lib/reader/contract';
import { unpackRow, type SectionData } from '@/lib/reader/rows';
import { PairRow, type PairLabels } from './PairRow';

interface Props {
  sections: SectionData[];
  speakers: ArticleMeta['speakers'];
  locale: Lang;
  labels: PairLabels & { columnZh: string; columnEn: string };
}

/**
 * The parallel text. It is a client component only so that the browser receives the rows as
 * compact data (lib/reader/rows.ts) rather than as a serialized element tree; it has no state and
 * renders once. Behaviour lives in the controllers the reading tools attach.
 */
export function ParallelRows({ sections, speakers, locale, labels }: Props) {
  return (
    <div className={PARALLEL_CLASS}>
      <div className="column-heads" aria-hidden="true">
        <span className={CELL_CLASS.zh} lang={LANG_TAG[locale]}>
          {labels.columnZh}
        </span>
        <span className={CELL_CLASS.en} lang={LANG_TAG[locale]}>
          {labels.columnEn}
        </span>
      </div>
      {sections.map((section) => (
        <section key={section.id} id={`${SECTION_ID_PREFIX}${section.id}`} aria-labelledby={`title-${section.id}`}>
          {section.hiddenTitle ? (
            // Our own section titles are for navigation only; the article shows none here.
            <h2 id={`title-${section.id}`} className="visually-hidden" lang={LANG_TAG[locale]}>
              {section.hiddenTitle}
            </h2>
          ) : null}
          {section.rows.map((packed) => (
            <PairRow key={packed[0]} row={unpackRow(packed)} speakers={speakers} locale={locale} labels={labels} />
          ))}
        </section>
      ))}
    </div>
  );
}
