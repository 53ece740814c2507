import { describe, expect, it } from 'vitest';
import { chineseNumbers, englishNumbers } from '@/lib/corpus/qa/numbers';
import { unbalanced } from '@/lib/corpus/qa/punctuation';
import { missingSerialCommas } from '@/lib/corpus/qa/serial-comma';

const values = (tokens: { value: number; currency?: string; year?: boolean }[]) =>
  tokens.map((t) => [t.value, t.currency ?? null, Boolean(t.year)]);

describe('reading numbers', () => {
  it('applies 万 and 亿, reads 美元 as dollars, and knows a year', () => {
    expect(values(chineseNumbers('10万播放,10 亿美元,2026-2027年,3.5版本'))).toEqual([
      [100_000, null, false], [1e9, 'USD', false], [2026, null, true], [2027, null, true], [3.5, null, false],
    ]);
  });

  it('skips digits that belong to names and addresses', () => {
    expect(chineseNumbers('GPT-1的结果,1/f噪声,https://www.youtube.com/watch?v=ugvHCXCOmm4')).toEqual([]);
  });

  it('reads English multipliers, currencies and spelled-out numbers', () => {
    expect(values(englishNumbers('$1 billion, 100,000 views, five hours, 10 dollars'))).toEqual([
      [1e9, 'USD', false], [100_000, null, false], [5, null, false], [10, 'USD', false],
    ]);
  });
});

describe('balancing brackets and quotes', () => {
  it('tells apostrophes from closing quotes', () => {
    expect(unbalanced('Claude’s ‘character’ isn’t “fixed” (yet).')).toEqual([]);
  });

  it('finds what is open, stray or crossed', () => {
    expect(unbalanced('a (b] “c').map((u) => u.message)).toEqual(['( is closed by ] instead of )', '“ is never closed']);
  });
});

describe('finding lists without the serial comma', () => {
  const texts = (s: string) => missingSerialCommas(s).map((m) => [m.text, m.fixed]);

  it('flags “A, B and C” and “A, B or C”, quoting the last items and the fix', () => {
    expect(texts('OpenAI, Google, xAI, Meta and the rest.')).toEqual([['xAI, Meta and', 'xAI, Meta, and']]);
    expect(texts('people who are very smart, clearly motivated or closely aligned')).toEqual([
      ['are very smart, clearly motivated or', 'are very smart, clearly motivated, or'],
    ]);
  });

  it('passes lists that have it, and pairs', () => {
    expect(texts('the models, the company, and the industry; syntax and semantics')).toEqual([]);
  });

  it('does not take a clause or an introductory phrase for a list', () => {
    expect(texts('As the models get bigger, the costs and the risks rise.')).toEqual([]);
    expect(texts('To address this, we and other companies are researching it.')).toEqual([]);
    expect(texts('Many systems, such as economic and biological ones, resist it.')).toEqual([]);
  });
});
