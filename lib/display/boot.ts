import type { DisplayConfig, DisplayState } from './state';

interface Root {
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

interface BootEnv {
  search: string;
  stored: string | null;
  root: Root;
}

/**
 * Writes a display state onto the root element: an attribute is absent when its value is the
 * default. Self-contained, like applyDisplayState, which receives it as `write`.
 */
export function writeDisplayState(config: DisplayConfig, root: Root, state: DisplayState) {
  var a = config.attrs;
  var d = config.defaults;
  function put(name: string, value: string | null) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
  put(a.layout, state.layout === d.layout ? null : state.layout);
  put(a.theme, state.theme === d.theme ? null : state.theme);
  put(a.size, state.size === d.size ? null : state.size);
  put(a.pinyin, state.pinyin ? '' : null);
  put(a.speaker, state.speaker);
  put(a.js, '');
}

/** The display state the root element shows, once the boot script has run: what the islands start from. */
export function readDisplayState(config: DisplayConfig, root: Root): DisplayState {
  const a = config.attrs;
  const d = config.defaults;
  return {
    layout: (root.getAttribute(a.layout) ?? d.layout) as DisplayState['layout'],
    theme: (root.getAttribute(a.theme) ?? d.theme) as DisplayState['theme'],
    size: (root.getAttribute(a.size) ?? d.size) as DisplayState['size'],
    pinyin: root.hasAttribute(a.pinyin),
    speaker: root.getAttribute(a.speaker) as DisplayState['speaker'],
  };
}

/**
 * Reads the display state (the URL first, then what the browser remembered, then the defaults) and
 * writes it onto the root element with `write` (writeDisplayState). It is self-contained, because it
 * is serialized into the script that runs before first paint: it may use nothing from outside its
 * parameters.
 */
export function applyDisplayState(
  config: DisplayConfig,
  env: BootEnv,
  write: (config: DisplayConfig, root: Root, state: DisplayState) => void,
): DisplayState {
  var saved: Record<string, unknown> = {};
  try {
    var parsed = env.stored ? JSON.parse(env.stored) : null;
    if (parsed && typeof parsed === 'object') saved = parsed;
  } catch (e) {
    saved = {};
  }
  var query = new URLSearchParams(env.search);
  function pick<T>(list: readonly T[], fromUrl: unknown, fromStorage: unknown, fallback: T): T {
    if (list.indexOf(fromUrl as T) >= 0) return fromUrl as T;
    if (list.indexOf(fromStorage as T) >= 0) return fromStorage as T;
    return fallback;
  }
  var p = config.params;
  var v = config.values;
  var d = config.defaults;
  var pinyinParam = query.get(p.pinyin);
  var speakerParam = query.get(p.speaker);
  var state: DisplayState = {
    layout: pick(v.layout, query.get(p.layout), saved.layout, d.layout),
    theme: pick(v.theme, null, saved.theme, d.theme),
    size: pick(v.size, null, saved.size, d.size),
    pinyin: pinyinParam === '1' ? true : pinyinParam === '0' ? false : saved.pinyin === true,
    speaker: speakerParam === 'all' ? null : pick<DisplayState['speaker']>(v.speaker, speakerParam, saved.speaker, null),
  };
  write(config, env.root, state);
  return state;
}
