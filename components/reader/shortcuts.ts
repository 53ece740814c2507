import { rowSelector } from '@/lib/reader/contract';
import { rowEntry } from './row-keys';

export const SHORTCUTS = ['next', 'previous', 'reveal', 'cite', 'pinyin', 'words', 'layout', 'listen', 'help'] as const;
export type Shortcut = (typeof SHORTCUTS)[number];

/** The key of each shortcut, as `KeyboardEvent.key` reports it; the help overlay lists them. */
export const SHORTCUT_KEYS: Record<Shortcut, string> = {
  next: 'j',
  previous: 'k',
  reveal: 'r',
  cite: 'c',
  pinyin: 'p',
  words: 'w',
  layout: 'l',
  listen: 'a',
  help: '?',
};

/** True while the reader is typing: no shortcut fires in a field. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return true;
  return false;
}

function displayed(row: Element): boolean {
  return typeof row.checkVisibility === 'function' ? row.checkVisibility() : true;
}

/** Rows displayed under the current speaker filter, in reading order. */
export function displayedRows(doc: Document): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(rowSelector)).filter(displayed);
}

/**
 * The unit the reader is on: the one holding focus, else the first that starts below the sticky
 * bars at the top of the window (or, when a long unit fills the window, that unit).
 */
export function currentRow(doc: Document, topOffset = 0): HTMLElement | undefined {
  const focused = doc.activeElement?.closest<HTMLElement>(rowSelector);
  if (focused && displayed(focused)) return focused;
  const middle = (doc.defaultView?.innerHeight ?? 0) / 2;
  return displayedRows(doc).find((row) => {
    const box = row.getBoundingClientRect();
    return box.top >= topOffset - 8 || box.bottom > Math.max(middle, topOffset + 8);
  });
}

/** Moves to the next (+1) or previous (-1) displayed unit and focuses its Tab stop. */
export function stepRow(doc: Document, step: 1 | -1, topOffset = 0): HTMLElement | undefined {
  const rows = displayedRows(doc);
  const current = currentRow(doc, topOffset);
  const focusedRow = doc.activeElement?.closest(rowSelector);
  let index = current ? rows.indexOf(current) : -1;
  // Without focus, the row at the top is where the reader is; "next" is the one after it only once
  // it has been visited, so the first press lands on the row in view.
  if (!focusedRow && current) index -= step;
  const target = rows[Math.min(rows.length - 1, Math.max(0, index + step))];
  if (!target) return undefined;
  target.scrollIntoView({ block: 'start' });
  rowEntry(target)?.focus({ preventScroll: true });
  return target;
}

/** The shortcut a key press asks for, if any: none while typing, with a modifier, or under a dialog. */
export function shortcutFor(event: KeyboardEvent, doc: Document): Shortcut | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return undefined;
  if (typing(event.target) || doc.querySelector('dialog[open]')) return undefined;
  return SHORTCUTS.find((name) => SHORTCUT_KEYS[name] === event.key);
}
