import type { DisplayConfig } from './config';
import type { DisplayState } from './state';

/** The display state's store, as the boot script publishes it for the islands. */
export interface DisplayStore {
  get(): DisplayState;
  /** Changes the state: the root attributes, the browser's memory and the URL follow. */
  set(patch: Partial<DisplayState>): DisplayState;
  subscribe(listener: (state: DisplayState) => void): () => void;
}

/** What the boot script needs of the browser: a window, or a test's stand-in. */
export interface BootWindow {
  document: {
    documentElement: { setAttribute(name: string, value: string): void; removeAttribute(name: string): void };
  };
  location: { search: string; href: string };
  history: { state: unknown; replaceState(state: unknown, unused: string, url: URL): void };
  localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

/**
 * The display state's one owner, run by the boot script before first paint, so the page never
 * flashes the wrong layout or theme. It reads the state (the URL first, then what the browser
 * remembered, then the defaults), writes it onto the root element (an attribute is absent when its
 * value is the default) and publishes the store on `win[config.global]` for the islands. It is
 * serialized into that script, so it is self-contained: it uses nothing from outside its parameters.
 * Storage may be unavailable (private modes).
 */
export function bootDisplay(config: DisplayConfig, win: BootWindow): DisplayStore {
  const root = win.document.documentElement;
  let saved: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(win.localStorage.getItem(config.storageKey) || 'null');
    if (parsed && typeof parsed === 'object') saved = parsed;
  } catch {
    saved = {};
  }
  const query = new URLSearchParams(win.location.search);
  function pick<T>(list: readonly T[], fromUrl: unknown, fromStorage: unknown, fallback: T): T {
    if (list.indexOf(fromUrl as T) >= 0) return fromUrl as T;
    if (list.indexOf(fromStorage as T) >= 0) return fromStorage as T;
    return fallback;
  }
  const p = config.params;
  const v = config.values;
  const d = config.defaults;
  const a = config.attrs;
  const pinyinParam = query.get(p.pinyin);
  const speakerParam = query.get(p.speaker);
  const wordsParam = query.get(p.words);
  let state: DisplayState = {
    layout: pick(v.layout, query.get(p.layout), saved.layout, d.layout),
    theme: pick(v.theme, null, saved.theme, d.theme),
    size: pick(v.size, null, saved.size, d.size),
    pinyin: pinyinParam === '1' ? true : pinyinParam === '0' ? false : saved.pinyin === true,
    speaker:
      speakerParam === 'all' ? null : pick<DisplayState['speaker']>(v.speaker, speakerParam, saved.speaker, null),
    words: wordsParam === '1' ? true : wordsParam === '0' ? false : saved.words === true,
  };
  let listeners: ((state: DisplayState) => void)[] = [];

  function put(name: string, value: string | null) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
  function write(next: DisplayState) {
    put(a.layout, next.layout === d.layout ? null : next.layout);
    put(a.theme, next.theme === d.theme ? null : next.theme);
    put(a.size, next.size === d.size ? null : next.size);
    put(a.pinyin, next.pinyin ? '' : null);
    put(a.speaker, next.speaker);
    put(a.words, next.words ? '' : null);
    put(a.js, '');
  }
  /** The current page's address showing `next`, for sharing: only layout, pinyin, speaker and word mode travel. */
  function address(next: DisplayState): URL {
    const url = new URL(win.location.href);
    function param(name: string, value: string | null) {
      if (value === null) url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    param(p.layout, next.layout === d.layout ? null : next.layout);
    param(p.pinyin, next.pinyin ? '1' : null);
    param(p.speaker, next.speaker);
    param(p.words, next.words ? '1' : null);
    return url;
  }

  const store: DisplayStore = {
    get: function () {
      return state;
    },
    set: function (patch) {
      const next: DisplayState = Object.assign({}, state, patch);
      try {
        win.localStorage.setItem(config.storageKey, JSON.stringify(next));
      } catch {
        // Private browsing: the URL still carries the view.
      }
      win.history.replaceState(win.history.state, '', address(next));
      write(next);
      state = next;
      listeners.forEach(function (listener) {
        listener(next);
      });
      return next;
    },
    subscribe: function (listener) {
      listeners.push(listener);
      return function () {
        listeners = listeners.filter(function (other) {
          return other !== listener;
        });
      };
    },
  };
  write(state);
  (win as unknown as Record<string, DisplayStore>)[config.global] = store;
  return store;
}
