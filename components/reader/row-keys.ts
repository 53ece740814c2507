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

/** Whether `el` can be a stop: displayed, and not a sentence that has given way to its words. */
function isStop(el: HTMLElement): boolean {
  return shown(el) && !(el.classList.contains(SENTENCE_CLASS) && el.querySelector(WORD_SELECTOR));
}

/** The row's focusable elements that are displayed in the current layout, in document order. */
export function rowStops(row: Element): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>(ROW_FOCUSABLE)).filter(isStop);
}

/** Makes `stop` the row's one Tab stop. Only what changes is written, so the styles stay valid. */
export function setRowStop(row: Element, stop: HTMLElement) {
  for (const el of row.querySelectorAll<HTMLElement>(ROW_FOCUSABLE)) {
    const tabIndex = el === stop ? '0' : '-1';
    if (el.getAttribute('tabindex') !== tabIndex) el.setAttribute('tabindex', tabIndex);
  }
}

/**
 * Where the row's Tab stop belongs: where it is, or its first displayed element if the layout hid
 * it. Only the current stop's visibility is checked unless it has to move: each check works out
 * styles, and a row holds a dozen focusable elements or more once its sentences are marked.
 */
function entryOf(row: Element): HTMLElement | undefined {
  const focusable = Array.from(row.querySelectorAll<HTMLElement>(ROW_FOCUSABLE));
  return focusable.find((el) => el.tabIndex === 0 && isStop(el)) ?? focusable.find(isStop);
}

/** The row's Tab stop, moved to its first displayed element if the layout hid the old one. */
export function rowEntry(row: Element): HTMLElement | undefined {
  const current = entryOf(row);
  if (current) setRowStop(row, current);
  return current;
}

/**
 * `rowEntry` for many rows at once: every row is read before any is written. Moving a stop between
 * two visibility checks would make the browser work its styles out again for each row (on the
 * reader at load, 194 rows: about 850 ms of style work on a phone, against one pass this way).
 */
export function rowEntries(rows: Iterable<Element>) {
  const entries = Array.from(rows, (row) => [row, entryOf(row)] as const);
  for (const [row, entry] of entries) if (entry) setRowStop(row, entry);
}

/** Makes each row's first focusable element its one Tab stop (at load; the keys come later). */
export function initRowStops(doc: Document) {
  for (const row of doc.querySelectorAll(rowSelector)) {
    const first = row.querySelector<HTMLElement>(ROW_FOCUSABLE);
    if (first) setRowStop(row, first);
  }
}
