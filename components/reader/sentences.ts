import {
  CELL_CLASS,
  rowSelector,
  SENTENCE_ATTR,
  SENTENCE_CLASS,
  SENTENCE_ON_CLASS,
  sentenceElementId,
  TEXT_CLASS,
  type SentenceData,
} from '@/lib/reader/contract';
import { publishedText } from '@/lib/reader/markup-read';
import { DATA_URL } from '@/lib/routes';
import { fetchJson } from '../fetch-json';

const LANGS = ['zh', 'en'] as const;
type Side = (typeof LANGS)[number];

const lengthOf = (node: ChildNode) =>
  node.nodeType === 3 ? (node as Text).data.length : publishedText(node as Element).length;

/**
 * Wraps each sentence group of one cell's text in `<span class="sentence" data-s="n">`. Groups end
 * at sentence punctuation, so their boundaries fall in the text between term links and ruby runs:
 * text nodes are split there and the text's children gathered into their group's span. A cell whose
 * text does not match the data (a stale build) is left as it is.
 */
function wrapCell(doc: Document, text: HTMLElement, unitId: string, side: Side, flat: number[]) {
  const other: Side = side === 'zh' ? 'en' : 'zh';
  const at = side === 'zh' ? 0 : 2;
  const groups = Array.from({ length: flat.length / 4 }, (_, i) => ({
    n: i + 1,
    start: flat[i * 4 + at],
    end: flat[i * 4 + at + 1],
  }));
  if (Math.max(...groups.map((g) => g.end)) !== publishedText(text).length) return;

  const starts = groups.map((g) => g.start).sort((a, b) => a - b);
  let offset = 0;
  for (const child of Array.from(text.childNodes)) {
    const length = lengthOf(child);
    if (child.nodeType === 3) {
      let node = child as Text;
      let nodeStart = offset;
      for (const start of starts) {
        if (start > nodeStart && start < offset + length) {
          node = node.splitText(start - nodeStart);
          nodeStart = start;
        }
      }
    }
    offset += length;
  }

  offset = 0;
  let current: { n: number; span: HTMLElement } | undefined;
  for (const child of Array.from(text.childNodes)) {
    const length = lengthOf(child);
    const group = groups.find((g) => g.start <= offset && offset < g.end);
    offset += length;
    if (!group) continue;
    if (current?.n !== group.n) {
      const span = doc.createElement('span');
      span.className = SENTENCE_CLASS;
      span.setAttribute(SENTENCE_ATTR, String(group.n));
      span.id = sentenceElementId(unitId, side, group.n);
      span.tabIndex = -1;
      // On focus, assistive technology reads the counterpart as the sentence's description.
      span.setAttribute('aria-describedby', sentenceElementId(unitId, other, group.n));
      text.insertBefore(span, child);
      current = { n: group.n, span };
    }
    current.span.append(child);
  }
}

/** Wraps the sentence groups of one row (once). True when it wrapped them. Reading aloud (components/listen) wraps the rows it reads. */
export function wrapRow(doc: Document, row: HTMLElement, data: SentenceData): boolean {
  const flat = data[row.id];
  if (!flat || row.querySelector(`.${SENTENCE_CLASS}`)) return false;
  for (const side of LANGS) {
    const text = row.querySelector<HTMLElement>(`.${CELL_CLASS[side]} > .${TEXT_CLASS}`);
    if (text) wrapCell(doc, text, row.id, side, flat);
  }
  return true;
}

/** Wraps the sentence groups of every row (once). Returns the number of rows wrapped. */
export function wrapSentences(doc: Document, data: SentenceData): number {
  return Array.from(doc.querySelectorAll<HTMLElement>(rowSelector)).filter((row) => wrapRow(doc, row, data)).length;
}

const sentenceOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>(`.${SENTENCE_CLASS}`) : null;

/**
 * Marks a sentence group on both sides while it is pointed at, focused or tapped (a tap focuses
 * it): only that group, in whichever layout, never the whole paragraph.
 */
export function attachSentenceMarks(doc: Document): () => void {
  let hovered: HTMLElement | null = null;
  let focused: HTMLElement | null = null;
  let marked: Element[] = [];

  function update() {
    const sentence = hovered ?? focused;
    for (const el of marked) el.classList.remove(SENTENCE_ON_CLASS);
    marked = [];
    const row = sentence?.closest(rowSelector);
    if (!sentence || !row) return;
    marked = Array.from(
      row.querySelectorAll(`.${SENTENCE_CLASS}[${SENTENCE_ATTR}="${sentence.getAttribute(SENTENCE_ATTR)}"]`),
    );
    for (const el of marked) el.classList.add(SENTENCE_ON_CLASS);
  }
  function onPointerOver(event: PointerEvent) {
    if (event.pointerType !== 'mouse') return;
    hovered = sentenceOf(event.target);
    update();
  }
  function onPointerLeave() {
    hovered = null;
    update();
  }
  function onFocusIn(event: FocusEvent) {
    focused = sentenceOf(event.target);
    update();
  }
  function onFocusOut(event: FocusEvent) {
    focused = sentenceOf(event.relatedTarget);
    update();
  }
  const listeners: [string, EventListener][] = [
    ['pointerover', onPointerOver as EventListener],
    ['pointerleave', onPointerLeave],
    ['focusin', onFocusIn as EventListener],
    ['focusout', onFocusOut as EventListener],
  ];
  for (const [type, listener] of listeners) doc.addEventListener(type, listener);
  // Whatever is focused or under the pointer now (the first use loaded this).
  focused = sentenceOf(doc.activeElement);
  hovered = doc.querySelector<HTMLElement>(`.${SENTENCE_CLASS}:hover:not(:has(.${SENTENCE_CLASS}:hover))`);
  update();
  return () => {
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener);
    for (const el of marked) el.classList.remove(SENTENCE_ON_CLASS);
  };
}

