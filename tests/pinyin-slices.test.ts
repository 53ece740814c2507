// @vitest-environment happy-dom
//
// The pinyin layer sets its readings in slices: the rows near the viewport when pinyin is switched
// on, the rest when the page is idle, a row the reader reaches before its slice at once, and
// nothing twice when pinyin is switched off and on again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPinyin } from '@/components/reader/pinyin-layer';
import { HAN, rowSelector, textSelector } from '@/lib/reader/contract';
import { pinyinData } from '@/lib/reader/pinyin';
import { loadProject } from '@/lib/project/load';
import { renderReader } from './reader-dom';

const corpus = loadProject().corpus;
const data = pinyinData(corpus.units);
const ROW_HEIGHT = 200;
const hanCount = (zh: string) => Array.from(zh).filter((c) => HAN.test(c)).length;

const rows = () => Array.from(document.querySelectorAll<HTMLElement>(rowSelector));
const rtCount = (row: Element) => row.querySelector(textSelector('zh'))!.querySelectorAll('rt').length;
/** Focus reaching a row's Chinese text, as the keyboard's row stops give it. */
const focusIn = (row: Element) =>
  row.querySelector(textSelector('zh'))!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
const annotated = () => rows().filter((row) => rtCount(row) > 0);

/** Idle callbacks wait here until the test runs them, one slice at a time. */
let idle: IdleRequestCallback[] = [];
const runSlice = () => idle.shift()!({ didTimeout: false, timeRemaining: () => 50 });

beforeEach(() => {
  renderReader('en');
  // The rows stacked one under another, scrolled to the twentieth.
  const scrolled = 20 * ROW_HEIGHT;
  rows().forEach((row, i) => {
    row.getBoundingClientRect = () => new DOMRect(0, i * ROW_HEIGHT - scrolled, 800, ROW_HEIGHT);
  });
  idle = [];
  window.requestIdleCallback = (run) => idle.push(run);
  window.cancelIdleCallback = (handle) => {
    idle.splice(handle - 1, 1, () => undefined);
  };
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the pinyin layer, in slices', () => {
  it('annotates the rows within a screen of the viewport at once, then every row exactly once', () => {
    const height = window.innerHeight;
    startPinyin(document, data);
    const now = annotated();
    const near = (row: HTMLElement) => {
      const box = row.getBoundingClientRect();
      return box.bottom >= -height && box.top <= 2 * height;
    };
    expect(now.length).toBeGreaterThan(0);
    expect(now.length).toBeLessThan(rows().length);
    expect(now).toEqual(rows().filter(near));
    expect(now).toContain(rows()[20]);
    // The rest follow, one idle slice at a time.
    let slices = 0;
    while (idle.length > 0 && slices < 1000) {
      runSlice();
      slices++;
    }
    expect(slices).toBeGreaterThan(0);
    for (const unit of corpus.units)
      expect(rtCount(document.getElementById(unit.id)!), unit.id).toBe(hanCount(unit.zh));
  });

  it('a row focused before its slice is annotated then', () => {
    startPinyin(document, data);
    const far = rows().at(-3)!;
    expect(rtCount(far)).toBe(0);
    focusIn(far);
    expect(rtCount(far)).toBeGreaterThan(0);
  });

  it('a row linked as #id before its slice is annotated then', () => {
    startPinyin(document, data);
    const far = rows().at(-2)!;
    expect(rtCount(far)).toBe(0);
    window.location.hash = far.id;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(rtCount(far)).toBeGreaterThan(0);
  });

  it('switching off stops the slices, and switching on again adds nothing twice', () => {
    const stop = startPinyin(document, data);
    runSlice();
    const before = annotated().length;
    stop();
    // No slice is left to run, and a row reached now is not annotated.
    while (idle.length > 0) runSlice();
    expect(annotated()).toHaveLength(before);
    const far = rows().at(-3)!;
    focusIn(far);
    expect(rtCount(far)).toBe(0);
    // On again: every row gets its readings once, the rows annotated before included.
    startPinyin(document, data);
    while (idle.length > 0) runSlice();
    for (const unit of corpus.units)
      expect(rtCount(document.getElementById(unit.id)!), unit.id).toBe(hanCount(unit.zh));
  });
});
