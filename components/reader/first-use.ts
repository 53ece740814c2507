import type { Lang } from '@/lib/corpus/model';
import type { NotesData } from '@/lib/reader/contract';
import { retryingLoader } from '../retrying-loader';
import type { KeyboardOptions } from './keyboard';

/**
 * The controllers that wait for first use share one chunk (./controllers), loaded once; a failed
 * request is tried again on the next use.
 */
export const controllers = retryingLoader(() => import('./controllers'));

/**
 * Import on interaction: listens for `types` on `target` from the start, but loads the code that
 * handles them only when the first of them fires. Events that arrive while it loads are handed to
 * it in order once it is there (too late to prevent their default action); later ones reach it
 * directly. If loading fails, the next event tries again. Returns the function that stops it.
 */
export function onFirstUse(
  target: EventTarget,
  types: readonly string[],
  load: () => Promise<(event: Event) => void>,
  capture = false,
): () => void {
  let handler: ((event: Event) => void) | undefined;
  let pending: Event[] | undefined;
  let stopped = false;
  function listener(event: Event) {
    if (handler) return handler(event);
    if (pending) return void pending.push(event);
    pending = [event];
    load().then(
      (loaded) => {
        if (stopped) return;
        handler = loaded;
        for (const early of pending!) loaded(early);
        pending = undefined;
      },
      () => {
        pending = undefined;
      },
    );
  }
  for (const type of types) target.addEventListener(type, listener, capture);
  return () => {
    stopped = true;
    for (const type of types) target.removeEventListener(type, listener, capture);
  };
}

/** The reader's keys (arrows within a row, the shortcuts): loaded on the first key press or focus. */
export const attachKeyboard = (doc: Document, options: KeyboardOptions) =>
  onFirstUse(doc, ['keydown', 'focusin'], () => controllers().then((c) => c.keyboardHandler(doc, options)));

/** Notes' text: its controller loads when the first disclosure on the page is opened. */
export const attachNotes = (doc: Document, locale: Lang, load?: () => Promise<NotesData>) =>
  // `toggle` does not bubble, so it is caught on the way down.
  onFirstUse(doc, ['toggle'], () => controllers().then((c) => c.noteHandler(locale, load)), true);

/**
 * Section tracking in the contents: it loads when the page is first scrolled (or at once, when it
 * opens scrolled, as at a paragraph's address). Until then the first section, marked in the
 * markup, is the one being read.
 */
export function attachTocTracker(doc: Document): () => void {
  const win = doc.defaultView!;
  let stopped = false;
  let detach: (() => void) | undefined;
  function start() {
    win.removeEventListener('scroll', start);
    void controllers().then((c) => {
      if (!stopped) detach = c.attachTocTracker(doc);
    });
  }
  if (win.scrollY > 0) start();
  else win.addEventListener('scroll', start, { passive: true });
  return () => {
    stopped = true;
    win.removeEventListener('scroll', start);
    detach?.();
  };
}
