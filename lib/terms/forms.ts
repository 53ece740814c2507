import type { Lang } from '../corpus/model';
import type { GlossaryEntry } from './glossary';

/**
 * How a form stands in an export: the standard term, an accepted variant, a wording that is not
 * standard, or a misprint the article has (kept verbatim). The glossary's own statuses, except that
 * an English term quoted in the Chinese is listed with the English forms.
 */
export type FormStatus = 'standard' | 'variant' | 'nonstandard' | 'misprint';

export interface TermForm {
  lang: Lang;
  term: string;
  status: FormStatus;
  /** The form's own pinyin, word-joined; absent for Latin forms. */
  pinyin?: string;
}

/**
 * Every term form of an entry with its status, standard terms first: the match-only forms
 * (inflections and paraphrases the glossary uses only to find the term) are not terms and are left
 * out. The one place that reads forms from the glossary model for the exports.
 */
export function termForms(entry: GlossaryEntry): TermForm[] {
  const forms: TermForm[] = [
    { lang: 'zh', term: entry.zh, status: 'standard', ...(entry.pinyin ? { pinyin: entry.pinyin } : {}) },
  ];
  const seen = new Set([`zh:${entry.zh}`]);
  const add = (form: TermForm) => {
    const key = `${form.lang}:${form.lang === 'en' ? form.term.toLowerCase() : form.term}`;
    if (seen.has(key)) return;
    seen.add(key);
    forms.push(form);
  };
  const quotedEnglish: string[] = [];
  for (const form of entry.zhForms) {
    if (form.matchOnly) continue;
    if (form.status === 'english') quotedEnglish.push(form.text);
    else
      add({
        lang: 'zh',
        term: form.text,
        status: form.status,
        ...(form.pinyin ? { pinyin: form.pinyin.display } : {}),
      });
  }
  add({ lang: 'en', term: entry.en, status: 'standard' });
  for (const term of [...entry.forms.enTerms, ...quotedEnglish]) add({ lang: 'en', term, status: 'variant' });
  return forms;
}
