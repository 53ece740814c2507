import type { Bilingual, Lang, Section } from '../corpus/model';
import type { MarkedUnit } from '../terms/mark';

/** One paragraph where a term occurs, in one language: how often, and where along the article. */
export interface StripMark {
  unitId: string;
  /** 1-based position of the unit in the article. */
  position: number;
  lang: Lang;
  count: number;
  /** Left edge and width in the picture's coordinates. */
  x: number;
  width: number;
}

interface StripSection {
  id: string;
  /** 1-based number of the section. */
  n: number;
  title: Bilingual;
  x: number;
  width: number;
  marks: Record<Lang, StripMark[]>;
}

export interface TermStrip {
  width: number;
  height: number;
  /** Where each language's row of marks lies. */
  rows: Record<Lang, { y: number; height: number }>;
  /** Where the marks start (the rows' labels are to the left). */
  plotX: number;
  sections: StripSection[];
  totals: Record<Lang, number>;
}

export const STRIP = { width: 480, labelWidth: 72, top: 24, rowHeight: 26, gap: 8, bottom: 4 } as const;

/** How often a term occurs in a marked text. */
const countIn = (segments: MarkedUnit['zh'], termId: string) =>
  segments.filter((s) => typeof s !== 'string' && s.termId === termId).length;

/**
 * Where a term occurs across the article: one band per section, one mark per paragraph whose
 * Chinese (top row) or English (bottom row) has it, placed by the paragraph's position.
 */
export function termStrip(sections: Section[], marked: Map<string, MarkedUnit>, termId: string): TermStrip {
  const total = sections.reduce((n, s) => n + s.units.length, 0);
  const plotX = STRIP.labelWidth;
  const plotWidth = STRIP.width - plotX - 2;
  const slot = plotWidth / Math.max(total, 1);
  const xOf = (position: number) => plotX + (position - 1) * slot;
  const markWidth = Math.max(slot, 3);
  const totals: Record<Lang, number> = { zh: 0, en: 0 };
  let position = 0;
  const out = sections.map((section, i): StripSection => {
    const first = position + 1;
    const marks: Record<Lang, StripMark[]> = { zh: [], en: [] };
    for (const unit of section.units) {
      position += 1;
      for (const lang of ['zh', 'en'] as const) {
        const count = countIn(marked.get(unit.id)?.[lang] ?? [], termId);
        if (count === 0) continue;
        totals[lang] += count;
        marks[lang].push({
          unitId: unit.id,
          position,
          lang,
          count,
          x: Math.min(xOf(position), STRIP.width - 2 - markWidth),
          width: markWidth,
        });
      }
    }
    return { id: section.id, n: i + 1, title: section.title, x: xOf(first), width: section.units.length * slot, marks };
  });
  const zhY = STRIP.top;
  const enY = zhY + STRIP.rowHeight + STRIP.gap;
  return {
    width: STRIP.width,
    height: enY + STRIP.rowHeight + STRIP.bottom,
    rows: { zh: { y: zhY, height: STRIP.rowHeight }, en: { y: enY, height: STRIP.rowHeight } },
    plotX,
    sections: out,
    totals,
  };
}
