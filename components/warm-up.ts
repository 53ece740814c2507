/** How long the warm-up waits for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 2000;

const warmers: (() => void)[] = [];
let state: 'none' | 'waiting' | 'done' = 'none';

function whenIdle(run: () => void) {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else window.setTimeout(run, IDLE_TIMEOUT_MS / 4);
}

/**
 * The page's one warm-up: once the page is first idle (`requestIdleCallback`, with a timeout;
 * `setTimeout` where it is missing), every registered warmer runs, fetching code and data that a
 * first use would otherwise wait for. A warmer registered after that runs at once.
 */
export function warmWhenIdle(warm: () => void) {
  if (state === 'done') return warm();
  warmers.push(warm);
  if (state === 'waiting') return;
  state = 'waiting';
  whenIdle(() => {
    state = 'done';
    for (const run of warmers.splice(0)) run();
  });
}

/**
 * Prefetches when the reader is about to use a control: the pointer reaches it or focus lands on
 * it (delegated from `root`, so it works for every element matching `selector`). Returns the
 * function that stops it.
 */
export function prefetchOnApproach(root: Document | Element, selector: string, prefetch: () => void): () => void {
  const onApproach = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(selector)) prefetch();
  };
  root.addEventListener('pointerover', onApproach, { passive: true });
  root.addEventListener('focusin', onApproach);
  return () => {
    root.removeEventListener('pointerover', onApproach);
    root.removeEventListener('focusin', onApproach);
  };
}
