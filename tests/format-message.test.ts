import { describe, expect, it } from 'vitest';
import { formatMessage } from '@/lib/format-message';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';

describe('the browser formatter for UI messages', () => {
  it('fills {name} placeholders, numbers written the locale’s way', () => {
    expect(formatMessage('en', en.Glossary.count, { shown: 3, total: 95 })).toBe('3 of 95 terms');
    expect(formatMessage('zh', zh.Glossary.count, { shown: 3, total: 95 })).toBe('共 95 条，显示 3 条');
    expect(formatMessage('en', en.Practice.stats, { due: 1200, fresh: 0, later: 4 })).toBe(
      '1,200 due · 0 new · 4 later',
    );
  });

  it('writes every whole number below 1,000 as Intl does, without building a number format', () => {
    for (const locale of ['en', 'zh']) {
      const intl = new Intl.NumberFormat(locale);
      for (let n = -999; n <= 999; n++) expect(formatMessage(locale, '{n}', { n })).toBe(intl.format(n));
      expect(formatMessage(locale, '{n}', { n: 1000 })).toBe(intl.format(1000));
      expect(formatMessage(locale, '{n}', { n: 2.5 })).toBe(intl.format(2.5));
    }
  });

  it('picks an English plural by count, with # for the number', () => {
    expect(formatMessage('en', en.Practice.imported, { count: 1 })).toBe('Imported the progress of 1 card.');
    expect(formatMessage('en', en.Practice.imported, { count: 0 })).toBe('Imported the progress of 0 cards.');
    expect(formatMessage('en', en.Practice.wordsCount, { count: 2 })).toBe('2 saved words, kept in this browser.');
    expect(formatMessage('en', en.Practice.importedWords, { count: 1 })).toBe('It added 1 saved word.');
  });

  it('has one form in Chinese, whatever the count', () => {
    expect(formatMessage('zh', zh.Practice.imported, { count: 1 })).toBe('已导入 1 张卡片的进度。');
    expect(formatMessage('zh', zh.Practice.imported, { count: 5 })).toBe('已导入 5 张卡片的进度。');
    expect(formatMessage('zh', '{count, plural, one {# 个} other {# 个词}}', { count: 1 })).toBe('1 个词');
  });

  it('prefers an exact =N branch, and fills placeholders inside a branch', () => {
    const message = en.Search.count;
    expect(formatMessage('en', message, { total: 0, query: 'AI' })).toBe('“AI”: no sentences found.');
    expect(formatMessage('en', message, { total: 1, query: 'AI' })).toBe('1 sentence found for “AI”.');
    expect(formatMessage('en', message, { total: 3, query: 'AI' })).toBe('3 sentences found for “AI”.');
  });

  it('leaves a placeholder whose value is missing as written, so the gap shows', () => {
    expect(formatMessage('en', en.Cite.dialogTitle, {})).toBe('Cite paragraph {id}');
    expect(formatMessage('en', 'Sentence {n}, ¶ {id}', { n: 2 })).toBe('Sentence 2, ¶ {id}');
    expect(formatMessage('en', en.Practice.imported, {})).toBe(en.Practice.imported);
  });

  it('formats every browser-side message of the catalogue with no brace left over', () => {
    const values = { count: 2, id: 'scaling-08', n: 3, word: '模型', total: 5, shown: 1, query: 'x', term: '对齐' };
    for (const message of [en.Words.sentence, zh.Words.sentence, en.Tooltip.misspelled, zh.Practice.wordsCount]) {
      expect(formatMessage('en', message, values)).not.toMatch(/[{}]/);
    }
  });
});
