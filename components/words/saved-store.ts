import {
  addWord,
  mergeWords,
  parseSavedList,
  removeWord as withoutWord,
  savedWordSchema,
  serializeSavedList,
  type SavedWord,
} from '@/lib/words/saved';
import { isSavedWordsKey, SAVED_ASIDE_PREFIX, SAVED_WORDS_EVENT, SAVED_WORDS_KEY } from './saved-keys';

// The saved words of this browser, in localStorage under one key. Every call is safe on a store that
// is full, damaged or forbidden: nothing throws, and nothing already there is lost. A list that
// cannot be read in full is copied aside (under SAVED_ASIDE_PREFIX + the time) before the first
// write replaces it; while it cannot be copied aside, nothing is written. Word cards and the
// practice page follow changes through `subscribeSaved` (this tab's writes and other tabs').

export type SaveFailure = 'full' | 'corrupt' | 'unavailable';
export type SaveResult = { ok: true } | { ok: false; reason: SaveFailure };

export interface SavedState {
  words: readonly SavedWord[];
  /** `corrupt`: the stored list could not all be read (`words` holds what could); `unavailable`: no localStorage. */
  status: 'ok' | 'corrupt' | 'unavailable';
  /** Keys of damaged lists kept aside, oldest first. */
  aside: readonly string[];
}

const SERVER_STATE: SavedState = Object.freeze({ words: [], status: 'ok', aside: [] });
const UNAVAILABLE: SavedState = Object.freeze({ words: [], status: 'unavailable', aside: [] });

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException))
    return false;
  const e = error as { name?: string; code?: number };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

function asideKeys(store: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(SAVED_ASIDE_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

let cache: { raw: string | null; asideCount: number; state: SavedState } | null = null;

/** The saved words and the store's condition, the same object as long as the store is unchanged. */
export function savedState(): SavedState {
  const store = storage();
  if (!store) return UNAVAILABLE;
  let raw: string | null;
  let aside: string[];
  try {
    raw = store.getItem(SAVED_WORDS_KEY);
    aside = asideKeys(store);
  } catch {
    return UNAVAILABLE;
  }
  if (cache && cache.raw === raw && cache.asideCount === aside.length) return cache.state;
  const parsed = parseSavedList(raw);
  const state: SavedState = { words: parsed.words, status: parsed.ok ? 'ok' : 'corrupt', aside };
  cache = { raw, asideCount: aside.length, state };
  return state;
}

/** What a page rendered on the server shows before the store is read. */
export const serverSavedState = (): SavedState => SERVER_STATE;

export function listWords(): readonly SavedWord[] {
  return savedState().words;
}

export function isSaved(key: string): boolean {
  return savedState().words.some((w) => w.key === key);
}

/** The text of a damaged list kept aside, to download; null if it is gone. */
export function asideText(key: string): string | null {
  try {
    return key.startsWith(SAVED_ASIDE_PREFIX) ? (storage()?.getItem(key) ?? null) : null;
  } catch {
    return null;
  }
}

function notify() {
  window.dispatchEvent(new Event(SAVED_WORDS_EVENT));
}

/** Calls `listener` after every change of the saved words, in this tab or another. */
export function subscribeSaved(listener: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const onStorage = (event: StorageEvent) => {
    if (isSavedWordsKey(event.key)) listener();
  };
  window.addEventListener(SAVED_WORDS_EVENT, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(SAVED_WORDS_EVENT, listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Writes the list `change` makes of the stored one; a damaged list is first kept aside. */
function write(change: (words: SavedWord[]) => SavedWord[]): SaveResult {
  const store = storage();
  if (!store) return { ok: false, reason: 'unavailable' };
  let raw: string | null;
  try {
    raw = store.getItem(SAVED_WORDS_KEY);
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const parsed = parseSavedList(raw);
  const next = change(parsed.words);
  const text = serializeSavedList(next);
  if (parsed.ok && text === raw) return { ok: true };
  if (!parsed.ok && raw !== null) {
    try {
      const kept = asideKeys(store).some((key) => store.getItem(key) === raw);
      if (!kept) store.setItem(`${SAVED_ASIDE_PREFIX}${new Date().toISOString()}`, raw);
    } catch {
      // It cannot be kept aside (the store is full, most likely): then it is not replaced either.
      return { ok: false, reason: 'corrupt' };
    }
  }
  try {
    store.setItem(SAVED_WORDS_KEY, text);
  } catch (error) {
    if (!parsed.ok) notify();
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'unavailable' };
  }
  notify();
  return { ok: true };
}

/**
 * Saves a word (once: a word already saved stays as it was). An entry that is not a valid SavedWord
 * is a programming error and throws; the store's own troubles never do.
 */
export function saveWord(entry: SavedWord): SaveResult {
  const checked = savedWordSchema.safeParse(entry);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new TypeError(`Not a saved word: ${issue.path.join('.') || '(entry)'} ${issue.message}`);
  }
  return write((words) => addWord(words, checked.data));
}

export function removeWord(key: string): SaveResult {
  return write((words) => withoutWord(words, key));
}

/** Adds the words of an imported file that the list lacks. */
export function importWords(incoming: readonly SavedWord[]): SaveResult {
  return write((words) => mergeWords(words, incoming));
}
