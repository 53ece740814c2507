'use client';

import { useEffect } from 'react';
import type { Locale } from '@/lib/locale';
import { retryingLoader } from '../retrying-loader';
import { warmWhenIdle } from '../warm-up';

const loadRegistration = retryingLoader(() => import('./register'));

/** How long the reader must leave the page alone (no press, no key) before the worker installs. */
const QUIET_MS = 8000;
/** The longest the install waits for that quiet, counted from the first idle moment. */
const LATEST_MS = 60_000;
const INPUT_EVENTS = ['pointerdown', 'keydown'] as const;

/**
 * Runs `run` once the reader has left the page alone for `QUIET_MS` (every press or key starts the
 * wait again), and at the latest `LATEST_MS` after it was asked. Returns the function that cancels it.
 */
function whenSettled(run: () => void): () => void {
  const asked = performance.now();
  let timer: number | undefined;
  const stop = () => {
    window.clearTimeout(timer);
    for (const type of INPUT_EVENTS) window.removeEventListener(type, wait, true);
  };
  function wait() {
    window.clearTimeout(timer);
    const left = LATEST_MS - (performance.now() - asked);
    timer = window.setTimeout(
      () => {
        stop();
        run();
      },
      Math.max(0, Math.min(QUIET_MS, left)),
    );
  }
  for (const type of INPUT_EVENTS) window.addEventListener(type, wait, { capture: true, passive: true });
  wait();
  return stop;
}

/**
 * Offline reading: loads the small registration script (./register), which installs the service
 * worker, once the page has been idle and the reader has then left it alone for a few seconds. The
 * install fetches about 0.7 MB and writes it to the cache; begun at the first idle moment it
 * competed with the reader's first taps on a phone, which the warm-up exists to make instant.
 * Nothing of it is in the page's initial JavaScript. Renders nothing.
 */
export function OfflineSupport({ locale }: { locale: Locale }) {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') return;
    let cancel: (() => void) | undefined;
    let left = false;
    warmWhenIdle(() => {
      if (left) return;
      cancel = whenSettled(() => {
        loadRegistration()
          .then((registration) => registration.registerOffline(locale))
          .catch(() => undefined);
      });
    });
    return () => {
      left = true;
      cancel?.();
    };
  }, [locale]);
  return null;
}
