// English stemming for search: the Porter2 ("English") Snowball algorithm, as implemented by
// wink-porter2-stemmer. Porter2's own exception list keeps words a plain rule would mangle (bias,
// news, dying → die), and it joins inflections (scale, scales, scaled, scaling → scale; agree,
// agreed → agre) and some derivations (interpretability → interpret).
import porter2 from 'wink-porter2-stemmer';

/** A word the algorithm is written for: Latin letters, with inner apostrophes (don't). */
const ENGLISH_WORD = /^[a-z]+(?:'[a-z]+)*$/;

/**
 * Our exception list: words of the article that Porter2 joins with a different word, so that a
 * search for one would find the other (experience and experiment → experi, severe and several →
 * sever, polite and political → polit, position and positive → posit, organized and organ → organ,
 * likely and like → like, willing and will → will, initiative and initially → initi). Every form of
 * each family is listed and stems to its first word, which Porter2 makes of no word of the article
 * (a test checks it), so the forms still meet one another (Porter2 itself splits experience from
 * experienced).
 */
export const KEPT_APART = [
  ['experience', 'experiences', 'experienced', 'experiencing'],
  ['severe', 'severely', 'severity'],
  ['polite', 'politely', 'politeness'],
  ['position', 'positions', 'positioned', 'positioning'],
  ['organize', 'organizes', 'organized', 'organizing', 'organization', 'organizations', 'organizational'],
  ['likely'],
  ['willing', 'willingly', 'willingness'],
  ['initiative', 'initiatives'],
];
const OWN_STEM = new Map(KEPT_APART.flatMap((family) => family.map((word) => [word, family[0]])));

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
    // A possessive (experience's) is the word's own form, as in Porter2.
    out = OWN_STEM.get(word.replace(/'s?$/, '')) ?? porter2(word);
    known.set(word, out);
  }
  return out;
}
