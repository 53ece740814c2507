// How text becomes index terms, the same way for the corpus and for a query: Chinese as character
// unigrams and bigrams (any substring of two or more characters is found through its bigrams, then
// confirmed in the text), Latin-script words and numbers lowercased, without accents, stemmed.
import { stem } from './stem';

export const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
/** A word: letters and digits, with inner apostrophes or dots (don’t, U.S, 3.5). */
export const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/** A word as indexed: lowercase, accents removed, stemmed. */
export function wordKey(word: string): string {
  return stem(word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'"));
}

/** The Latin-script (non-Han) words of a text, with their offsets. */
export function* words(text: string): Generator<{ word: string; start: number; end: number }> {
  for (const match of text.matchAll(WORD)) {
    // A run of Han characters is not a word; a word may touch Han text (“Claude团队”).
    let start = match.index;
    for (const piece of match[0].split(/(\p{Script=Han}+)/u)) {
      if (piece && !HAN.test(piece)) yield { word: piece, start, end: start + piece.length };
      start += piece.length;
    }
  }
}

/** Han unigrams and bigrams of a text, within each run of Han characters. */
function hanGrams(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = [...run];
    chars.forEach((ch, i) => {
      out.push(ch);
      if (i + 1 < chars.length) out.push(ch + chars[i + 1]);
    });
  }
  return out;
}

/** Every index term of a text: Han grams and word keys. */
export function indexTerms(text: string): string[] {
  return [...hanGrams(text), ...Array.from(words(text), (w) => wordKey(w.word))];
}

/** The terms that must all occur for a run of Han characters to occur: its bigrams, or the one character. */
export function hanQueryTerms(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  return [...new Set(chars.slice(0, -1).map((ch, i) => ch + chars[i + 1]))];
}
