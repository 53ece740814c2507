// Rule-based sentence segmentation: proposals that translators review, never the final word (the
// corpus records the final segmentation in corpus/sentences/). Pure; no dictionary, no model.
//
// Every function returns pieces that concatenate exactly to its input: a sentence keeps its
// closing punctuation, any closing quotes or brackets after it, and the whitespace that follows.

/** Marks that end a Chinese sentence. Full-width always; the ASCII ones only where text follows (not in a URL). */
const ZH_FULL_STOPS = new Set(['。', '！', '？', '…']);
const ZH_ASCII_STOPS = new Set(['!', '?']);
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"', "'", ']']);

/**
 * Splits Chinese text after 。！？… (and after ASCII ! ? as the article uses them) with any closing
 * quotes that follow: 他说:“好。”然后 → 他说:“好。” | 然后. Semicolons (；) and colons do not end a
 * sentence: in this article they join clauses the English keeps in one sentence. A run of stops
 * (？！, ……) ends one sentence. An ASCII ? or ! followed by a Latin letter, digit or = is part of a
 * word or an address (watch?v=…) and splits nothing.
 */
export function splitChinese(text: string): string[] {
  const chars = [...text];
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    const full = ZH_FULL_STOPS.has(ch);
    const ascii = ZH_ASCII_STOPS.has(ch) && !/[A-Za-z0-9=&]/.test(chars[i + 1] ?? '');
    if (!full && !ascii) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < chars.length && (ZH_FULL_STOPS.has(chars[end]) || ZH_ASCII_STOPS.has(chars[end]))) end++;
    while (end < chars.length && CLOSERS.has(chars[end])) end++;
    while (end < chars.length && /\s/.test(chars[end])) end++;
    out.push(chars.slice(start, end).join(''));
    start = end;
    i = end;
  }
  if (start < chars.length) out.push(chars.slice(start).join(''));
  return mergeTrailingPunctuation(out);
}

/** Words followed by a full stop that do not end a sentence (compared without case). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'cf',
  'al',
  'approx',
  'fig',
  'vol',
  'pp',
  'eds',
  'ca',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** What may start an English sentence after a stop and whitespace: a capital, a digit, an opening quote or bracket. */
const SENTENCE_START = /^[\p{Lu}\p{N}“‘"'([]/u;

/**
 * Splits English text after . ! ? or … followed by whitespace and something that can start a
 * sentence. A stop does not split after an abbreviation (Mr., Dr., vs., e.g., i.e.), after
 * initials (U.S., A.I.), inside a number (3.5) or a version ("Claude 3.5 Sonnet"), or in an address.
 */
export function splitEnglish(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const stop = /[.!?…]+/g;
  for (let match = stop.exec(text); match; match = stop.exec(text)) {
    let end = match.index + match[0].length;
    while (end < text.length && CLOSERS.has(text[end])) end++;
    const space = /^\s+/.exec(text.slice(end));
    if (!space) continue;
    const next = text.slice(end + space[0].length);
    if (!SENTENCE_START.test(next)) continue;
    if (match[0] === '.' && !endsSentence(text.slice(start, match.index))) continue;
    end += space[0].length;
    out.push(text.slice(start, end));
    start = end;
    stop.lastIndex = end;
  }
  if (start < text.length) out.push(text.slice(start));
  return mergeTrailingPunctuation(out);
}

/** Whether a full stop after this text ends a sentence, judged by the word before it. */
function endsSentence(before: string): boolean {
  const word = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^[“‘"'([]+/, '');
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials and dotted abbreviations: U.S, A.I, e.g, i.e (the last dot is the stop itself).
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false;
  // A single capital, as in a middle initial ("John F. Kennedy").
  if (/^\p{Lu}$/u.test(word)) return false;
  return true;
}

/** A piece of only punctuation or space (a stray closing mark) belongs to the sentence before it. */
function mergeTrailingPunctuation(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    if (out.length > 0 && !/[\p{L}\p{N}]/u.test(piece)) out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out;
}
