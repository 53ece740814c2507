// What a word card shows, from the built word and sentence files: the word at an offset, the
// sentence group that holds it, the card's content and what Save keeps.
import { describe, expect, it } from 'vitest';
import { sentenceData } from '@/lib/reader/data';
import { cardSenseLines, savedWordOf, sentenceAt, unitWords, wordAt, wordCard, wordPinyin } from '@/lib/words/card';
import { wordData } from '@/lib/words/data';
import { loadCedict } from '@/lib/words/dictionary';
import { savedWordSchema } from '@/lib/words/saved';
import { loadProject } from '@/lib/project/load';

const { units } = loadProject().corpus;
const data = wordData(units, loadProject().words, loadProject().index.glossary.byId, loadCedict(), 'en');
const sentences = sentenceData(loadProject().sentences);
const unit = (id: string) => units.find((u) => u.id === id)!;
const cardAt = (id: string, word: string, from = 0) => {
  const start = unit(id).zh.indexOf(word, from);
  return wordCard(data, id, start, sentences[id], unit(id).zh, unit(id).en);
};

describe('the word at an offset', () => {
  const words = unitWords(data, 'scaling-05');
  const zh = unit('scaling-05').zh;

  it('decodes a unit’s words in order, each its own text', () => {
    expect(words.length).toBeGreaterThan(40);
    for (const w of words) expect(zh.slice(w.start, w.end)).toBe(data.words[w.index].w);
    expect(words.every((w, i) => i === 0 || w.start >= words[i - 1].end)).toBe(true);
  });

  it('finds the word covering any of its characters, and none between words', () => {
    const at = zh.indexOf('瓶颈');
    expect(wordAt(words, at)).toMatchObject({ start: at, end: at + 2 });
    expect(wordAt(words, at + 1)).toMatchObject({ start: at });
    const comma = zh.indexOf(',');
    expect(wordAt(words, comma)).toBeUndefined();
    expect(wordAt(words, -1)).toBeUndefined();
    expect(wordAt(words, zh.length)).toBeUndefined();
  });
});

describe('the sentence for an offset', () => {
  it('is the group whose Chinese side covers it, its ends exclusive', () => {
    const flat = sentences['scaling-05'];
    const first = sentenceAt(flat, 0)!;
    expect(first.n).toBe(1);
    expect(sentenceAt(flat, first.zh[1] - 1)!.n).toBe(1);
    expect(sentenceAt(flat, first.zh[1])!.n).toBe(2);
    expect(sentenceAt(flat, unit('scaling-05').zh.length)).toBeUndefined();
    expect(sentenceAt(undefined, 0)).toBeUndefined();
  });
});

describe('a word card', () => {
  it('瓶颈: píngjǐng, “bottleneck”, in its sentence with the English beside it', () => {
    const card = cardAt('scaling-05', '瓶颈')!;
    expect(card).toMatchObject({ word: '瓶颈', pinyin: 'píngjǐng' });
    expect(card.senses.flatMap((s) => s.english).join(' ')).toContain('bottleneck');
    expect(card.term).toBeUndefined();
    expect(card.sentence!.n).toBe(1);
    expect(card.sentence!.zh.slice(card.sentence!.at, card.sentence!.at + 2)).toBe('瓶颈');
    expect(card.sentence!.zh).toMatch(/^一开始有不少专家/);
    expect(card.sentence!.en).toContain('bottlenecks');
    expect(card.sentence!.en).not.toContain('way through');
  });

  it('专家: zhuānjiā, “expert”', () => {
    const card = cardAt('scaling-05', '专家')!;
    expect(card.pinyin).toBe('zhuānjiā');
    expect(card.senses[0].english.join('; ')).toContain('expert');
  });

  it('a glossary term carries its entry first', () => {
    const card = cardAt('scaling-05', '语言模型')!;
    expect(card.term).toMatchObject({ id: 'language-model', en: 'language model' });
    expect(cardSenseLines(card)[0]).toMatch(/^language model: A model of the probability/);
  });

  it('a word CC-CEDICT lacks points to its characters’ entries', () => {
    const id = units.find((u) => /很多/.test(u.zh))!.id;
    const card = cardAt(id, '很多')!;
    expect(card.senses).toEqual([]);
    expect(card.characters!.map((c) => c.char)).toEqual(['很', '多']);
    expect(card.characters![0].senses.length).toBeGreaterThan(0);
    expect(cardSenseLines(card)[0]).toMatch(/^很 /);
  });

  it('writes a reading as one word, with an apostrophe before a, o, e', () => {
    expect(wordPinyin('píng jǐng')).toBe('píngjǐng');
    expect(wordPinyin('xī ān')).toBe("xī'ān");
    expect(wordPinyin('')).toBe('');
  });

  it('is none where the offset is no word’s start, or the page’s text differs', () => {
    const start = unit('scaling-05').zh.indexOf('瓶颈');
    expect(
      wordCard(data, 'scaling-05', start + 1, sentences['scaling-05'], unit('scaling-05').zh, unit('scaling-05').en),
    ).toBeUndefined();
    expect(
      wordCard(data, 'scaling-05', start, sentences['scaling-05'], 'x'.repeat(200), unit('scaling-05').en),
    ).toBeUndefined();
    expect(wordCard(data, 'no-such-01', 0, undefined, '', '')).toBeUndefined();
  });
});

describe('what Save keeps', () => {
  it('is a valid saved word: the word with its sentence pair, unit, group and place', () => {
    const card = cardAt('scaling-05', '瓶颈')!;
    const saved = savedWordOf(card, '2026-12-03T12:00:00.000Z')!;
    expect(savedWordSchema.safeParse(saved).success).toBe(true);
    expect(saved).toMatchObject({
      key: `scaling-05:${card.start}`,
      word: '瓶颈',
      pinyin: 'píngjǐng',
      unitId: 'scaling-05',
      groupN: 1,
      start: card.start,
    });
    expect(saved.senses.join(' ')).toContain('bottleneck');
    expect(saved.zhSentence.startsWith('瓶颈', saved.sentenceOffset)).toBe(true);
  });

  it('keeps a word read two ways with each reading', () => {
    const card = cardAt('scaling-05', '和')!;
    expect(card.senses.length).toBeGreaterThan(1);
    expect(savedWordOf(card, '2026-12-03T12:00:00.000Z')!.senses[0]).toMatch(/^Hé: surname He/);
  });
});
