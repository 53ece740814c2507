import { CITE_LINK_CLASS, LISTEN_BUTTON_CLASS, REVEALED_ATTR, rowSelector } from '@/lib/reader/contract';
import { LAYOUTS } from '@/lib/display/state';
import { stickyBarsBottom } from '../reading-position';
import { getDisplayState, setDisplayState } from './display-store';
import { ROW_FOCUSABLE, rowStops, setRowStop } from './row-keys';
import { currentRow, shortcutFor, stepRow, type Shortcut } from './shortcuts';
import { setRevealed, type StudyLabels } from './study';

export interface KeyboardOptions {
  study: StudyLabels;
  /** Opens the shortcuts' help overlay. */
  openHelp: () => void;
}

/**
 * The roving tabindex's keys (row-keys.ts): Left and Right move within a row and wrap, Home and
 * End go to its ends. True when the key was one of them.
 */
function moveInRow(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const target = event.target as HTMLElement | null;
  const row = target?.closest(rowSelector);
  if (!row || !target!.matches(ROW_FOCUSABLE)) return false;
  const stops = rowStops(row);
  const at = stops.indexOf(target!);
  if (at < 0) return false;
  const last = stops.length - 1;
  const to =
    event.key === 'ArrowRight'
      ? at === last
        ? 0
        : at + 1
      : event.key === 'ArrowLeft'
        ? at === 0
          ? last
          : at - 1
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? last
            : -1;
  if (to < 0) return false;
  event.preventDefault();
  setRowStop(row, stops[to]);
  stops[to].focus();
  return true;
}

/**
 * The reader's keyboard, part of the behaviour module (started on first use): the row keys, the
 * single-key shortcuts the help overlay lists, and focus following the reader (a click or tap on a
 * term makes it its row's stop, so Tab order follows). Returns the handler of `keydown` and
 * `focusin` on the document.
 */
export function keyboardHandler(doc: Document, options: KeyboardOptions): (event: Event) => void {
  const actions: Record<Shortcut, () => void> = {
    next: () => stepRow(doc, 1, stickyBarsBottom(doc)),
    previous: () => stepRow(doc, -1, stickyBarsBottom(doc)),
    reveal: () => {
      const row = currentRow(doc, stickyBarsBottom(doc));
      if (!row || getDisplayState().layout !== 'study') return;
      setRevealed(row, !row.hasAttribute(REVEALED_ATTR), options.study);
    },
    cite: () => currentRow(doc, stickyBarsBottom(doc))?.querySelector<HTMLElement>(`.${CITE_LINK_CLASS}`)?.click(),
    pinyin: () => setDisplayState({ pinyin: !getDisplayState().pinyin }),
    words: () => setDisplayState({ words: !getDisplayState().words }),
    layout: () => {
      const at = LAYOUTS.indexOf(getDisplayState().layout);
      setDisplayState({ layout: LAYOUTS[(at + 1) % LAYOUTS.length] });
    },
    // The control itself starts reading at the paragraph being read, or stops it.
    listen: () => doc.querySelector<HTMLButtonElement>(`.${LISTEN_BUTTON_CLASS}`)?.click(),
    help: options.openHelp,
  };

  return (event) => {
    const target = event.target as HTMLElement | null;
    if (event.type === 'focusin') {
      const row = target?.closest(rowSelector);
      if (row && target!.matches(ROW_FOCUSABLE)) setRowStop(row, target!);
      return;
    }
    const key = event as KeyboardEvent;
    if (moveInRow(key)) return;
    const shortcut = shortcutFor(key, doc);
    if (!shortcut) return;
    key.preventDefault();
    actions[shortcut]();
  };
}
