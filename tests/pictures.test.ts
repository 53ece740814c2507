import { describe, expect, it } from 'vitest';
import { barChart } from '@/lib/pictures/bars';
import { STRIP, termStrip } from '@/lib/pictures/term-strip';
import { parseFrequencies } from '@/lib/words/frequency';
import { vocabularyProfile } from '@/lib/words/profile';
import type { Word } from '@/lib/words/segment';
import type { Unit } from '@/lib/corpus/model';
import { loadProject } from '@/lib/project/load';

describe('the term strip', () => {
  const { sections } = loadProject().corpus;
  const { marked, occurrences } = loadProject().index;
  const strip = termStrip(sections, marked, 'language-model');

  it('marks every paragraph whose Chinese has the term, in the section that holds it', () => {
    const zh = strip.sections.flatMap((s) => s.marks.zh.map((m) => m.unitId));
    expect(zh).toEqual(occurrences.get('language-model'));
    for (const section of strip.sections) {
      const ids = new Set(sections.find((s) => s.id === section.id)!.units.map((u) => u.id));
      for (const mark of [...section.marks.zh, ...section.marks.en]) expect(ids.has(mark.unitId)).toBe(true);
    }
  });

  it('places marks in reading order inside the picture, sections side by side', () => {
    const marks = strip.sections.flatMap((s) => s.marks.zh);
    for (let i = 1; i < marks.length; i++) expect(marks[i].x).toBeGreaterThan(marks[i - 1].x);
    for (const mark of marks) {
      expect(mark.x).toBeGreaterThanOrEqual(STRIP.labelWidth);
      expect(mark.x + mark.width).toBeLessThanOrEqual(STRIP.width);
    }
    const last = strip.sections.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(STRIP.width - 2, 5);
    expect(strip.totals.zh).toBeGreaterThanOrEqual(marks.length);
  });
});

describe('bar charts', () => {
  it('draws each bar as its share of the maximum, clamped to the plot', () => {
    const chart = barChart(
      [
        { id: 'a', label: 'A', value: 1, shown: '' },
        { id: 'b', label: 'B', value: 0.25, shown: '' },
        { id: 'c', label: 'C', value: 3, shown: '' },
      ],
      1,
    );
    expect(chart.bars.map((b) => b.width)).toEqual([chart.plotWidth, chart.plotWidth / 4, chart.plotWidth]);
    expect(chart.bars[1].y).toBeGreaterThan(chart.bars[0].y + chart.bars[0].height - 1);
  });
});

describe('the vocabulary profile', () => {
  const unit = { id: 'x-01', zh: '我们的瓶颈的Claude语言模型' } as Unit;
  const word = (text: string, start: number, termId?: string): Word => ({ text, start, ...(termId ? { termId } : {}) });
  const words = new Map([
    [
      'x-01',
      [
        word('我们', 0),
        word('的', 2),
        word('瓶颈', 3),
        word('的', 5),
        word('Claude', 6),
        word('语言模型', 12, 'language-model'),
      ],
    ],
  ]);
  const frequencies = parseFrequencies(
    [
      '的 900 uj',
      '我们 500 r',
      ...Array.from({ length: 4000 }, (_, i) => `词${i} ${400 - i / 100} n`),
      '瓶颈 3 n',
    ].join('\n'),
  );
  const profile = vocabularyProfile([unit], words, frequencies);

  it('counts the Chinese words only, each occurrence a running word', () => {
    expect(profile.tokens).toBe(5);
    expect(profile.distinct).toBe(4);
    expect(profile.bands.find((b) => b.id === '1-1000')).toEqual({ id: '1-1000', tokens: 3, distinct: 2 });
    expect(profile.bands.find((b) => b.id === '3001-5000')).toEqual({ id: '3001-5000', tokens: 1, distinct: 1 });
    expect(profile.bands.find((b) => b.id === 'none')).toEqual({ id: 'none', tokens: 1, distinct: 1 });
  });

  it('says how much a reader of the commonest words knows', () => {
    expect(profile.coverage.map((c) => c.share)).toEqual([3 / 5, 3 / 5, 4 / 5]);
  });

  it('lists the rarest dictionary words, terms aside, with where they first occur', () => {
    expect(profile.rarest.map((r) => r.word)).toEqual(['瓶颈', '我们', '的']);
    expect(profile.rarest[0]).toMatchObject({ unitId: 'x-01', count: 3, occurrences: 1 });
  });
});
