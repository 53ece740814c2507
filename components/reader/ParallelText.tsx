import './rows.css';
import { getTranslations } from 'next-intl/server';
import type { Corpus, Lang } from '@/lib/corpus/model';
import { PARALLEL_CLASS } from '@/lib/reader/contract';
import { readerSections } from '@/lib/reader/rows';
import { rowsHtml } from '@/lib/reader/rows-html';
import type { MarkedUnit } from '@/lib/terms/mark';

interface Props {
  corpus: Corpus;
  marked: Map<string, MarkedUnit>;
  locale: Lang;
}

/**
 * The parallel text, a server component. Its rows are one HTML string (lib/reader/rows-html.ts) set
 * as the inner HTML of the one element React renders here, so on the client React owns that element
 * and never its children: the rows are not hydrated (no long task for ~3,850 nodes) and can never be
 * re-rendered, which is what lets the plain-DOM behaviour (sentence marks, pinyin ruby, reveal
 * buttons, Tab stops) change them safely. Display changes are root attributes that CSS reads.
 * Rows kept in a client component behind a boundary that skips their hydration would cross in the
 * RSC payload just the same (as data rather than this string) and stay React's to re-render; this
 * way nothing inside the element is React's.
 */
export async function ParallelText({ corpus, marked, locale }: Props) {
  const t = await getTranslations('Reader');
  const tc = await getTranslations('Cite');
  const html = rowsHtml({
    sections: readerSections(corpus, marked, locale),
    speakers: corpus.meta.speakers,
    locale,
    labels: {
      cite: tc('button'),
      translatorNote: t('translatorNote'),
      correctionNote: t('correctionNote'),
      readNote: t('readNote'),
      columnZh: t('columnZh'),
      columnEn: t('columnEn'),
    },
  });
  return <div className={PARALLEL_CLASS} dangerouslySetInnerHTML={{ __html: html }} />;
}
