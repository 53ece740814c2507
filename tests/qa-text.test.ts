import { describe, expect, it } from 'vitest';
import { chineseNumbers, englishNumbers } from '@/lib/check/qa/numbers';
import { unbalanced } from '@/lib/check/qa/punctuation';
import { formInconsistencies } from '@/lib/check/qa/one-form';
import { missingSerialCommas } from '@/lib/check/qa/serial-comma';
import type { Unit } from '@/lib/corpus/model';
import { buildGlossary } from '@/lib/terms/glossary';
import { markUnits } from '@/lib/terms/mark';

const values = (tokens: { value: number; currency?: string; year?: boolean }[]) =>
  tokens.map((t) => [t.value, t.currency ?? null, Boolean(t.year)]);

describe('reading numbers', () => {
  it('applies 万 and 亿, reads 美元 as dollars, and knows a year', () => {
    expect(values(chineseNumbers('10万播放,10 亿美元,2026-2027年,3.5版本'))).toEqual([
      [100_000, null, false],
      [1e9, 'USD', false],
      [2026, null, true],
      [2027, null, true],
      [3.5, null, false],
    ]);
  });

  it('skips digits that belong to names and addresses', () => {
    expect(chineseNumbers('GPT-1的结果,1/f噪声,https://www.youtube.com/watch?v=ugvHCXCOmm4')).toEqual([]);
  });

  it('reads English multipliers, currencies and spelled-out numbers', () => {
    expect(values(englishNumbers('$1 billion, 100,000 views, five hours, 10 dollars'))).toEqual([
      [1e9, 'USD', false],
      [100_000, null, false],
      [5, null, false],
      [10, 'USD', false],
    ]);
  });
});

describe('balancing brackets and quotes', () => {
  it('tells apostrophes from closing quotes', () => {
    expect(unbalanced('Claude’s ‘character’ isn’t “fixed” (yet).')).toEqual([]);
  });

  it('finds what is open, stray or crossed', () => {
    expect(unbalanced('a (b] “c').map((u) => u.message)).toEqual([
      '( is closed by ] instead of )',
      '“ is never closed',
    ]);
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

describe('one English form per Chinese form of a term', () => {
  const glossary = buildGlossary([
    {
      path: 'test.yaml',
      text: `category: machine-learning
entries:
  - id: objective-function
    zh: 目标函数
    en: objective function
    partOfSpeech: noun
    forms:
      zh: [目标函数, { text: 训练目标, status: variant }]
      en: [objective function, training objective, { text: training objectives, matchOnly: true }, { text: optimize for, matchOnly: true }]
    definition: { zh: 训练要优化的量。, en: What training optimizes. }
    references: [sep]
  - id: circuits
    zh: 回路
    en: circuits
    partOfSpeech: noun
    forms: { zh: [回路], en: [circuits, circuit] }
    definition: { zh: 网络中的连接。, en: Connections in a network. }
    references: [sep]
`,
    },
  ]);
  /** Units as [Chinese, English]; reports each finding as [unit, text, preferred form, units that use it]. */
  const found = (...pairs: [string, string][]) => {
    const units = pairs.map(([zh, en], i) => ({ id: `u-${i + 1}`, zh, en }) as Unit);
    return formInconsistencies(
      units.map((u) => u.id),
      markUnits(units, glossary),
      glossary,
    ).map((f) => [f.unit, f.text, f.preferred, f.preferredUnits]);
  };

  it('reports the minority form on its unit, naming the form most units use', () => {
    expect(
      found(
        ['目标函数一', 'the objective function'],
        ['目标函数二', 'the training objective'],
        ['目标函数三', 'an objective function'],
      ),
    ).toEqual([['u-2', 'training objective', 'objective function', 2]]);
  });

  it('prefers the headword on a tie, and counts a match-only inflection as the form it inflects', () => {
    expect(found(['目标函数一', 'the training objectives'], ['目标函数二', 'the objective function'])).toEqual([
      ['u-1', 'training objectives', 'objective function', 1],
    ]);
  });

  it('treats singular and plural as one form, and a match-only paraphrase as no form', () => {
    expect(
      found(
        ['回路一', 'the circuits'],
        ['回路二', 'circuit connections'],
        ['目标函数', 'what we optimize for'],
        ['目标函数', 'the objective function'],
      ),
    ).toEqual([]);
  });

  it('leaves out a unit whose Chinese writes the term two ways, and keeps Chinese forms apart', () => {
    expect(
      found(
        ['目标函数和训练目标', 'the objective function and the training objective'],
        ['目标函数', 'the objective function'],
      ),
    ).toEqual([]);
    expect(found(['训练目标', 'the training objective'], ['目标函数', 'the objective function'])).toEqual([]);
  });
});
