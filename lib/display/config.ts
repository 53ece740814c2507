import { DEFAULT_STATE, DISPLAY_STORE_GLOBAL, FILTER_SPEAKERS, LAYOUTS, TEXT_SIZES, THEMES } from './state';

/**
 * What the boot script (which owns the display state and gives the islands its store) is told,
 * as plain JSON: it receives it serialized, so it must hold no functions. The islands never import
 * it: they use the store the boot script publishes.
 */
export const DISPLAY_CONFIG = {
  storageKey: 'parallel-reader:display',
  /** Root attributes; an attribute is absent when its value is the default. */
  attrs: {
    layout: 'data-layout',
    theme: 'data-theme',
    size: 'data-size',
    pinyin: 'data-pinyin',
    speaker: 'data-speaker',
    words: 'data-words',
    /** Present once JavaScript runs: controls that need it are shown only then. */
    js: 'data-js',
  },
  /** Query parameters that carry the view in a shared link. */
  params: { layout: 'layout', pinyin: 'pinyin', speaker: 'speaker', words: 'words' },
  values: { layout: LAYOUTS, theme: THEMES, size: TEXT_SIZES, speaker: FILTER_SPEAKERS },
  defaults: DEFAULT_STATE,
  /** The global the store is published on. */
  global: DISPLAY_STORE_GLOBAL,
} as const;

export type DisplayConfig = typeof DISPLAY_CONFIG;
