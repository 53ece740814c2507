// @vitest-environment happy-dom
//
// The reader's page contract: the server markup, rendered from the real corpus, and every client
// controller run against it. Renaming a class or attribute on one side fails here.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createGate } from '@/components/gate/gate';
import type { Lang } from '@/lib/corpus/model';
import { attach } from '@/components/gate/listeners';
import { noteHandler } from '@/components/reader/notes';
import { DISPLAY_BOOT_SCRIPT } from '@/lib/display/boot-script';
import { annotateRow } from '@/components/reader/pinyin-layer';
import { initRowStops, rowStops } from '@/components/reader/row-keys';
import { currentRow, stepRow } from '@/components/reader/shortcuts';
import { ensureRevealButtons, setAllRevealed } from '@/components/reader/study';
import { TERM_ACTIVE_CLASS, tooltipController, TOOLTIP_ID } from '@/components/terms/tooltip';
import {
  CITE_LINK_CLASS,
  HAN,
  MISSPELLED_CLASS,
  REVEAL_BUTTON_CLASS,
  REVEALED_ATTR,
  ROW_SPEAKERS_ATTR,
  rowSelector,
  sectionTitleId,
  SENTENCE_ATTR,
  SENTENCE_CLASS,
  SENTENCE_ON_CLASS,
  TERM_SELECTOR,
  textSelector,
} from '@/lib/reader/contract';
import { noteRefOf, publishedText, termIdOf, unitIdOfCiteLink } from '@/lib/reader/markup-read';
import { notesData, sentenceData } from '@/lib/reader/data';
import { attachSentenceMarks, wrapSentences } from '@/components/reader/sentences';
import { tooltipData } from '@/lib/terms/tooltip';
import { pinyinData } from '@/lib/reader/pinyin';
import { escapeHtml, rowsHtml } from '@/lib/reader/rows-html';
import { loadProject } from '@/lib/project/load';
import { ROW_LABELS, renderReader } from './reader-dom';

const corpus = loadProject().corpus;
const { glossary, marked, occurrences } = loadProject().index;

const rows = () => Array.from(document.querySelectorAll<HTMLElement>(rowSelector));
const unitRow = (id: string) => document.getElementById(id)!;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the reader markup', { timeout: 60_000 }, () => {
  beforeAll(() => renderReader('en'));

  it('has one row per unit, whose texts are the unit’s texts', () => {
    expect(rows().map((row) => row.id)).toEqual(corpus.units.map((u) => u.id));
    for (const unit of corpus.units) {
      const row = unitRow(unit.id);
      expect(publishedText(row.querySelector(textSelector('zh'))!), unit.id).toBe(unit.zh);
      expect(publishedText(row.querySelector(textSelector('en'))!), unit.id).toBe(unit.en);
    }
  });

  it('marks terms as bare links that the contract reads back', () => {
    const terms = Array.from(document.querySelectorAll(TERM_SELECTOR));
    const expected = [...marked.values()].reduce(
      (n, m) => n + [...m.zh, ...m.en].filter((s) => typeof s !== 'string').length,
      0,
    );
    expect(terms).toHaveLength(expected);
    for (const term of terms) {
      expect(glossary.byId.has(termIdOf(term)!)).toBe(true);
      expect(term.getAttributeNames().filter((name) => name !== 'href' && name !== 'class')).toEqual([]);
    }
    expect(document.querySelectorAll(`#consciousness-04 a.${MISSPELLED_CLASS}`)).toHaveLength(1);
  });

  it('names each cite link’s unit in its address, and each note’s unit and place', () => {
    for (const row of rows()) expect(unitIdOfCiteLink(row.querySelector(`.${CITE_LINK_CLASS}`)!)).toBe(row.id);
    const links = Array.from(document.querySelectorAll('details.note p > a'));
    expect(links).toHaveLength(corpus.units.reduce((n, u) => n + u.notes.length, 0));
    for (const link of links) {
      const ref = noteRefOf(link)!;
      expect(link.closest(rowSelector)!.id).toBe(ref.unitId);
      expect(corpus.units.find((u) => u.id === ref.unitId)!.notes[ref.index]).toBeDefined();
    }
  });

  it('tells the speaker filter whose answers and questions each row is', () => {
    const sp = (id: string) => unitRow(id).getAttribute(ROW_SPEAKERS_ATTR);
    expect(sp('scaling-07')).toBe('amodei'); // a question Amodei answers
    expect(sp('scaling-08')).toBe('amodei');
    expect(sp('character-08')).toBe('askell');
    expect(sp('lede-01')).toBeNull();
  });
});

