import type { GlossaryEntry } from './glossary';
import { pinyinKeys, type SearchableTerm } from './search';

/** What glossary search needs of an entry: its texts in both languages and the pinyin of every form. */
export function searchableTerm(entry: GlossaryEntry): SearchableTerm {
  return {
    zh: entry.zh,
    en: entry.en,
    forms: [...entry.forms.zh, ...entry.forms.misspelled, ...entry.forms.en],
    pinyin: [entry.reading, ...entry.zhForms.map((form) => form.pinyin)].flatMap((reading) =>
      reading ? [pinyinKeys(reading.syllables)] : [],
    ),
  };
}
