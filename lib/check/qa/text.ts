/** Character classes the QA rules share. */

/** Han ideographs, CJK symbols and punctuation (、。《》「」), fullwidth forms (,:;!?()). */
export const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** A web address, up to the first space or Chinese character. */
export const URL_PATTERN = /https?:\/\/[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g;

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Spans [start, end) of a text covered by a list of regex matches. */
export function spansOf(text: string, pattern: RegExp): [number, number][] {
  return [
    ...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')),
  ].map((m) => [m.index!, m.index! + m[0].length]);
}

export const inside = (spans: [number, number][], start: number, end: number) =>
  spans.some(([s, e]) => start >= s && end <= e);