const SUPERPOSITION_UNIT = 'macro-behavior-07';
const TIP_LABELS = {
  termPage: '术语页',
  note: '用法:',
  misspelled: '原文错字,通行写法为{term}。',
  standard: '规范术语',
  status: { variant: '异形', nonstandard: '非规范' },
};

describe('the islands, run against the markup', { timeout: 60_000 }, () => {
  it('tooltip: focus on a term shows its entry, marks its counterpart, Escape hides it', async () => {
    renderReader('zh');
    const detach = attach(
      tooltipController(document, {
        locale: 'zh',
        labels: TIP_LABELS,
        load: async () =>
          tooltipData(
            glossary.entries.filter((e) => occurrences.has(e.id)),
            'zh',
          ),
      }),
    );
    const term = unitRow('consciousness-03').querySelector<HTMLElement>('a[href="/zh/glossary/panpsychism"]')!;
    term.focus();
    await tick();
    await tick();
    const tip = document.getElementById(TOOLTIP_ID)!;
    expect(tip.hidden).toBe(false);
    expect(tip.closest('main')).not.toBeNull();
    expect(tip.textContent).toContain('泛心论');
    expect(tip.textContent).toContain(glossary.byId.get('panpsychism')!.pinyin);
    expect(term.getAttribute('aria-describedby')).toBe(TOOLTIP_ID);
    const counterpart = unitRow('consciousness-03').querySelector(
      `${textSelector('en')} a[href="/zh/glossary/panpsychism"]`,
    )!;
    expect(counterpart.classList.contains(TERM_ACTIVE_CLASS)).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(tip.hidden).toBe(true);
    expect(counterpart.classList.contains(TERM_ACTIVE_CLASS)).toBe(false);
    detach();
  });

  it('tooltip: the article’s own form shows its pinyin, and the standard term where it differs', async () => {
    renderReader('zh');
    const detach = attach(
      tooltipController(document, {
        locale: 'zh',
        labels: TIP_LABELS,
        load: async () =>
          tooltipData(
            glossary.entries.filter((e) => occurrences.has(e.id)),
            'zh',
          ),
      }),
    );
    const tip = () => document.getElementById(TOOLTIP_ID)!;
    const show = async (unitId: string, termId: string, side: Lang) => {
      const term = unitRow(unitId).querySelector<HTMLElement>(
        `${textSelector(side)} a[href="/zh/glossary/${termId}"]`,
      )!;
      term.focus();
      await tick();
      await tick();
      expect(tip().hidden).toBe(false);
      return tip();
    };
    // 超叠加 is the article's non-standard form of 叠加.
    let box = await show(SUPERPOSITION_UNIT, 'superposition', 'zh');
    expect(box.querySelector('.tip-terms .tip-zh')!.textContent).toBe('超叠加');
    expect(box.querySelector('.tip-terms .tip-pinyin')!.textContent).toBe('chāodiéjiā');
    expect(box.querySelector('.tip-standard')!.textContent).toBe('非规范 · 规范术语 叠加 diéjiā');
    // On the English side the standard term is shown, with no status line.
    box = await show(SUPERPOSITION_UNIT, 'superposition', 'en');
    expect(box.querySelector('.tip-terms .tip-zh')!.textContent).toBe('叠加');
    expect(box.querySelector('.tip-standard')).toBeNull();
    // 泛新论 is a misprint of 泛心论.
    box = await show('consciousness-04', 'panpsychism', 'zh');
    expect(box.querySelector('.tip-terms .tip-zh')!.textContent).toBe('泛新论');
    expect(box.querySelector('.tip-misspelled')!.textContent).toBe('原文错字,通行写法为泛心论。');
    // A Latin-only term shows no pinyin.
    const latin = glossary.entries.find((e) => !e.reading && occurrences.has(e.id))!;
    box = await show(occurrences.get(latin.id)![0], latin.id, 'en');
    expect(box.querySelector('.tip-pinyin')).toBeNull();
    detach();
  });

  it('row keys: one Tab stop per row; arrows, loaded on the first key, move within it', async () => {
    renderReader('en');
    initRowStops(document);
    new Function(DISPLAY_BOOT_SCRIPT)(); // the display store the behaviour reads
    // Focus in the text starts the sentence marks, whose data file is not served here.
    vi.stubGlobal('fetch', async () => new Response('{}'));
    const gate = createGate(
      document,
      () => import('@/components/behaviour/behaviour'),
      () => {},
    );
    const detach = gate.register({
      kind: 'reader',
      options: {
        locale: 'en',
        study: { show: 'Show English', hide: 'Hide English' },
        openHelp: () => {},
        onRowsChanged: () => {},
      },
    });
    for (const row of rows()) {
      const stops = Array.from(row.querySelectorAll<HTMLElement>('a[href], button, summary'));
      expect(
        stops.filter((el) => el.tabIndex === 0),
        row.id,
      ).toHaveLength(1);
      expect(stops[0].tabIndex).toBe(0);
    }
    const row = unitRow('scaling-12');
    const stops = rowStops(row);
    stops[0].focus();
    // The first press arrives before the keyboard's code: it is handled once that has loaded.
    stops[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await vi.waitFor(() => expect(document.activeElement).toBe(stops[1]));
    expect(stops[1].tabIndex).toBe(0);
    expect(stops[0].tabIndex).toBe(-1);
    stops[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(stops[stops.length - 1]);
    stops[stops.length - 1].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement).toBe(stops[0]);
    // j/k move between rows and land on the row's stop.
    expect(currentRow(document)).toBe(row);
    expect(stepRow(document, 1)).toBe(unitRow('scaling-13'));
    expect(document.activeElement!.closest(rowSelector)).toBe(unitRow('scaling-13'));
    detach();
    vi.unstubAllGlobals();
  });

  it('pinyin: every Han character gets its reading as ruby; the published text is unchanged', () => {
    renderReader('en');
    const data = pinyinData(corpus.units);
    // Every row at once, as the layer's slices do a few at a time.
    const annotateAll = () => rows().filter((row) => annotateRow(document, row, data)).length;
    expect(annotateAll()).toBe(corpus.units.length);
    expect(document.querySelectorAll('rt')).toHaveLength(
      corpus.units.reduce((n, u) => n + Array.from(u.zh).filter((c) => HAN.test(c)).length, 0),
    );
    const text = unitRow('scaling-13').querySelector(textSelector('zh'))!;
    const unit = corpus.units.find((u) => u.id === 'scaling-13')!;
    expect(publishedText(text)).toBe(unit.zh);
    expect(Array.from(text.querySelectorAll('rt'), (rt) => rt.textContent)).toEqual(data['scaling-13'].split(' '));
    // Terms stay links, with their ruby inside.
    expect(text.querySelector('a[href="/en/glossary/long-tailed-distribution"] rt')).not.toBeNull();
    // A second run changes nothing.
    expect(annotateAll()).toBe(0);
  });

  it('study: a reveal button per row with English, in the row’s roving group', () => {
    renderReader('en');
    initRowStops(document);
    const labels = { show: 'Show English', hide: 'Hide English' };
    ensureRevealButtons(document, labels);
    const buttons = document.querySelectorAll<HTMLButtonElement>(`.${REVEAL_BUTTON_CLASS}`);
    expect(buttons).toHaveLength(corpus.units.length);
    expect(Array.from(buttons).every((b) => b.tabIndex === -1 && b.getAttribute('aria-expanded') === 'false')).toBe(
      true,
    );
    setAllRevealed(document, true, labels);
    expect(rows().every((row) => row.hasAttribute(REVEALED_ATTR))).toBe(true);
    expect(buttons[0].textContent).toBe('Hide English');
    ensureRevealButtons(document, labels);
    expect(document.querySelectorAll(`.${REVEAL_BUTTON_CLASS}`)).toHaveLength(corpus.units.length);
  });

  it('notes: opening one fills in its text in the UI language', async () => {
    renderReader('zh');
    const detach = attach({
      listeners: [[document, 'toggle', noteHandler('zh', async () => notesData(corpus, 'zh')), { capture: true }]],
    });
    const details = unitRow('consciousness-04').querySelector<HTMLDetailsElement>('details.note')!;
    const ref = noteRefOf(details.querySelector('a')!)!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    const unit = corpus.units.find((u) => u.id === 'consciousness-04')!;
    await vi.waitFor(() => expect(details.querySelector('p')!.textContent).toBe(unit.notes[ref.index].zh));
    detach();
  });
});

describe('the rows’ HTML', () => {
  it('escapes text and attribute values, so the corpus is never read as markup', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
    const html = rowsHtml({
      sections: [
        {
          id: 's',
          hiddenTitle: 'A <b>',
          rows: [
            { id: 'u-1', kind: 'answer', speaker: 'amodei', turn: 1, zh: ['甲<乙>'], en: ['"&"', ['t', 'x<y', 1]] },
          ],
        },
      ],
      speakers: { amodei: { zh: '达里奥', en: 'Dario "D"' } } as never,
      locale: 'en',
      labels: { ...ROW_LABELS, cite: 'Cite <it>' },
    });
    document.body.innerHTML = `<div class="parallel">${html}</div>`;
    const row = document.getElementById('u-1')!;
    expect(document.querySelectorAll('b, it')).toHaveLength(0);
    expect(publishedText(row.querySelector(textSelector('zh'))!)).toBe('甲<乙>');
    expect(publishedText(row.querySelector(textSelector('en'))!)).toBe('"&"x<y');
    expect(row.querySelector(`a.${MISSPELLED_CLASS}`)!.getAttribute('href')).toBe('/en/glossary/t');
    expect(row.querySelector(`.${CITE_LINK_CLASS}`)!.textContent).toBe('Cite <it>');
    expect(row.querySelector('.en > .who')!.textContent).toBe('Dario "D"');
    expect(document.getElementById(sectionTitleId('s'))!.textContent).toBe('A <b>');
  });
});

