// Whether a glossary query matches a term: by its forms in either language or by the pinyin of any
// of them. Shared by the build (the keys), the glossary table in the browser and the search page.
import { splitTone } from './syllables';

/** The three spellings a learner may type for one reading. */
export interface PinyinKeys {
  /** "fànxīnlùn" */
  marked: string;
  /** "fan4xin1lun4"; a neutral-tone syllable has no number ("de") */
  numbered: string;
  /** "fanxinlun" */
  plain: string;
}

/**
 * The form a query and a term's texts are compared in: lowercase, NFC, without spaces, apostrophes,
 * middle dots or hyphens, so "Fàn xīn-lùn" and "fànxīnlùn" meet.
 */
export function matchForm(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\s'’·-]+/g, '');
}

/** Keys for one reading, given as its syllables with tone marks (Latin runs may be included as is). */
export function pinyinKeys(syllables: string[]): PinyinKeys {
  const numbered = syllables.map((syllable) => {
    const { base, tone } = splitTone(syllable);
    return /^[a-zü]+$/.test(base) && tone > 0 ? `${base}${tone}` : base;
  });
  return {
    marked: matchForm(syllables.join('')),
    numbered: numbered.join('').replace(/ü/g, 'v'),
    plain: numbered
      .join('')
      .replace(/(?<=[a-zü])\d/g, '')
      .replace(/ü/g, 'u'),
  };
}

export interface SearchableTerm {
  zh: string;
  en: string;
  /** Other forms, in either language, that should find the term. */
  forms: string[];
  /** One set of keys per reading: the standard term's and each Chinese form's. */
  pinyin: PinyinKeys[];
}

/**
 * Whether a query finds a term: as a substring of its Chinese or English (any form), or of the
 * pinyin of any of its forms, typed with tone marks, with tone numbers (the neutral tone as 5 or
 * with no number), or with neither. Any query is just text.
 */
export function matchesQuery(term: SearchableTerm, query: string): boolean {
  const q = matchForm(query);
  if (!q) return true;
  const texts = [term.zh, term.en, ...term.forms].map(matchForm);
  if (texts.some((text) => text.includes(q))) return true;
  if (/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(q)) return term.pinyin.some((keys) => keys.marked.includes(q));
  const typed = q.replace(/ü/g, 'v');
  // Any digit makes it a tone-numbered query, even a part such as "4lu" of "dian4lu4".
  if (/\d/.test(typed)) {
    const numbered = typed.replace(/(?<=[a-zv])[05]/g, '');
    return term.pinyin.some((keys) => keys.numbered.includes(numbered));
  }
  const plain = typed.replace(/v/g, 'u');
  return term.pinyin.some((keys) => keys.plain.includes(plain));
}
