// The two languages of the site: its UI locales and the languages of the text are the same pair.
// This list is the one place they are named; i18n/routing.ts, the proxy and the pages take it from here.

export const LOCALES = ['zh', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

/** The locale `/` and unknown prefixes fall back to: the text was published in Chinese. */
export const DEFAULT_LOCALE: Locale = 'zh';

/** BCP 47 tags for the two languages of the text (Simplified Chinese as published). */
export const LANG_TAG: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' };

export function otherLang(lang: Locale): Locale {
  return lang === 'zh' ? 'en' : 'zh';
}
