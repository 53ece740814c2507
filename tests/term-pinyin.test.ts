import { describe, expect, it } from 'vitest';
import { formPinyin, generatePinyin } from '@/lib/terms/pinyin';
import { joinWord, parsePinyin, splitWord } from '@/lib/terms/syllables';

describe('pinyin syllables', () => {
  it('splits a written word into syllables, using the apostrophe where a, o, e begin a syllable', () => {
    expect(splitWord('kějiěshìxìng')).toEqual(['kě', 'jiě', 'shì', 'xìng']);
    expect(splitWord("fāng'àn")).toEqual(['fāng', 'àn']);
    expect(splitWord('fāngàn')).toEqual(['fān', 'gàn']);
    expect(splitWord('xiǎnzhùxìngtú')).toEqual(['xiǎn', 'zhù', 'xìng', 'tú']);
    expect(splitWord('shēngchǎnlǜ')).toEqual(['shēng', 'chǎn', 'lǜ']);
    expect(splitWord('jqx')).toBeNull();
  });

  it('joins syllables into a word with apostrophes where needed', () => {
    expect(joinWord(['biān', 'yuán', 'àn', 'lì'])).toBe("biānyuán'ànlì");
    expect(joinWord(['jī', 'zhì'])).toBe('jīzhì');
  });

  it('reads written pinyin word by word, leaving the form’s own Latin letters aside', () => {
    expect(parsePinyin('jīzhì kějiěshìxìng', '机制可解释性')).toEqual(['jī', 'zhì', 'kě', 'jiě', 'shì', 'xìng']);
    expect(parsePinyin('AI ānquán', 'AI安全')).toEqual(['ān', 'quán']);
    expect(parsePinyin('1/f zàoshēng', '1/f噪声')).toEqual(['zào', 'shēng']);
    expect(parsePinyin('zìxià-érshàng', '自下而上')).toEqual(['zì', 'xià', 'ér', 'shàng']);
    expect(parsePinyin('not pinyin', '机制')).toBeNull();
  });

  it('generates one joined word per run of characters, and none for a Latin-only form', () => {
    expect(generatePinyin('泛心论')).toEqual({ display: 'fànxīnlùn', syllables: ['fàn', 'xīn', 'lùn'] });
    expect(generatePinyin('宪法AI').display).toBe('xiànfǎ AI');
    expect(formPinyin('Scaling Law')).toBeNull();
    expect(formPinyin('机制可解释性', 'jīzhì kějiěshìxìng')!.display).toBe('jīzhì kějiěshìxìng');
    expect(() => formPinyin('机制', 'xyz q')).toThrow(/not pinyin/);
  });
});
