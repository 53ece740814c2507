import type { GlossaryEntry } from '../terms/glossary';
import { LANG_TAG } from '../locale';

/** How a form stands in the glossary: the standard term, a variant the article uses, or a misprint. */
export const FORM_STATUSES = ['standard', 'variant', 'misprint'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

export interface TermForm {
  lang: 'zh' | 'en';
  term: string;
  status: FormStatus;
  pinyin?: string;
}

/**
 * Every form of an entry with its status, standard term first. The one place that reads forms
 * from the glossary model: when forms carry their own status and pinyin, only this changes.
 */
export function termForms(entry: GlossaryEntry): TermForm[] {
  const forms: TermForm[] = [{ lang: 'zh', term: entry.zh, status: 'standard', pinyin: entry.pinyin }];
  const seen = new Set([`zh:${entry.zh}`]);
  const add = (form: TermForm) => {
    const key = `${form.lang}:${form.term}`;
    if (seen.has(key)) return;
    seen.add(key);
    forms.push(form);
  };
  for (const term of entry.forms.zh) add({ lang: 'zh', term, status: 'variant' });
  for (const term of entry.forms.misspelled) add({ lang: 'zh', term, status: 'misprint' });
  add({ lang: 'en', term: entry.en, status: 'standard' });
  for (const term of entry.forms.en) add({ lang: 'en', term, status: 'variant' });
  return forms;
}

export const FORM_LANG_TAG = LANG_TAG;
