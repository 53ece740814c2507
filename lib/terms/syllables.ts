// Pinyin syllables without a dictionary, small enough for the browser. Display follows GB/T 16159-2012
// (syllables of one word joined, words separated by spaces, an apostrophe before a/o/e inside a
// word); search keys are built from the syllables, so they do not depend on how words are divided.

const HAN = /\p{Script=Han}/u;
const TONE_MARKS: Record<string, [string, number]> = {};
for (const [base, marked] of Object.entries({ a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ' })) {
  [...marked].forEach((ch, i) => (TONE_MARKS[ch] = [base, i + 1]));
}
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/** Whether a form is written in Chinese characters at all: Latin-only forms have no pinyin. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function countHan(text: string): number {
  return [...text].filter((ch) => HAN.test(ch)).length;
}

/** A form's reading: how it is displayed, and its syllables (Chinese characters only) for search. */
export interface FormPinyin {
  /** "jīzhì kějiěshìxìng" */
  display: string;
  /** ["jī", "zhì", "kě", "jiě", "shì", "xìng"]; a syllable without a mark has the neutral tone. */
  syllables: string[];
}

/** The toneless spelling and the tone (0 for neutral) of one syllable. */
export function splitTone(syllable: string): { base: string; tone: number } {
  let tone = 0;
  const base = [...syllable.normalize('NFC').toLowerCase()]
    .map((ch) => {
      const mark = TONE_MARKS[ch];
      if (!mark) return ch;
      tone = mark[1];
      return mark[0];
    })
    .join('');
  return { base, tone };
}

const SYLLABLE =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|üan|ian|iao|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ue|üe|ui|er|a|o|e|i|u|ü)|ng|m|n)$/;

/** Whether a toneless string is one pinyin syllable. */
function isSyllable(base: string): boolean {
  return SYLLABLE.test(base);
}

/**
 * Splits one written word ("kějiěshìxìng", "fāng'àn") into syllables, or returns null when it is
 * not pinyin. A syllable beginning with a, o or e inside a word must follow an apostrophe.
 */
export function splitWord(word: string): string[] | null {
  const parts = word.normalize('NFC').split(/['’]/);
  const out: string[] = [];
  for (const part of parts) {
    const syllables = splitRun(part);
    if (!syllables) return null;
    out.push(...syllables);
  }
  return out;
}

function splitRun(run: string): string[] | null {
  if (!run) return null;
  const chars = [...run];
  const base = chars.map((ch) => TONE_MARKS[ch]?.[0] ?? ch.toLowerCase());
  // Longest syllable first, backtracking where the rest would not parse.
  const solve = (at: number): string[] | null => {
    if (at === chars.length) return [];
    for (let end = Math.min(chars.length, at + 6); end > at; end--) {
      const candidate = base.slice(at, end).join('');
      if (!isSyllable(candidate)) continue;
      if (at > 0 && /^[aoe]/.test(candidate)) continue;
      const rest = solve(end);
      if (rest) return [chars.slice(at, end).join(''), ...rest];
    }
    return null;
  };
  return solve(0);
}

/**
 * Reads a written pinyin string into its syllables, keeping Latin tokens that the form itself
 * contains ("AI ānquán" for AI安全) out of the syllables. Returns null if a token is not pinyin.
 */
export function parsePinyin(display: string, form: string): string[] | null {
  const latinTokens = new Set((form.match(/[A-Za-z0-9/.]+/g) ?? []).map((t) => t.toLowerCase()));
  const syllables: string[] = [];
  for (const token of display.trim().split(/[\s-]+/)) {
    if (!token) continue;
    if (!TONED.test(token) && latinTokens.has(token.toLowerCase())) continue;
    const words = splitWord(token);
    if (!words) return null;
    syllables.push(...words);
  }
  return syllables;
}

/** Joins syllables into one written word, with an apostrophe before a, o, e after the first. */
export function joinWord(syllables: string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s)).join('');
}
