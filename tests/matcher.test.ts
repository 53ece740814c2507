import { describe, expect, it } from 'vitest';
import { createMatcher, type TermForm } from '@/lib/terms/match';

const forms: TermForm[] = [
  { termId: 'interpretability', text: '解释性' },
  { termId: 'mech-interp', text: '机制可解释性' },
  { termId: 'mech-interp', text: '机械解释性' },
  { termId: 'mech-interp', text: 'Mech Interp' },
  { termId: 'scaling-laws', text: 'Scaling Law' },
  { termId: 'scaling-laws', text: 'Scaling Laws' },
  { termId: 'scaling', text: 'Scaling' },
  { termId: 'ai', text: 'AI' },
  { termId: 'constitutional-ai', text: '宪法AI' },
  { termId: 'constitutional-ai', text: '宪法 AI' },
  { termId: 'panpsychism', text: '泛心论' },
  { termId: 'panpsychism', text: '泛新论', misspelled: true },
  { termId: 'consciousness', text: '意识' },
  { termId: 'consciousness', text: '意识到', blocked: true },
];
const matcher = createMatcher(forms);
const found = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.termId]);

describe('the term matcher', () => {
  it('prefers the longest form and never marks a term inside a longer one', () => {
    expect(found('机制可解释性先驱')).toEqual([['机制可解释性', 'mech-interp']]);
    expect(found('机械解释性研究与解释性领域')).toEqual([
      ['机械解释性', 'mech-interp'],
      ['解释性', 'interpretability'],
    ]);
    expect(found('语言模型的Scaling Laws')).toEqual([['Scaling Laws', 'scaling-laws']]);
    expect(found('Scaling的核心')).toEqual([['Scaling', 'scaling']]);
  });

  it('matches Latin-script forms case-insensitively on word boundaries only', () => {
    expect(found('mech interp and MECH INTERP')).toEqual([
      ['mech interp', 'mech-interp'],
      ['MECH INTERP', 'mech-interp'],
    ]);
    expect(found('SAID AIM AI-driven, AI.')).toEqual([
      ['AI', 'ai'],
      ['AI', 'ai'],
    ]);
    expect(found('Scalings')).toEqual([]);
    // A Chinese character is a boundary for a Latin form.
    expect(found('强大的AI:')).toEqual([['AI', 'ai']]);
  });

  it('keeps positions where lower case would change a text’s length (İ, found by the property test)', () => {
    // 'İ'.toLowerCase() is two code units; the forms after it must still be found where they are.
    expect(found('İstanbul: AI and Mech Interp')).toEqual([
      ['AI', 'ai'],
      ['Mech Interp', 'mech-interp'],
    ]);
    const dotted = createMatcher([
      { termId: 'a', text: 'İ ' },
      { termId: 'a', text: ' À' },
    ]);
    const text = 'İ  À';
    for (const m of dotted.find(text)) expect(text.slice(m.start, m.end).toLowerCase()).toBe(m.form.text.toLowerCase());
  });

  it('recognises every variant form, spaced or not, and flags misspellings', () => {
    expect(found('宪法AI和宪法 AI')).toEqual([
      ['宪法AI', 'constitutional-ai'],
      ['宪法 AI', 'constitutional-ai'],
    ]);
    const [typo] = matcher.find('如果排除泛新论');
    expect(typo).toMatchObject({ termId: 'panpsychism', form: { misspelled: true } });
    expect(matcher.find('泛心论')[0].form.misspelled).toBeUndefined();
  });

  it('lets a blocking form keep a longer word from being marked', () => {
    const matches = matcher.find('意识到意识');
    expect(matches.map((m) => [m.form.text, Boolean(m.form.blocked)])).toEqual([
      ['意识到', true],
      ['意识', false],
    ]);
  });

  it('finds nothing in text without terms', () => {
    expect(found('今天天气很好。')).toEqual([]);
    expect(found('')).toEqual([]);
  });
});
