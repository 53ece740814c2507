import { CELL_CLASS, HAN, rowSelector, TEXT_CLASS, type PinyinData } from '@/lib/reader/contract';
import { DATA_URL } from '@/lib/routes';
import { fetchJson } from '../fetch-json';

const ANNOTATED_ATTR = 'data-pinyin-done';

/** How long an idle slice may keep annotating rows, at most (a long task is 50 ms). */
const SLICE_MS = 12;

/** How long a slice waits for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 1000;

const zhText = (row: Element) => row.querySelector<HTMLElement>(`.${CELL_CLASS.zh} > .${TEXT_CLASS}`);

/**
 * Sets each Han character of one row's Chinese text over its reading, as ruby:
 * `<ruby>字<rt>zì</rt></ruby>`, one ruby element per character, so the stylesheet can give every
 * character a cell of its own with its reading centred above it (rows.css). Links and other markup
 * inside the text are kept. A row is annotated once: hiding the layer is a stylesheet matter.
 * Returns whether the row was annotated now.
 */
export function annotateRow(doc: Document, row: Element, data: PinyinData): boolean {
  const text = zhText(row);
  const readings = data[row.id]?.split(' ').filter(Boolean);
  if (!text || !readings || text.hasAttribute(ANNOTATED_ATTR)) return false;
  const walker = doc.createTreeWalker(text, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const hanCount = nodes.reduce((n, node) => n + Array.from(node.data).filter((c) => HAN.test(c)).length, 0);
  // Readings that do not fit the text (a stale build) are not shown rather than shown wrong.
  if (hanCount !== readings.length) return false;
  let next = 0;
  for (const node of nodes) {
    const fragment = doc.createDocumentFragment();
    let plain = '';
    for (const char of Array.from(node.data)) {
      if (HAN.test(char)) {
        if (plain) fragment.append(plain);
        plain = '';
        const ruby = doc.createElement('ruby');
        const rt = doc.createElement('rt');
        rt.textContent = readings[next++];
        ruby.append(char, rt);
        fragment.append(ruby);
      } else {
        plain += char;
      }
    }
    if (plain) fragment.append(plain);
    node.replaceWith(fragment);
  }
  text.setAttribute(ANNOTATED_ATTR, '');
  return true;
}

/** Whether a row is displayed in the viewport. */
function inViewport(row: Element, height: number): boolean {
  const box = row.getBoundingClientRect();
  return box.height > 0 && box.bottom > 0 && box.top < height;
}

/**
 * Sets the readings over the page without one long task: the rows in the viewport at once, so the
 * switch's own frame shows them; those within one screen of it (seen by an IntersectionObserver,
 * which reports after that frame) in slices of at most 12 ms right after; the rest in idle slices
 * (`requestIdleCallback` with a timeout, `setTimeout` where it is missing). A row the reader reaches
 * before its slice (scrolled to, focused or linked as `#id`) is annotated then. Rows already annotated are left as they are, so switching
 * on again adds nothing twice. Returns the function that stops the pending slices (switching off).
 */
export function startPinyin(doc: Document, data: PinyinData): () => void {
  const win = doc.defaultView!;
  const pending = new Set(
    Array.from(doc.querySelectorAll<HTMLElement>(rowSelector)).filter(
      (row) => !zhText(row)?.hasAttribute(ANNOTATED_ATTR),
    ),
  );
  let stopped = false;
  let handle: number | undefined;
  let observer: IntersectionObserver | undefined;

  const annotate = (row: Element) => {
    if (!(row instanceof HTMLElement) || !pending.delete(row)) return;
    annotateRow(doc, row, data);
    observer?.unobserve(row);
  };

  // Measured before any is annotated, so the layout is computed once, not once a row.
  const height = win.innerHeight;
  const seen = Array.from(pending).filter((row) => inViewport(row, height));
  for (const row of seen) annotate(row);

  // Rows coming within a screen of the viewport: annotated soon, a slice a task, before they are seen.
  const soon = new Set<Element>();
  let soonHandle: number | undefined;
  function soonSlice() {
    soonHandle = undefined;
    if (stopped) return;
    const until = performance.now() + SLICE_MS;
    for (const row of soon) {
      soon.delete(row);
      annotate(row);
      if (performance.now() >= until) break;
    }
    if (soon.size > 0) soonHandle = win.setTimeout(soonSlice, 0);
  }

  const onHash = () => {
    const id = decodeURIComponent(win.location.hash.slice(1));
    const target = id ? doc.getElementById(id) : null;
    const row = target?.closest(rowSelector);
    if (row) annotate(row);
  };
  const onFocus = (event: FocusEvent) => {
    const row = event.target instanceof Element ? event.target.closest(rowSelector) : null;
    if (row) annotate(row);
  };

  function stop() {
    stopped = true;
    if (handle !== undefined) {
      if (typeof win.cancelIdleCallback === 'function') win.cancelIdleCallback(handle);
      else win.clearTimeout(handle);
    }
    handle = undefined;
    win.clearTimeout(soonHandle);
    soon.clear();
    observer?.disconnect();
    win.removeEventListener('hashchange', onHash);
    doc.removeEventListener('focusin', onFocus);
  }

  function slice(deadline?: IdleDeadline) {
    handle = undefined;
    if (stopped) return;
    const until = performance.now() + SLICE_MS;
    const more = () => performance.now() < until && (!deadline || deadline.didTimeout || deadline.timeRemaining() > 1);
    for (const row of pending) {
      annotate(row);
      if (!more()) break;
    }
    if (pending.size > 0) schedule();
    else stop();
  }

  function schedule() {
    if (typeof win.requestIdleCallback === 'function')
      handle = win.requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
    else handle = win.setTimeout(slice, 0);
  }

  if (pending.size === 0) return stop;
  onHash();
  if (typeof win.IntersectionObserver === 'function') {
    // A row coming within one screen of the viewport is annotated before it is seen.
    observer = new win.IntersectionObserver(
      (entries) => {
        for (const entry of entries)
          if (entry.isIntersecting && pending.has(entry.target as HTMLElement)) soon.add(entry.target);
        if (soon.size > 0 && soonHandle === undefined) soonHandle = win.setTimeout(soonSlice, 0);
      },
      { rootMargin: '100% 0px' },
    );
    for (const row of pending) observer.observe(row);
  }
  win.addEventListener('hashchange', onHash);
  doc.addEventListener('focusin', onFocus);
  schedule();
  return stop;
}

/**
 * Fetches the readings (built for the whole article) and starts setting them over the text; rejects
 * offline. Resolves to the function that stops the pending slices.
 */
export async function showPinyin(doc: Document): Promise<() => void> {
  return startPinyin(doc, await fetchJson<PinyinData>(DATA_URL.pinyin));
}
