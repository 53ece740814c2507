import type { Locale } from './locale';

/**
 * The space between a run-in label and what follows it: none after a full-width colon or other
 * full-width punctuation, which carries its own space (文中作：机制解释性), one after a Latin colon
 * (In the article: …).
 */
export const labelGap = (label: string): string => (/[：，；。！？）]$/.test(label) ? '' : ' ');

/** The colon after a run-in label, in the page's language (the space after it is `labelGap`'s). */
export const LABEL_COLON: Record<Locale, string> = { zh: '：', en: ':' };

/** Words in parentheses, in the page's language: full-width in Chinese. */
export const inParens = (locale: Locale, text: string): string => (locale === 'zh' ? `（${text}）` : `(${text})`);
