import type { Lang } from './corpus/model';

/** BCP 47 tags for the two languages of the text (Simplified Chinese as published). */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
