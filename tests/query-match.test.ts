import { describe, expect, it } from 'vitest';
import { matchesQuery, pinyinKeys, type SearchableTerm } from '@/lib/terms/query-match';
import { searchableTerm } from '@/lib/terms/searchable';
import { parsePinyin } from '@/lib/terms/syllables';
import { loadProject } from '@/lib/project/load';

const term = (zh: string, en: string, pinyin: string, forms: string[] = []): SearchableTerm => ({
  zh,
  en,
  forms,
  pinyin: [pinyinKeys(parsePinyin(pinyin, zh)!)],
});

const panpsychism = term('泛心论', 'panpsychism', 'fànxīnlùn', ['泛新论']);
const longTail = term('长尾分布', 'long-tailed distribution', 'chángwěi fēnbù');
const lv = term('绿色', 'green', 'lǜsè');
const neutral = term('任务', 'task', 'rènwu');

describe('pinyin keys', () => {
  it('spells a reading with marks, with tone numbers and plain', () => {
    expect(pinyinKeys(['fàn', 'xīn', 'lùn'])).toEqual({
      marked: 'fànxīnlùn',
      numbered: 'fan4xin1lun4',
      plain: 'fanxinlun',
    });
    expect(pinyinKeys(['lǜ', 'sè'])).toEqual({ marked: 'lǜsè', numbered: 'lv4se4', plain: 'luse' });
    expect(pinyinKeys(['rèn', 'wu']).numbered).toBe('ren4wu');
  });
});

describe('glossary search', () => {
  it('finds 泛心论 by pinyin typed with tone marks, tone numbers or none, joined or by syllable', () => {
    for (const query of ['fàn xīn lùn', 'fànxīnlùn', 'fan4 xin1 lun4', 'fanxinlun', 'FAN XIN', 'xīnlùn', 'xin1lun4']) {
      expect(matchesQuery(panpsychism, query), query).toBe(true);
    }
  });

  it('takes the neutral tone as 5, 0 or no number', () => {
    for (const query of ['ren4wu5', 'ren4wu0', 'ren4wu', 'renwu', 'rènwu'])
      expect(matchesQuery(neutral, query), query).toBe(true);
    expect(matchesQuery(neutral, 'ren4wu4')).toBe(false);
  });

  it('respects the tone when one is typed', () => {
    expect(matchesQuery(panpsychism, 'fan3 xin1 lun4')).toBe(false);
    expect(matchesQuery(panpsychism, 'fǎn xīn lùn')).toBe(false);
    expect(matchesQuery(longTail, 'chang2wei3')).toBe(true);
    expect(matchesQuery(longTail, 'zhang3wei3')).toBe(false);
  });

  it('finds a term by its Chinese, any form, or its English, ignoring case and spaces', () => {
    expect(matchesQuery(panpsychism, '泛新')).toBe(true);
    expect(matchesQuery(panpsychism, 'PanPsych')).toBe(true);
    expect(matchesQuery(longTail, 'long tailed')).toBe(true);
    expect(matchesQuery(longTail, 'Long-Tailed')).toBe(true);
    expect(matchesQuery(longTail, 'short tail')).toBe(false);
  });

  it('accepts v or ü for ü', () => {
    expect(matchesQuery(lv, 'lv4')).toBe(true);
    expect(matchesQuery(lv, 'lü4')).toBe(true);
    expect(matchesQuery(lv, 'lǜ')).toBe(true);
  });

  it('treats hostile input as plain text', () => {
    for (const query of ['.*', '<script>alert(1)</script>', '(((', '\\', '%00']) {
      expect(matchesQuery(panpsychism, query), query).toBe(false);
    }
    expect(matchesQuery(panpsychism, '   ')).toBe(true);
  });
});

describe('search over the project glossary', () => {
  const { glossary } = loadProject().index;
  const find = (query: string) =>
    glossary.entries.filter((e) => matchesQuery(searchableTerm(e), query)).map((e) => e.id);

  it('finds a variant form by its own pinyin, not only the standard term’s', () => {
    // 机械解释性 (jīxiè) and 电路 (diànlù) are the article's forms of 机制可解释性 and 回路.
    expect(find('jixie jieshixing')).toContain('mechanistic-interpretability');
    expect(find('ji1xie4')).toContain('mechanistic-interpretability');
    expect(find('dian4lu4')).toContain('circuits');
    expect(find('qianqi xunlian')).toContain('pre-training');
    expect(find('chaodiejia')).toContain('superposition');
  });

  it('finds the standard term by its pinyin where the article never writes it', () => {
    expect(find('lianjiezu')).toContain('connectome');
    expect(find('bian1jie4')).toContain('edge-case');
  });
});
