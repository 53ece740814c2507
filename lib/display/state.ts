/**
 * The reader's display state: layout, theme, text size, pinyin, speaker filter and word mode. It lives as
 * attributes on the root element, which the stylesheets read; rows never re-render to change it.
 * Layout, pinyin, speaker and word mode travel in the URL (a shared link opens the same view); everything is
 * remembered in the browser.
 */

export const LAYOUTS = ['zh-en', 'en-zh', 'interleaved', 'zh', 'en', 'study'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

export const TEXT_SIZES = ['s', 'm', 'l', 'xl'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Speakers whose answers the filter can show, with the questions they answer. */
export const FILTER_SPEAKERS = ['amodei', 'askell', 'olah'] as const;
export type FilterSpeaker = (typeof FILTER_SPEAKERS)[number];

export interface DisplayState {
  layout: Layout;
  theme: Theme;
  size: TextSize;
  pinyin: boolean;
  /** Only this speaker's answers and the questions they answer; null shows everything. */
  speaker: FilterSpeaker | null;
  /** Word mode: hovering, tapping or focusing a Chinese word opens its card. Off, the text is plain. */
  words: boolean;
}

export const DEFAULT_STATE: DisplayState = {
  layout: 'zh-en',
  theme: 'system',
  size: 'm',
  pinyin: false,
  speaker: null,
  words: false,
};

/** Where the boot script publishes the display store for the islands (lib/display/boot.ts). */
export const DISPLAY_STORE_GLOBAL = 'parallelReaderDisplay';
