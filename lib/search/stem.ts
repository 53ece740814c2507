// English stemming for search: the Porter2 ("English") Snowball algorithm, as implemented by
// wink-porter2-stemmer. Porter2's own exception list keeps words a plain rule would mangle (bias,
// news, dying → die), and it joins inflections (scale, scales, scaled, scaling → scale; agree,
// agreed → agre) and some derivations (interpretability → interpret).
import porter2 from 'wink-porter2-stemmer';

/** A word the algorithm is written for: Latin letters, with inner apostrophes (don't). */
const ENGLISH_WORD = /^[a-z]+(?:'[a-z]+)*$/;

/**
 * Stems already computed. The article has a few thousand distinct words and the index stems each
 * occurrence, so this saves nearly all the work; it starts over when full, so queries cannot grow it
 * without bound.
 */
const known = new Map<string, string>();
const KNOWN_MAX = 50_000;

/**
 * The stem of one lowercase word. Anything but an English word (a number, “3.5”, “u.s”, another
 * script) is its own stem: Porter2 is defined on letters, and mangles the rest.
 */
export function stem(word: string): string {
  if (!ENGLISH_WORD.test(word)) return word;
  let out = known.get(word);
  if (out === undefined) {
    if (known.size >= KNOWN_MAX) known.clear();
    out = porter2(word);
    known.set(word, out);
  }
  return out;
}
