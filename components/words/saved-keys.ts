// Where the saved words live in localStorage, apart from the store that reads them
// (./saved-store.ts, which brings the validator, zod/mini): a page can tell whether there is
// anything to read, and hear a change from another tab, before it fetches that code.

export const SAVED_WORDS_KEY = 'parallel-reader:words';
/** A damaged list kept aside: this prefix and the ISO time it was set aside. */
export const SAVED_ASIDE_PREFIX = 'parallel-reader:words:damaged:';
/** Dispatched on `window` after this tab changed the saved words. */
export const SAVED_WORDS_EVENT = 'parallel-reader:saved-words';

/** Whether a `storage` event's key concerns the saved words (`null`: the whole store was cleared). */
export const isSavedWordsKey = (key: string | null) =>
  key === null || key === SAVED_WORDS_KEY || key.startsWith(SAVED_ASIDE_PREFIX);

/**
 * Whether this browser holds saved words, or a damaged list kept aside: there is something for the
 * store to read. A store that cannot be read at all holds nothing to show (the store says why when
 * the My words deck asks).
 */
export function holdsSavedWords(): boolean {
  try {
    const store = window.localStorage;
    if (store.getItem(SAVED_WORDS_KEY) !== null) return true;
    for (let i = 0; i < store.length; i++) if (store.key(i)?.startsWith(SAVED_ASIDE_PREFIX)) return true;
    return false;
  } catch {
    return false;
  }
}
