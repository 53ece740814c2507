// @vitest-environment happy-dom
//
// The pinyin layer sets its readings in slices: the rows in the viewport when pinyin is switched
// on, those within a screen of it as the observer reports them, the rest when the page is idle, a row the reader reaches before its slice at once, and
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

/** The layer's IntersectionObserver: the test reports entries to it, as the browser would after a frame. */
let observer: { report: (targets: Element[]) => void; observed: Set<Element> } | undefined;
class FakeObserver {
  observed = new Set<Element>();
  constructor(private callback: IntersectionObserverCallback) {
    observer = { report: (targets) => this.report(targets), observed: this.observed };
  }
  report(targets: Element[]) {
    const entries = targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
  observe(target: Element) {
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  renderReader('en');
  // The rows stacked one under another, scrolled to the twentieth.
  const scrolled = 20 * ROW_HEIGHT;
  rows().forEach((row, i) => {
    row.getBoundingClientRect = () => new DOMRect(0, i * ROW_HEIGHT - scrolled, 800, ROW_HEIGHT);
  });
  idle = [];
  observer = undefined;
  window.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
  window.requestIdleCallback = (run) => idle.push(run);
  window.cancelIdleCallback = (handle) => {
    idle.splice(handle - 1, 1, () => undefined);
  };
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the pinyin layer, in slices', () => {
  it('annotates the rows in the viewport at once, those within a screen when reported, then every row exactly once', async () => {
    const height = window.innerHeight;
    startPinyin(document, data);
    const box = (row: HTMLElement) => row.getBoundingClientRect();
    const seen = (row: HTMLElement) => box(row).bottom > 0 && box(row).top < height;
    const near = (row: HTMLElement) => box(row).bottom >= -height && box(row).top <= 2 * height;
    const now = annotated();
    expect(now.length).toBeGreaterThan(0);
    expect(now).toEqual(rows().filter(seen));
    expect(now).toContain(rows()[20]);
    // The observer reports the rows within a screen (after the switch's frame): they follow in
    // slices of their own, before any idle slice runs.
    const nearRows = rows().filter(near);
    expect(nearRows.length).toBeGreaterThan(now.length);
    observer!.report(nearRows);
    for (let i = 0; i < 100 && annotated().length < nearRows.length; i++) await tick();
    expect(annotated()).toEqual(nearRows);
    expect(annotated().length).toBeLessThan(rows().length);
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
