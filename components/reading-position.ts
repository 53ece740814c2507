import { READ_LINE_PX, rowSelector, STICKY_BARS_SELECTOR } from '@/lib/reader/contract';

/** Where the text the reader sees begins: the bottom of the bars that stay over it while it scrolls. */
export function stickyBarsBottom(doc: Document): number {
  const bars = doc.querySelector(STICKY_BARS_SELECTOR);
  return bars ? bars.getBoundingClientRect().bottom : 0;
}

/**
 * The paragraph at the top of what the reader sees, below the sticky bars, so the other locale can
 * open at the same place. Loaded when the locale switch is used on a scrolled page.
 */
export function currentUnitId(doc: Document): string | undefined {
  const top = stickyBarsBottom(doc);
  for (const row of doc.querySelectorAll<HTMLElement>(rowSelector)) {
    if (row.checkVisibility() && row.getBoundingClientRect().bottom > top + READ_LINE_PX) return row.id;
  }
  return undefined;
}
