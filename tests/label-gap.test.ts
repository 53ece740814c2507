import { describe, expect, it } from 'vitest';
import { inParens, LABEL_COLON, labelGap } from '@/lib/label-gap';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';

describe('the space after a run-in label', () => {
  it('is none after the Chinese labels’ full-width colon, one after the English colon', () => {
    expect(`${zh.Glossary.inArticle}${labelGap(zh.Glossary.inArticle)}机制解释性`).toBe('文中作：机制解释性');
    expect(`${en.Glossary.inArticle}${labelGap(en.Glossary.inArticle)}x`).toBe(`${en.Glossary.inArticle} x`);
    expect(labelGap(zh.Tooltip.note)).toBe('');
    expect(labelGap(en.Tooltip.note)).toBe(' ');
  });

  it('a label’s colon and parentheses follow the page’s language', () => {
    expect(`译者注${LABEL_COLON.zh}${labelGap(LABEL_COLON.zh)}说明`).toBe('译者注：说明');
    expect(`Note${LABEL_COLON.en}${labelGap(LABEL_COLON.en)}text`).toBe('Note: text');
    expect(inParens('zh', '共 3 处')).toBe('（共 3 处）');
    expect(inParens('en', '3 places')).toBe('(3 places)');
  });

  it('the Chinese UI writes full-width punctuation beside Chinese text', () => {
    const strings: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(zh);
    const halfWidth = strings.filter((s) => /\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/u.test(s));
    expect(halfWidth).toEqual([]);
  });
});
