import type { DisplayConfig, DisplayState } from './state';

interface BootEnv {
  search: string;
  stored: string | null;
  root: { setAttribute(name: string, value: string): void; removeAttribute(name: string): void };
}

/**
 * Reads the display state (the URL first, then what the browser remembered, then the defaults) and
 * writes it onto the root element. It is self-contained, because it is also serialized into the page
 * as the script that runs before first paint: it may use nothing from outside its parameters.
 */
export function applyDisplayState(config: DisplayConfig, env: BootEnv): DisplayState {
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
  var a = config.attrs;
  function put(name: string, value: string | null) {
    if (value === null) env.root.removeAttribute(name);
    else env.root.setAttribute(name, value);
  }
  put(a.layout, state.layout === d.layout ? null : state.layout);
  put(a.theme, state.theme === d.theme ? null : state.theme);
  put(a.size, state.size === d.size ? null : state.size);
  put(a.pinyin, state.pinyin ? '' : null);
  put(a.speaker, state.speaker);
  put(a.js, '');
  return state;
}
