import { readDisplayState, writeDisplayState } from '@/lib/display/boot';
import { DISPLAY_CONFIG, type DisplayState } from '@/lib/display/state';

/**
 * The reader's display state on the client: one source of truth shared by the reading controls,
 * the keyboard shortcuts and the pinyin layer. It starts from the root attributes the boot script
 * set (from the URL and the browser's memory), and writes them (the stylesheets read them), the
 * browser's memory and the URL; rows never re-render.
 */
let state: DisplayState | undefined;
const listeners = new Set<(state: DisplayState) => void>();

export function getDisplayState(): DisplayState {
  state ??= readDisplayState(DISPLAY_CONFIG, document.documentElement);
  return state;
}

/** The address of the current page showing this state, for sharing. */
export function urlFor(next: DisplayState, href = window.location.href): URL {
  const url = new URL(href);
  const { params, defaults } = DISPLAY_CONFIG;
  const put = (name: string, value: string | null) =>
    value === null ? url.searchParams.delete(name) : url.searchParams.set(name, value);
  put(params.layout, next.layout === defaults.layout ? null : next.layout);
  put(params.pinyin, next.pinyin ? '1' : null);
  put(params.speaker, next.speaker);
  return url;
}

export function setDisplayState(patch: Partial<DisplayState>): DisplayState {
  const next = { ...getDisplayState(), ...patch };
  const serialized = JSON.stringify(next);
  try {
    window.localStorage.setItem(DISPLAY_CONFIG.storageKey, serialized);
  } catch {
    // Private browsing: the URL still carries the view.
  }
  const url = urlFor(next);
  window.history.replaceState(window.history.state, '', url);
  writeDisplayState(DISPLAY_CONFIG, document.documentElement, next);
  state = next;
  for (const listener of listeners) listener(state);
  return state;
}

export function subscribeDisplay(listener: (state: DisplayState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
