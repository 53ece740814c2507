import './words.css';
import { useEffect } from 'react';
import { DATA_URL } from '@/lib/routes';
import type { Locale } from '@/lib/locale';
import { createGate } from '../gate/gate';
import { fetchJson } from '../fetch-json';
import { getDisplayState, subscribeDisplay } from '../reader/display-store';
import { retryingLoader } from '../retrying-loader';
import { warmWhenIdle } from '../warm-up';
import type { WordPart } from './word-layer';

/** Word mode's chunk (./word-layer), fetched once; a failed request is tried again on the next use. */
const loadWordLayer = retryingLoader(() => import('./word-layer'));

// Word mode has a gate of its own, over its own chunk: while word mode is on, it starts on the page's
// first use or once the page is idle; switching it on starts it at once.
let gate: ReturnType<typeof createGate<WordPart>> | undefined;
const wordGate = () => (gate ??= createGate<WordPart>(document, loadWordLayer));

/** Fetches word mode's code and data ahead (the pointer or focus reached its switch). */
export const prefetchWords = (locale: Locale) =>
  Promise.all([loadWordLayer(), fetchJson(DATA_URL.words(locale)), fetchJson(DATA_URL.sentences)]);

/**
 * Keeps word mode's part registered while the display state has word mode on: the page's first use
 * or, when it was on from the start, the idle warm-up starts it; switching it on starts it at once,
 * and `onFailed` hears when its code or data cannot be had. Switching it off stops it, which unwraps every word.
 */
export function useWordMode(part: WordPart, onFailed: () => void) {
  useEffect(() => {
    let unregister: (() => void) | undefined;
    const apply = (on: boolean, switched: boolean) => {
      if (on && !unregister) {
        unregister = wordGate().register(part);
        if (switched) {
          wordGate().start();
          prefetchWords(part.locale).catch(onFailed);
        } else {
          // On from the start (remembered, or in the URL): the words are ready before the first use.
          warmWhenIdle(() => unregister && wordGate().start());
        }
      } else if (!on && unregister) {
        unregister();
        unregister = undefined;
      }
    };
    apply(getDisplayState().words, false);
    const unsubscribe = subscribeDisplay((state) => apply(state.words, true));
    return () => {
      unsubscribe();
      unregister?.();
    };
  }, [part, onFailed]);
}
