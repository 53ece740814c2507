// Cuts a unit's marked text (plain runs and term occurrences) at its sentence groups, so each group can
// be wrapped in its own element around the existing term marks.
import type { CompactSegment } from './rows';

const textOf = (segment: CompactSegment) => (typeof segment === 'string' ? segment : segment[1]);

/**
 * The segments of each span ([start, end) offsets into the text the segments spell, ascending and
 * together covering it). Plain runs are cut at span boundaries; a term that crosses a boundary (none
 * does in this corpus) stays whole in the span where it starts.
 */
export function segmentsBySpan(
  segments: CompactSegment[],
  spans: { start: number; end: number }[],
): CompactSegment[][] {
  const out: CompactSegment[][] = spans.map(() => []);
  let offset = 0;
  let span = 0;
  for (const segment of segments) {
    const text = textOf(segment);
    if (typeof segment !== 'string') {
      while (span < spans.length - 1 && offset >= spans[span].end) span++;
      out[span].push(segment);
      offset += text.length;
      continue;
    }
    let at = 0;
    while (at < text.length) {
      while (span < spans.length - 1 && offset + at >= spans[span].end) span++;
      const take =
        span < spans.length - 1 ? Math.min(text.length - at, spans[span].end - (offset + at)) : text.length - at;
      out[span].push(text.slice(at, at + take));
      at += take;
    }
    offset += text.length;
  }
  return out;
}