/**
 * Focuses (and so marks) the sentence at a point: the tap that loaded the sentence marks. A tap on a
 * link (a term) keeps the link's focus and its tooltip; the link's sentence is marked through it.
 */
function focusSentenceAt(doc: Document, x: number, y: number) {
  const target = doc.elementFromPoint(x, y);
  if (target?.closest('a[href], button, summary')) return;
  sentenceOf(target)?.focus({ preventScroll: true });
}

/** How long an idle slice may keep wrapping rows, at most (a long task is 50 ms). */
const SLICE_MS = 12;

/**
 * Starts the marks, from the first pointer or focus in the text (reader-behaviour.ts): wraps the
 * sentence groups (their offsets are warmed with the module) and marks them. Wrapping moves the
 * text's nodes, which would cut short a selection being made, a press in progress, or the focus (and
 * tooltip) of a term, so a row waits while a press is under way, or while the selection or focus is
 * in its text. The row of the first use is wrapped first; the others follow in short slices when
 * the page is idle, so no wrapping delays a tap. `onWrapped` gets the rows wrapped each time.
 * Returns the detach function.
 */
export function startSentenceMarks(
  doc: Document,
  first: Event,
  pressed: () => boolean,
  onWrapped: (rows: HTMLElement[]) => void,
): () => void {
  const win = doc.defaultView!;
  // A touch (its pointerover comes first) marks the sentence under it once the marks are there.
  const tap = first instanceof PointerEvent && first.pointerType !== 'mouse' ? first : null;
  const firstRow = first.target instanceof Element ? first.target.closest<HTMLElement>(rowSelector) : null;
  const rows = Array.from(doc.querySelectorAll<HTMLElement>(rowSelector));
  let queue = firstRow ? [firstRow, ...rows.filter((row) => row !== firstRow)] : rows;
  let data: SentenceData | undefined;
  let detachMarks: (() => void) | undefined;
  let scheduled = false;
  let cancelled = false;

  const busy = (row: HTMLElement) => {
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed && selection.rangeCount > 0 && selection.getRangeAt(0).intersectsNode(row))
      return true;
    return Boolean(doc.activeElement?.closest(`.${TEXT_CLASS}`) && row.contains(doc.activeElement));
  };

  /** Wraps waiting rows that are free, until `more` says stop; then idles on, or waits for the reader. */
  function wrap(more: () => boolean) {
    if (!data || cancelled || pressed()) return;
    // Wrapping moves the text's links into the sentences, which drops focus: give it back.
    const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    const wrapped: HTMLElement[] = [];
    const waiting: HTMLElement[] = [];
    while (queue.length > 0 && (wrapped.length === 0 || more())) {
      const row = queue.shift()!;
      if (busy(row)) waiting.push(row);
      else if (wrapRow(doc, row, data)) wrapped.push(row);
    }
    queue = [...waiting, ...queue];
    if (active && active !== doc.activeElement) active.focus({ preventScroll: true });
    if (wrapped.length > 0) onWrapped(wrapped);
    if (!detachMarks && wrapped.length > 0) {
      detachMarks = attachSentenceMarks(doc);
      if (tap) focusSentenceAt(doc, tap.clientX, tap.clientY);
    }
    // Busy rows wait for the events below; the rest follow when the page is next idle.
    if (queue.length > waiting.length) idle();
  }

  function idle() {
    if (scheduled) return;
    scheduled = true;
    const run = (deadline?: IdleDeadline) => {
      scheduled = false;
      const until = performance.now() + SLICE_MS;
      wrap(() => (deadline ? deadline.timeRemaining() > 1 : performance.now() < until) && performance.now() < until);
    };
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: 1000 });
    else win.setTimeout(run, 0);
  }

  // What ends a press, a selection or focus in the text lets a waiting row be wrapped: its own first.
  const resume = () => wrap(() => false);
  const onFocusOut = () => win.setTimeout(resume, 0);

  fetchJson<SentenceData>(DATA_URL.sentences)
    .then((loaded) => {
      data = loaded;
      resume();
    })
    .catch(() => {
      // Offline: the paragraphs stay as they are.
    });

  // The behaviour, listening since before, has already noted that the pointer is up.
  doc.addEventListener('pointerup', resume, true);
  doc.addEventListener('pointercancel', resume, true);
  doc.addEventListener('selectionchange', resume);
  doc.addEventListener('focusout', onFocusOut);
  return () => {
    cancelled = true;
    doc.removeEventListener('pointerup', resume, true);
    doc.removeEventListener('pointercancel', resume, true);
    doc.removeEventListener('selectionchange', resume);
    doc.removeEventListener('focusout', onFocusOut);
    detachMarks?.();
  };
}
