// Where a query's hits are in a text, and the text cut into plain and highlighted pieces.
import { wordKey, words } from './tokens';

/** A hit: [start, end) in UTF-16 code units of the text it was found in. */
export type Range = [start: number, end: number];

/** Every occurrence of each substring, and every word whose key is one of `keys`, merged and in order. */
export function findRanges(text: string, substrings: readonly string[], keys: ReadonlySet<string>): Range[] {
  const ranges: Range[] = [];
  for (const needle of substrings) {
    if (!needle) continue;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length))
      ranges.push([at, at + needle.length]);
  }
  if (keys.size > 0) {
    for (const w of words(text)) if (keys.has(wordKey(w.word))) ranges.push([w.start, w.end]);
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** A text cut at its ranges: `hit` pieces are the highlighted ones. Concatenated, the pieces are the text. */
export function pieces(text: string, ranges: readonly Range[]): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}
