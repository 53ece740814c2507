import { describe, expect, it } from 'vitest';
import { matchesQuery, pinyinKeys, type SearchableTerm } from '@/lib/terms/search';

const term = (zh: string, en: string, pinyin: string, forms: string[] = []): SearchableTerm => ({
  zh,
  en,
  forms,
  pinyin: pinyinKeys(pinyin),
});

const panpsychism = term('泛心论', 'panpsychism', 'fàn xīn lùn', ['泛新论']);
const longTail = term('长尾分布', 'long-tailed distribution', 'cháng wěi fēn bù');
const lv = term('绿色', 'green', 'lǜ sè');

describe('pinyin keys', () => {
  it('spells a reading with marks, with tone numbers and plain', () => {
    expect(pinyinKeys('fàn xīn lùn')).toEqual({ marked: 'fànxīnlùn', numbered: 'fan4xin1lun4', plain: 'fanxinlun' });
    expect(pinyinKeys('lǜ sè')).toEqual({ marked: 'lǜsè', numbered: 'lv4se4', plain: 'luse' });
    expect(pinyinKeys('1/f zào shēng').numbered).toBe('1/fzao4sheng1');
  });
});

describe('glossary search', () => {
  it('finds 泛心论 by pinyin typed with tone marks, tone numbers or none', () => {
    for (const query of ['fàn xīn lùn', 'fan4 xin1 lun4', 'fanxinlun', 'FAN XIN', 'xīnlùn', 'xin1lun4']) {
      expect(matchesQuery(panpsychism, query), query).toBe(true);
    }
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
