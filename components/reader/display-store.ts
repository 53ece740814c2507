import { applyDisplayState } from '@/lib/display/boot';
import { DISPLAY_CONFIG, type DisplayState } from '@/lib/display/state';

/**
 * The reader's display state on the client: one source of truth shared by the reading controls,
 * the keyboard shortcuts and the pinyin layer. It writes the root attributes (which the stylesheets
 * read), the browser's memory and the URL; rows never re-render.
 */
let state: DisplayState | undefined;
const listeners = new Set<(state: DisplayState) => void>();

function stored(): string | null {
  try {
    return window.localStorage.getItem(DISPLAY_CONFIG.storageKey);
  } catch {
    return null;
  }
}

export function getDisplayState(): DisplayState {
  state ??= applyDisplayState(DISPLAY_CONFIG, {
    search: window.location.search,
    stored: stored(),
    root: document.documentElement,
  });
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
  state = applyDisplayState(DISPLAY_CONFIG, { search: url.search, stored: serialized, root: document.documentElement });
  for (const listener of listeners) listener(state);
  return state;
}

export function subscribeDisplay(listener: (state: DisplayState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
