// @vitest-environment happy-dom
//
// Word mode wraps a paragraph's Chinese words in the page's own markup (with its term links, and the
// pinyin layer's ruby and the sentence marks, in either order) and unwraps them again, leaving the
// text exactly as served: plain reading never changes.
import { beforeEach, describe, expect, it } from 'vitest';
import { annotateRow } from '@/components/reader/pinyin-layer';
import { wrapSentences } from '@/components/reader/sentences';
import { unwrapWords, wrapWords } from '@/components/words/wrap';
import { rowSelector, textSelector, WORD_CLASS, WORD_SELECTOR } from '@/lib/reader/contract';
import { sentenceData } from '@/lib/reader/data';
import { publishedText } from '@/lib/reader/markup-read';
import { pinyinData } from '@/lib/reader/pinyin';
import { unitWords } from '@/lib/words/card';
import { wordData } from '@/lib/words/data';
import { loadCedict } from '@/lib/words/dictionary';
import { loadProject } from '@/lib/project/load';
import { renderReader } from './reader-dom';

const { units } = loadProject().corpus;
const data = wordData(units, loadProject().words, loadProject().index.glossary.byId, loadCedict(), 'en');
const pinyin = pinyinData(units);
const sentences = sentenceData(loadProject().sentences);
const rows = () => Array.from(document.querySelectorAll<HTMLElement>(rowSelector));
const zhText = (row: Element) => row.querySelector<HTMLElement>(textSelector('zh'))!;
const wrap = (row: HTMLElement) => wrapWords(document, zhText(row), unitWords(data, row.id), (i) => data.words[i].w);

beforeEach(() => renderReader('en'));

describe('word mode’s words in the reader', () => {
  it('wraps every word of every paragraph, each holding its own text, and changes no character', () => {
    let wrapped = 0;
    for (const row of rows()) {
      const before = publishedText(zhText(row));
      wrap(row);
      expect(publishedText(zhText(row))).toBe(before);
      const words = unitWords(data, row.id);
      const marked = Array.from(zhText(row).querySelectorAll<HTMLElement>(WORD_SELECTOR));
      for (const el of marked) {
        const start = Number(el.getAttribute('data-o'));
        const word = words.find((w) => w.start === start)!;
        expect(publishedText(el)).toBe(data.words[word.index].w);
      }
      // Every word of the data is there, but those inside a link that is not a term (a link row).
      if (!zhText(row).querySelector('a:not([href*="/glossary/"])')) expect(marked.length).toBe(words.length);
      wrapped += marked.length;
    }
    expect(wrapped).toBeGreaterThan(5000);
  }, 60_000);

  it('keeps a term’s link whole, as its word, and its neighbours as spans', () => {
    const row = document.getElementById('scaling-05')!;
    wrap(row);
    const term = zhText(row).querySelector('a[href="/en/glossary/language-model"]')!;
    expect(term.getAttribute('data-o')).toBe(String(units.find((u) => u.id === 'scaling-05')!.zh.indexOf('语言模型')));
    const bottleneck = Array.from(zhText(row).querySelectorAll(`span.${WORD_CLASS}`)).find(
      (el) => el.textContent === '瓶颈',
    )!;
    expect(bottleneck.getAttribute('tabindex')).toBe('-1');
  });

  it('unwraps to the markup as served', () => {
    for (const row of rows().slice(0, 60)) {
      const before = zhText(row).innerHTML;
      wrap(row);
      unwrapWords(zhText(row));
      expect(zhText(row).innerHTML).toBe(before);
    }
  }, 60_000);

  it('works over pinyin ruby and sentence marks, in either order, and unwraps to them', () => {
    const [first, second] = [document.getElementById('scaling-05')!, document.getElementById('scaling-09')!];
    // Pinyin and sentences first, then words.
    annotateRow(document, first, pinyin);
    wrapSentences(document, sentences);
    const served = zhText(first).innerHTML;
    wrap(first);
    const bottleneck = Array.from(zhText(first).querySelectorAll(`span.${WORD_CLASS}`)).find(
      (el) => publishedText(el) === '瓶颈',
    )!;
    expect(bottleneck.querySelectorAll('ruby')).toHaveLength(2);
    expect(bottleneck.closest('.sentence')?.getAttribute('data-s')).toBe('1');
    unwrapWords(zhText(first));
    expect(zhText(first).innerHTML).toBe(served);
    // Words first, then sentences and pinyin: each word lands inside its sentence.
    renderReader('en');
    const row = document.getElementById(second.id)!;
    wrap(row);
    wrapSentences(document, sentences);
    annotateRow(document, row, pinyin);
    for (const word of zhText(row).querySelectorAll(WORD_SELECTOR)) expect(word.closest('.sentence')).not.toBeNull();
    expect(publishedText(zhText(row))).toBe(units.find((u) => u.id === row.id)!.zh);
  }, 60_000);
});
