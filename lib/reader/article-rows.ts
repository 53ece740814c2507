/** The whole article's rows as HTML, for the reader page and for the postbuild step that fills it. */
import type { Corpus } from '../corpus/model';
import type { MarkedUnit } from '../terms/mark';
import { readerSections } from './rows';
import { type RowLabels, rowsHtml } from './rows-html';
import type { Locale } from '../locale';

/** The UI messages the rows use, by label: one list for the page and the postbuild step. */
const ROW_LABEL_MESSAGES = {
  cite: 'Cite.button',
  translatorNote: 'Reader.translatorNote',
  correctionNote: 'Reader.correctionNote',
  readNote: 'Reader.readNote',
  columnZh: 'Reader.columnZh',
  columnEn: 'Reader.columnEn',
} as const satisfies Record<keyof RowLabels, string>;
/** The message keys of the rows' labels (typed, so the page's translator checks each one). */
type RowLabelKey = (typeof ROW_LABEL_MESSAGES)[keyof RowLabels];

/** The rows' labels, each looked up by its message key. */
export function rowLabels(message: (key: RowLabelKey) => string): RowLabels {
  const entries = Object.entries(ROW_LABEL_MESSAGES).map(([label, key]) => [label, message(key)]);
  return Object.fromEntries(entries) as unknown as RowLabels;
}

export function articleRowsHtml(
  corpus: Corpus,
  marked: Map<string, MarkedUnit>,
  locale: Locale,
  labels: RowLabels,
): string {
  return rowsHtml({ sections: readerSections(corpus, marked, locale), speakers: corpus.meta.speakers, locale, labels });
}
