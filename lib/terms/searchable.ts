import type { GlossaryEntry } from './glossary';
import type { FormPinyin } from './syllables';
import { pinyinKeys, type SearchableTerm } from './query-match';
import { splitWord } from './syllables';

/**
 * A reading as search keys: its syllables, with the Latin letters a form keeps (the "A" of
 * "A jí réncái") in place, so the pinyin as displayed finds the term too.
 */
function readingParts(reading: FormPinyin): string[] {
  return reading.display
    .split(/[\s-]+/)
    .filter(Boolean)
    .flatMap((word) => splitWord(word) ?? [word]);
}

/** What glossary search needs of an entry: its texts in both languages and the pinyin of every form. */
export function searchableTerm(entry: GlossaryEntry): SearchableTerm {
  return {
    zh: entry.zh,
    en: entry.en,
    forms: [...entry.forms.zh, ...entry.forms.misspelled, ...entry.forms.en],
    pinyin: [entry.reading, ...entry.zhForms.map((form) => form.pinyin)].flatMap((reading) =>
      reading ? [pinyinKeys(readingParts(reading))] : [],
    ),
  };
}
