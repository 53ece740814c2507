/** A string to find in text, standing for a glossary entry. */
export interface TermForm {
  termId: string;
  text: string;
  misspelled?: boolean;
  /** A longer string that contains a form but is not the term: matched so as to be left unmarked. */
  blocked?: boolean;
}

export interface TermMatch {
  start: number;
  end: number;
  termId: string;
  form: TermForm;
}

const LATIN = /[A-Za-z]/;
const WORD_CHAR = /[A-Za-z0-9]/;

function isLatin(form: string): boolean {
  return LATIN.test(form);
}

/**
 * Lower case, keeping every position: a character whose lower case is longer (İ becomes i̇) stays as
 * it is, so an offset in the folded text is the same offset in the text.
 */
function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

export interface Matcher {
  find(text: string): TermMatch[];
}

/**
 * Builds a matcher over the given forms: leftmost match first and, at each position, the longest
 * form, so a term is never marked inside a longer one. Latin-script forms match case-insensitively
 * and only on word boundaries ("AI" does not match inside "SAID"); CJK forms match exactly.
 */
export function createMatcher(forms: TermForm[]): Matcher {
  const byFirstChar = new Map<string, TermForm[]>();
  for (const form of forms) {
    const key = fold(form.text)[0];
    const bucket = byFirstChar.get(key) ?? [];
    bucket.push(form);
    byFirstChar.set(key, bucket);
  }
  for (const bucket of byFirstChar.values()) bucket.sort((a, b) => b.text.length - a.text.length);

  function matchesAt(text: string, lower: string, i: number, form: TermForm): boolean {
    const latin = isLatin(form.text);
    const candidate = latin ? lower.startsWith(fold(form.text), i) : text.startsWith(form.text, i);
    if (!candidate || !latin) return candidate;
    const end = i + form.text.length;
    const before = i > 0 && WORD_CHAR.test(text[i - 1]) && WORD_CHAR.test(form.text[0]);
    const after = end < text.length && WORD_CHAR.test(text[end]) && WORD_CHAR.test(form.text[form.text.length - 1]);
    return !before && !after;
  }

  return {
    find(text) {
      const lower = fold(text);
      const found: TermMatch[] = [];
      let i = 0;
      while (i < text.length) {
        const bucket = byFirstChar.get(lower[i]);
        const form = bucket?.find((candidate) => matchesAt(text, lower, i, candidate));
        if (form) {
          found.push({ start: i, end: i + form.text.length, termId: form.termId, form });
          i += form.text.length;
        } else {
          i += 1;
        }
      }
      return found;
    },
  };
}
