// Pinyin-aware search for the glossary, shared by the build (keys) and the browser (queries).

const TONE_MARKS: Record<string, [string, number]> = {};
for (const [base, marked] of Object.entries({ a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ' })) {
  [...marked].forEach((ch, i) => (TONE_MARKS[ch] = [base, i + 1]));
}

/** The three spellings a learner may type for one pinyin reading. */
export interface PinyinKeys {
  /** "fànxīnlùn" */
  marked: string;
  /** "fan4xin1lun4" */
  numbered: string;
  /** "fanxinlun" */
  plain: string;
}

function compact(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(/[\s'’·-]+/g, '');
}

/** Keys for a pinyin string written with tone marks, syllables separated by spaces. */
export function pinyinKeys(pinyin: string): PinyinKeys {
  const syllables = pinyin.toLowerCase().normalize('NFC').split(/\s+/).filter(Boolean);
  const numbered = syllables.map((syllable) => {
    let tone = 0;
    const base = [...syllable]
      .map((ch) => {
        const mark = TONE_MARKS[ch];
        if (!mark) return ch;
        tone = mark[1];
        return mark[0];
      })
      .join('');
    return /^[a-zü]+$/.test(base) && tone > 0 ? `${base}${tone}` : base;
  });
  return {
    marked: compact(pinyin),
    numbered: numbered.join('').replace(/ü/g, 'v'),
    plain: numbered.join('').replace(/\d/g, '').replace(/ü/g, 'u'),
  };
}

export interface SearchableTerm {
  zh: string;
  en: string;
  /** Other forms, in either language, that should find the term. */
  forms: string[];
  pinyin: PinyinKeys;
}

/**
 * Whether a query finds a term: as a substring of its Chinese or English (any form), or of its
 * pinyin typed with tone marks, with tone numbers, or with neither. Any query is just text.
 */
export function matchesQuery(term: SearchableTerm, query: string): boolean {
  const q = compact(query);
  if (!q) return true;
  const texts = [term.zh, term.en, ...term.forms].map(compact);
  if (texts.some((text) => text.includes(q))) return true;
  if (/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(q)) return term.pinyin.marked.includes(q);
  const typed = q.replace(/ü/g, 'v');
  if (/\d/.test(typed)) return term.pinyin.numbered.includes(typed);
  return term.pinyin.plain.includes(typed.replace(/v/g, 'u'));
}
