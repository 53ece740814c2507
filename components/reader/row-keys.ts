import { rowSelector, SENTENCE_CLASS } from '@/lib/reader/contract';

/**
 * Keyboard access to the rows, after the WAI-ARIA Authoring Practices' roving tabindex ("Managing
 * focus within components", as in the toolbar pattern): each row is one Tab stop; Left and Right
 * arrows (Home, End) move between the row's permalink, cite link, reveal button, sentences (once
 * the sentence marks are in use), terms and notes.
 * The row remembers where its focus was. Without JavaScript every link is an ordinary Tab stop.
 */
export const ROW_FOCUSABLE = `a[href], button, summary, .${SENTENCE_CLASS}[tabindex]`;

function shown(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

/** The row's focusable elements that are displayed in the current layout, in document order. */
export function rowStops(row: Element): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>(ROW_FOCUSABLE)).filter(shown);
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

export function attachRowKeys(doc: Document): () => void {
  for (const row of doc.querySelectorAll(rowSelector)) {
    const first = row.querySelector<HTMLElement>(ROW_FOCUSABLE);
    if (first) setRowStop(row, first);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement | null;
    const row = target?.closest(rowSelector);
    if (!row || !target!.matches(ROW_FOCUSABLE)) return;
    const stops = rowStops(row);
    const at = stops.indexOf(target!);
    if (at < 0) return;
    const last = stops.length - 1;
    const to =
      event.key === 'ArrowRight' ? (at === last ? 0 : at + 1)
      : event.key === 'ArrowLeft' ? (at === 0 ? last : at - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : -1;
    if (to < 0) return;
    event.preventDefault();
    setRowStop(row, stops[to]);
    stops[to].focus();
  }

  // A click or a tap on a term also makes it the row's stop, so Tab order follows the reader.
  function onFocusIn(event: FocusEvent) {
    const target = event.target as HTMLElement | null;
    const row = target?.closest(rowSelector);
    if (row && target!.matches(ROW_FOCUSABLE)) setRowStop(row, target!);
  }

  doc.addEventListener('keydown', onKeyDown);
  doc.addEventListener('focusin', onFocusIn);
  return () => {
    doc.removeEventListener('keydown', onKeyDown);
    doc.removeEventListener('focusin', onFocusIn);
  };
}
