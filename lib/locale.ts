import type { Lang } from './corpus/model';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
// A UI locale (the interface's language, the first segment of a page's address) and a `Lang` (a
// language of the parallel text) are two concepts that share their two values: the interface shows
// the text's titles and names in its own language (`title[locale]`), so every Locale must be a Lang;
// a third UI language would not add a side to the text.

/** BCP 47 tags for the two languages of the text (Simplified Chinese as published). */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
