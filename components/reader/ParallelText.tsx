import './rows.css';
import { getTranslations } from 'next-intl/server';
import type { Corpus } from '@/lib/corpus/model';
import { articleRowsHtml, rowLabels } from '@/lib/reader/article-rows';
import { PARALLEL_CLASS } from '@/lib/reader/contract';
import { ROWS_SLOT_ATTR, rowsFilledAfterBuild } from '@/lib/reader/rows-slot';
import type { MarkedUnit } from '@/lib/terms/mark';
import type { Locale } from '@/lib/locale';

interface Props {
  corpus: Corpus;
  marked: Map<string, MarkedUnit>;
  locale: Locale;
}

/**
 * The parallel text, a server component. Its rows are one HTML string (lib/reader/rows-html.ts) set
 * as the inner HTML of the one element React renders here, so on the client React owns that element
 * and never its children: the rows are not hydrated (no long task for ~3,850 nodes) and can never be
 * re-rendered, which is what lets the plain-DOM behaviour (sentence marks, pinyin ruby, reveal
 * buttons, Tab stops) change them safely. Display changes are root attributes that CSS reads.
 * Rows kept in a client component behind a boundary that skips their hydration would cross in the
 * RSC payload just the same (as data rather than this string) and stay React's to re-render; this
 * way nothing inside the element is React's. In a production build the element is left empty and
 * the rows are written into the prerendered page after the build (lib/reader/rows-slot.ts), so
 * they are not sent a second time inside the RSC payload.
 */
export async function ParallelText({ corpus, marked, locale }: Props) {
  const slot = { className: PARALLEL_CLASS, [ROWS_SLOT_ATTR]: locale };
  if (rowsFilledAfterBuild()) return <div {...slot} dangerouslySetInnerHTML={{ __html: '' }} />;
  const t = await getTranslations();
  const html = articleRowsHtml(
    corpus,
    marked,
    locale,
    rowLabels((key) => t(key)),
  );
  return <div {...slot} dangerouslySetInnerHTML={{ __html: html }} />;
}
