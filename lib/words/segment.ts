import type { Segment } from '../terms/mark';
import type { Cut } from './jieba';
import type { WordOverride } from './schema';

/** One word of a unit's Chinese: its text and where it starts (a string index into the unit's `zh`). */
export interface Word {
  text: string;
  start: number;
  /** The glossary entry, where the word is an occurrence of a glossary term. */
  termId?: string;
}

/** A glossary term's occurrence in a unit's Chinese, [start, end). */
export interface TermSpan {
  start: number;
  end: number;
  termId: string;
}

/** What went wrong with one override in one unit. */
export type OverrideFinding =
  | { kind: 'not-joined'; override: WordOverride }
  | { kind: 'not-found'; override: WordOverride }
  | { kind: 'no-change'; override: WordOverride }
  | { kind: 'splits-term'; override: WordOverride; termId: string; form: string };

/** The glossary terms of a marked text, as spans. */
export function termSpans(segments: Segment[]): TermSpan[] {
  const spans: TermSpan[] = [];
  let at = 0;
  for (const segment of segments) {
    const text = typeof segment === 'string' ? segment : segment.text;
    if (typeof segment !== 'string') spans.push({ start: at, end: at + text.length, termId: segment.termId });
    at += text.length;
  }
  return spans;
}

interface Piece {
  start: number;
  end: number;
  words: string[];
}

/** Offsets strictly inside [start, end) where a list of words starting at `start` puts a boundary. */
function innerBoundaries(start: number, words: string[]): number[] {
  const out: number[] = [];
  let at = start;
  for (const word of words.slice(0, -1)) out.push((at += word.length));
  return out;
}

/** Cuts the stretches between fixed pieces with jieba, and lists every word in order. */
function assemble(zh: string, pieces: Piece[], cut: Cut): { text: string; start: number }[] {
  const words: { text: string; start: number }[] = [];
  let at = 0;
  const free = (end: number) => {
    if (end <= at) return;
    const run = zh.slice(at, end);
    const cuts = cut(run);
    if (cuts.join('') !== run) throw new Error(`jieba's words do not join to “${run}”`);
    for (const text of cuts) {
      words.push({ text, start: at });
      at += text.length;
    }
  };
  for (const piece of [...pieces].sort((a, b) => a.start - b.start)) {
    free(piece.start);
    for (const text of piece.words) {
      words.push({ text, start: at });
      at += text.length;
    }
  }
  free(zh.length);
  return words;
}

/**
 * A unit's Chinese as words: each glossary term one word, each reviewed override as it says, the rest
 * as jieba cuts it. An override that does not join to its text, is not in the unit, changes nothing,
 * or cuts through a glossary term is reported (and not applied).
 */
export function segmentUnit(
  zh: string,
  terms: TermSpan[],
  overrides: WordOverride[],
  cut: Cut,
): { words: Word[]; findings: OverrideFinding[] } {
  const findings: OverrideFinding[] = [];
  const termPieces = terms.map((t) => ({ start: t.start, end: t.end, words: [zh.slice(t.start, t.end)] }));
  const applied: (Piece & { override: WordOverride })[] = [];
  for (const override of overrides) {
    if (override.words.join('') !== override.text) {
      findings.push({ kind: 'not-joined', override });
      continue;
    }
    const found: Piece[] = [];
    for (let at = zh.indexOf(override.text); at >= 0; at = zh.indexOf(override.text, at + override.text.length)) {
      const end = at + override.text.length;
      if (applied.some((p) => p.start < end && p.end > at)) continue;
      found.push({ start: at, end, words: override.words });
    }
    if (found.length === 0) {
      findings.push({ kind: 'not-found', override });
      continue;
    }
    const split = found.flatMap((piece) =>
      terms.filter((t) => {
        if (t.start >= piece.end || t.end <= piece.start) return false;
        if (t.start < piece.start || t.end > piece.end) return true;
        return innerBoundaries(piece.start, piece.words).some((b) => b > t.start && b < t.end);
      }),
    );
    if (split.length > 0) {
      for (const t of split)
        findings.push({ kind: 'splits-term', override, termId: t.termId, form: zh.slice(t.start, t.end) });
      continue;
    }
    applied.push(...found.map((piece) => ({ ...piece, override })));
  }

  const outside = (t: Piece) => !applied.some((p) => p.start <= t.start && p.end >= t.end);
  const baseline = assemble(zh, termPieces, cut);
  for (const override of new Set(applied.map((p) => p.override))) {
    const mine = applied.filter((p) => p.override === override);
    const same = mine.every((piece) => {
      const inside = baseline.filter((w) => w.start >= piece.start && w.start < piece.end);
      return inside[0]?.start === piece.start && inside.map((w) => w.text).join('|') === piece.words.join('|');
    });
    if (same) findings.push({ kind: 'no-change', override });
  }

  const words = assemble(zh, [...applied, ...termPieces.filter(outside)], cut).map((w): Word => {
    const term = terms.find((t) => t.start === w.start && t.end === w.start + w.text.length);
    return term ? { ...w, termId: term.termId } : w;
  });
  return { words, findings };
}
