import { retryingLoader } from '../retrying-loader';

/**
 * The saved words' store (and its validator, zod/mini), fetched when the practice page is idle, so
 * the deck list can count the words and a damaged store is reported, or at a progress export or
 * import; the My words card and list when that deck is chosen.
 */
export const loadStore = retryingLoader(() => import('../words/saved-store'));
export const loadMyWords = retryingLoader(() => Promise.all([loadStore(), import('./my-words')]));

export type Store = Awaited<ReturnType<typeof loadStore>>;
export type MyWords = Awaited<ReturnType<typeof loadMyWords>>[1];
