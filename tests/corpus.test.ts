import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseNumbers, englishNumbers } from '@/lib/check/qa/numbers';
import { bodyText, extractBody } from '@/lib/corpus/source';
import { loadProject } from '@/lib/project/load';

const corpus = loadProject().corpus;
const seed = readFileSync(path.join(process.cwd(), 'corpus', corpus.meta.source.file), 'utf8');

describe('the project corpus', () => {
  it('reproduces the article body exactly, paragraph by paragraph, from the byline to the video link', () => {
    const body = extractBody(seed, corpus.meta.source.bodyStartsWith, corpus.meta.source.bodyEndsWith);
    if (typeof body === 'string') throw new Error(body);
    const fromUnits = bodyText(corpus.units.map((u) => ({ text: u.zh, listItem: u.kind === 'list-item' })));
    expect(fromUnits).toBe(bodyText(body));
    // The article starts and ends where the issue says, and no forum chrome slipped in.
    expect(corpus.units[0].zh).toBe('梦晨 发自 凹非寺');
    expect(corpus.units.at(-1)!.zh).toBe('https://www.youtube.com/watch?v=ugvHCXCOmm4');
    expect(fromUnits).not.toMatch(/举报本楼|发表于|只看该作者|来源:网易/);
  });

  it('keeps the published typos verbatim', () => {
    const all = corpus.units.map((u) => u.zh).join('\n');
    expect(all).toContain('如果排除泛新论');
    expect(all).toContain('提出要研究神经网络的”器官系统”级别的抽象');
  });

  it('has an English rendering for every unit, none left as Chinese', () => {
    for (const unit of corpus.units) {
      expect(unit.en.trim(), unit.id).not.toBe('');
      expect(unit.en, unit.id).not.toMatch(/[\u4e00-\u9fff]{3,}/);
    }
  });

  it('gives every unit a unique, section-scoped, sequential ID', () => {
    for (const section of corpus.sections) {
      expect(section.units.map((u) => u.id)).toEqual(
        section.units.map((_, i) => `${section.id}-${String(i + 1).padStart(2, '0')}`),
      );
    }
    expect(new Set(corpus.units.map((u) => u.id)).size).toBe(corpus.units.length);
  });

  it('names a speaker for the interview turns', () => {
    const byId = new Map(corpus.units.map((u) => [u.id, u]));
    expect(byId.get('scaling-07')).toMatchObject({ kind: 'question', speaker: 'interviewer' });
    expect(byId.get('scaling-08')).toMatchObject({ kind: 'answer', speaker: 'amodei' });
    expect(corpus.units.filter((u) => u.kind === 'answer' && u.speaker === 'askell').length).toBeGreaterThan(20);
    expect(corpus.units.filter((u) => u.kind === 'answer' && u.speaker === 'olah').length).toBeGreaterThan(15);
  });

  it('renders the numbers of the article in English units: every 万 and 亿 of the Chinese, by value', () => {
    // The Chinese is verbatim, so which units write 万 or 亿 is fixed; their English is whatever the
    // corpus holds now, and must carry each such number's value.
    const withMultiplier = corpus.units.flatMap((u) =>
      chineseNumbers(u.zh)
        .filter((n) => /[万亿]/.test(n.raw))
        .map((n) => [u, n] as const),
    );
    expect(withMultiplier.length).toBeGreaterThan(1);
    for (const [unit, n] of withMultiplier) {
      const values = englishNumbers(unit.en).map((e) => e.value);
      expect(values, `${unit.id}: ${n.raw}`).toContainEqual(n.value);
    }
  });
});
