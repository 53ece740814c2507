import { describe, expect, it } from 'vitest';
import { pinyinData } from '@/lib/reader/pinyin';
import { wordData, type WordData } from '@/lib/words/data';
import { loadCedict, toneMarks } from '@/lib/words/dictionary';
import { parseFrequencies } from '@/lib/words/frequency';
import { segmentUnit } from '@/lib/words/segment';
import { loadProject } from '@/lib/project/load';

const units = loadProject().corpus.units;
const words = loadProject().words;
const { glossary } = loadProject().index;
const data: WordData = wordData(units, words, glossary.byId, loadCedict(), 'en');
const zhData: WordData = wordData(units, words, glossary.byId, loadCedict(), 'zh');

/** Every word of a unit as the file gives it: its text (sliced from the unit), entry and start. */
function wordsOf(file: WordData, id: string) {
  const zh = units.find((u) => u.id === id)!.zh;
  const flat = file.units[id];
  const out: { text: string; start: number; entry: WordData['words'][number] }[] = [];
  let end = 0;
  for (let i = 0; i < flat.length; i += 2) {
    const entry = file.words[flat[i + 1]];
    const start = end + flat[i];
    out.push({ text: zh.slice(start, start + entry.w.length), start, entry });
    end = start + entry.w.length;
  }
  return out;
}

describe('the article segmented into words', () => {
  it('joins to every unit’s Chinese exactly', () => {
    for (const unit of units)
      expect(
        words
          .get(unit.id)!
          .map((w) => w.text)
          .join(''),
      ).toBe(unit.zh);
  });

  it('keeps every glossary term one word, with its entry', () => {
    const scaling05 = words.get('scaling-05')!;
    expect(scaling05.find((w) => w.text === '语言模型')).toMatchObject({ termId: 'language-model' });
    expect(scaling05.map((w) => w.text)).toEqual(expect.arrayContaining(['专家', '怀疑', '瓶颈', '突破口']));
  });

  it('applies the reviewed overrides', () => {
    expect(words.get('claude-3-5-19')!.map((w) => w.text)).toContain('不尽如人意');
    const anthropic07 = words.get('anthropic-07')!.map((w) => w.text);
    expect(anthropic07).not.toContain('是因为');
    expect(anthropic07.join('|')).toContain('是|因为');
  });

  it('never splits a glossary term, even when an override asks to', () => {
    const cut = (text: string) => [...text];
    const { words: cutWords, findings } = segmentUnit(
      '语言模型很大',
      [{ start: 0, end: 4, termId: 'language-model' }],
      [{ unit: 'x-01', text: '模型很大', words: ['模型', '很大'], reason: 'Test.' }],
      cut,
    );
    expect(cutWords.map((w) => w.text)).toEqual(['语言模型', '很', '大']);
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'splits-term', termId: 'language-model', form: '语言模型' }),
    ]);
  });
});

describe('the word file', () => {
  it('gives known words their pinyin in context and CC-CEDICT senses', () => {
    const expert = data.words.find((e) => e.w === '专家')!;
    expect(expert.r).toBe('zhuān jiā');
    expect(expert.s!.flatMap(([, english]) => english).join('; ')).toContain('expert');
    const bottleneck = data.words.find((e) => e.w === '瓶颈')!;
    expect(bottleneck.r).toBe('píng jǐng');
    expect(bottleneck.s!.flatMap(([, english]) => english).join('; ')).toContain('bottleneck');
  });

  it('keeps only the senses of the reading in context (长 in 增长 is zhǎng)', () => {
    const grow = data.words.find((e) => e.w === '增长')!;
    expect(grow.r).toBe('zēng zhǎng');
    expect(grow.s!.every(([pinyin]) => pinyin === 'zēng zhǎng')).toBe(true);
  });

  it('puts the glossary entry first, in the file’s UI language', () => {
    const en = data.words.find((e) => e.w === '语言模型')!;
    const zh = zhData.words.find((e) => e.w === '语言模型')!;
    expect(en.t).toEqual({
      id: 'language-model',
      zh: '语言模型',
      en: 'language model',
      definition: glossary.byId.get('language-model')!.definition.en,
    });
    expect(zh.t!.definition).toBe(glossary.byId.get('language-model')!.definition.zh);
  });

  it('falls back to each character’s entry where CC-CEDICT has none, and says so', () => {
    const many = data.words.find((e) => e.w === '很多')!;
    expect(many.s).toBeUndefined();
    expect(many.c!.map((i) => data.words[i].w)).toEqual(['很', '多']);
    expect(data.words[many.c![1]].s!.flatMap(([, english]) => english).join('; ')).toContain('many');
  });

  it('reads every word as the pinyin layer reads its characters', () => {
    const layer = pinyinData(units);
    for (const unit of units) {
      const readings = layer[unit.id] ? layer[unit.id].split(' ') : [];
      const han = (text: string) => [...text].filter((c) => /\p{Script=Han}/u.test(c)).length;
      for (const word of wordsOf(data, unit.id)) {
        expect(word.text).toBe(word.entry.w);
        const before = han(unit.zh.slice(0, word.start));
        expect(word.entry.r, `${unit.id} ${word.text}`).toBe(readings.slice(before, before + han(word.text)).join(' '));
      }
    }
  });

  it('holds the article’s own words only, and credits CC-CEDICT under its licence', () => {
    const distinct = new Set([...words.values()].flat().map((w) => w.text));
    for (const entry of data.words) expect(distinct.has(entry.w) || [...entry.w].length === 1).toBe(true);
    expect(data.license).toContain('CC BY-SA 4.0');
    expect(data.credit).toContain('CC-CEDICT');
  });
});

describe('helpers', () => {
  it('writes CC-CEDICT pinyin in tone marks', () => {
    expect(toneMarks('zhuan1 jia1')).toBe('zhuān jiā');
    expect(toneMarks('lu:e4 de5 Zhang1')).toBe('lüè de Zhāng');
  });

  it('ranks a jieba dictionary by count', () => {
    const f = parseFrequencies('的 300 uj\n瓶颈 20 n\n专家 90 n\n');
    expect([f.rank('的'), f.rank('专家'), f.rank('瓶颈'), f.rank('无')]).toEqual([1, 2, 3, undefined]);
    expect(f.count('专家')).toBe(90);
  });
});
