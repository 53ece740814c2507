// The reader's parallel text as the page serves it, rendered into the test document (happy-dom), for
// the tests of the plain-DOM behaviour that works on it.
import type { Lang } from '@/lib/corpus/model';
import { articleRowsHtml } from '@/lib/reader/article-rows';
import type { RowLabels } from '@/lib/reader/rows-html';
import { loadProject } from '@/lib/project/load';

export const ROW_LABELS: RowLabels = {
  cite: 'Cite',
  translatorNote: 'Translator’s note',
  correctionNote: 'Correction',
  readNote: 'Read the note',
  columnZh: 'Chinese original',
  columnEn: 'English translation',
};

/** Puts the whole article's rows in the document, inside the parallel text's one element. */
export function renderReader(locale: Lang): void {
  const html = articleRowsHtml(loadProject().corpus, loadProject().index.marked, locale, ROW_LABELS);
  document.body.innerHTML = `<main><div class="parallel">${html}</div></main>`;
}