describe('sentence marks, run against the markup', { timeout: 60_000 }, () => {
  const sentences = loadProject().sentences;
  const data = sentenceData(sentences);

  it('wrap every group of every row without changing a character, terms kept whole', () => {
    renderReader('en');
    const termCount = document.querySelectorAll(TERM_SELECTOR).length;
    expect(wrapSentences(document, data)).toBe(corpus.units.length);
    expect(document.querySelectorAll(TERM_SELECTOR)).toHaveLength(termCount);
    for (const unit of corpus.units) {
      const row = unitRow(unit.id);
      const { groups } = sentences.get(unit.id)!;
      for (const lang of ['zh', 'en'] as const) {
        const text = row.querySelector(textSelector(lang))!;
        expect(publishedText(text), unit.id).toBe(unit[lang]);
        const spans = Array.from(text.querySelectorAll<HTMLElement>(`.${SENTENCE_CLASS}`));
        expect(
          spans.map((s) => Number(s.getAttribute(SENTENCE_ATTR))).sort((a, b) => a - b),
          `${unit.id} ${lang}`,
        ).toEqual(groups.map((g) => g.n));
        for (const span of spans) {
          const group = groups[Number(span.getAttribute(SENTENCE_ATTR)) - 1];
          expect(publishedText(span), `${unit.id} ${lang} s${group.n}`).toBe(group[lang].text);
          expect(span.tabIndex).toBe(-1);
          const other = document.getElementById(span.getAttribute('aria-describedby')!)!;
          expect(publishedText(other)).toBe(group[lang === 'zh' ? 'en' : 'zh'].text);
        }
      }
    }
  });

  it('focus marks that group on both sides and nothing else; sentences join the row’s arrow keys', () => {
    renderReader('en');
    wrapSentences(document, data);
    initRowStops(document);
    const detach = attachSentenceMarks(document);
    const row = unitRow('scaling-09');
    const second = row.querySelector<HTMLElement>(`${textSelector('zh')} .${SENTENCE_CLASS}[${SENTENCE_ATTR}="2"]`)!;
    second.focus();
    const marked = Array.from(document.querySelectorAll(`.${SENTENCE_ON_CLASS}`));
    expect(marked).toHaveLength(2);
    expect(marked.every((el) => el.getAttribute(SENTENCE_ATTR) === '2' && el.closest(rowSelector) === row)).toBe(true);
    expect(marked.map((el) => el.closest('[lang]')!.getAttribute('lang')).sort()).toEqual(['en', 'zh-Hans']);
    expect(rowStops(row)).toContain(second);
    (document.activeElement as HTMLElement).blur();
    second.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: null }));
    expect(document.querySelectorAll(`.${SENTENCE_ON_CLASS}`)).toHaveLength(0);
    detach();
  });
});
