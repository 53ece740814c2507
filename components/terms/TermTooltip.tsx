'use client';

import './terms.css';
import { useEffect } from 'react';
import type { Lang } from '@/lib/corpus/model';
import { termAt } from '@/lib/reader/contract';
import { retryingLoader } from '../retrying-loader';
import type { FirstUse, TooltipLabels } from './tooltip';

const loadTooltip = retryingLoader(() => import('./tooltip'));

/** A tap focuses its link first; the click that follows within this time belongs to it. */
const TAP_MS = 800;

/**
 * Mounts the one term tooltip. Its controller (./tooltip) is loaded on the first use of a term:
 * a mouse over it, keyboard focus on it, or a tap (which shows the tooltip instead of following
 * the link, as the controller does afterwards). Until then this listens and renders nothing.
 */
export function TermTooltip({ locale, labels }: { locale: Lang; labels: TooltipLabels }) {
  useEffect(() => {
    let detach: (() => void) | undefined;
    let cancelled = false;
    let touch = -Infinity;

    function load(first: FirstUse) {
      stop();
      loadTooltip().then(
        ({ attachTooltip }) => {
          if (!cancelled) detach = attachTooltip(document, { locale, labels }, first);
        },
        // The controller could not be fetched: listen again, so the next use of a term retries.
        () => {
          if (!cancelled) start();
        },
      );
    }
    function onPointerOver(event: PointerEvent) {
      const term = termAt(event.target);
      if (term && event.pointerType === 'mouse') load({ term, tap: false, at: event.timeStamp });
    }
    function onPointerDown(event: PointerEvent) {
      if (event.pointerType !== 'mouse') touch = event.timeStamp;
    }
    function onFocusIn(event: FocusEvent) {
      const term = termAt(event.target);
      if (term && event.timeStamp - touch > TAP_MS) load({ term, tap: false, at: event.timeStamp });
    }
    function onClick(event: MouseEvent) {
      const term = termAt(event.target);
      if (!term || event.timeStamp - touch > TAP_MS) return;
      event.preventDefault();
      load({ term, tap: true, at: event.timeStamp });
    }
    const listeners = [
      ['pointerover', onPointerOver],
      ['pointerdown', onPointerDown],
      ['focusin', onFocusIn],
      ['click', onClick],
    ] as [string, EventListener][];
    function stop() {
      for (const [type, listener] of listeners) document.removeEventListener(type, listener, true);
    }
    function start() {
      for (const [type, listener] of listeners) document.addEventListener(type, listener, true);
    }
    start();
    // A term focused before the page finished loading.
    const focused = termAt(document.activeElement);
    if (focused) load({ term: focused, tap: false, at: 0 });
    return () => {
      cancelled = true;
      stop();
      detach?.();
    };
  }, [locale, labels]);
  return null;
}
