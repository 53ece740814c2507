import { rowSelector, SENTENCE_CLASS, WORD_CLASS, WORD_SELECTOR } from '@/lib/reader/contract';

/**
 * Keyboard access to the rows, after the WAI-ARIA Authoring Practices' roving tabindex ("Managing
 * focus within components", as in the toolbar pattern): each row is one Tab stop; Left and Right
 * arrows (Home, End) move between the row's permalink, cite link, reveal button, sentences (once
 * the sentence marks are in use), terms and notes; in word mode, the Chinese text word by word (its
 * sentences give way to their words).
 * The row remembers where its focus was. Without JavaScript every link is an ordinary Tab stop.
 * This module keeps the stops; keyboard.ts, in the behaviour module, moves them.
 */
export const ROW_FOCUSABLE = `a[href], button, summary, .${SENTENCE_CLASS}[tabindex], .${WORD_CLASS}[tabindex]`;

function shown(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

/** The row's focusable elements that are displayed in the current layout, in document order. */
export function rowStops(row: Element): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>(ROW_FOCUSABLE)).filter(
    (el) => shown(el) && !(el.classList.contains(SENTENCE_CLASS) && el.querySelector(WORD_SELECTOR)),
  );
}

/** Makes `stop` the row's one Tab stop. */
export function setRowStop(row: Element, stop: HTMLElement) {
  for (const el of row.querySelectorAll<HTMLElement>(ROW_FOCUSABLE)) el.tabIndex = el === stop ? 0 : -1;
}

/** The row's Tab stop, moved to its first displayed element if the layout hid the old one. */
export function rowEntry(row: Element): HTMLElement | undefined {
  const stops = rowStops(row);
  const current = stops.find((el) => el.tabIndex === 0) ?? stops[0];
  if (current) setRowStop(row, current);
  return current;
}

/** Makes each row's first focusable element its one Tab stop (at load; the keys come later). */
export function initRowStops(doc: Document) {
  for (const row of doc.querySelectorAll(rowSelector)) {
    const first = row.querySelector<HTMLElement>(ROW_FOCUSABLE);
    if (first) setRowStop(row, first);
  }
}
