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
      // Never the row's Tab stop when it is made: the stop stays where it was, so wrapping a row
      // needs no stop check (a check works out the styles of rows the page skips drawing).
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

interface Wrapping {
  /**
   * Wraps `row` first when it is free, now if the offsets are here and no press is under way;
   * `pressedBefore` tells of a press that began before the wrapping listened.
   */
  prefer(row: HTMLElement | null, pressedBefore: () => boolean): void;
  /** Whether any row is wrapped yet. */
  started(): boolean;
  /** Calls `then` once the first row is wrapped (at once if one is). */
  onFirst(then: () => void): void;
  stop(): void;
}

const wrappings = new WeakMap<Document, Wrapping>();

/**
 * Wraps the sentence groups of every row, once per document: while the page is idle (from the
 * warm-up, before any use), so that a first tap finds the text as it will stay and changes none of
 * it. Wrapping moves the text's nodes, which would cut short a selection being made, a press in
 * progress, or the focus (and tooltip) of a term, so nothing is wrapped while a press is under way,
 * and a row waits while the selection or focus is in its text; what ends them lets it go on.
 */
function wrapping(doc: Document): Wrapping {
  const existing = wrappings.get(doc);
  if (existing) return existing;
  const win = doc.defaultView!;
  let queue = Array.from(doc.querySelectorAll<HTMLElement>(rowSelector));
  let data: SentenceData | undefined;
  let scheduled = false;
  let stopped = false;
  let pressed = false;
  let pressedBefore = () => false;
  let wrappedAny = false;
  const waitingForFirst: (() => void)[] = [];

  /**
   * Which rows must wait: the one holding the selection, and the one whose text holds the focus.
   * Read once before a run of wrapping, not per row: reading the selection after the text has
   * changed makes the browser lay the page out again, for every row.
   */
  function busyRows(): (row: HTMLElement) => boolean {
    const selection = doc.getSelection();
    const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    const focused = doc.activeElement?.closest(`.${TEXT_CLASS}`) ? doc.activeElement : null;
    return (row) => Boolean(range?.intersectsNode(row)) || Boolean(focused && row.contains(focused));
  }

  /** Wraps waiting rows that are free, until `more` says stop; then idles on, or waits for the reader. */
  function wrap(more: () => boolean) {
    if (!data || stopped || pressed || pressedBefore()) return;
    // Wrapping moves the text's links into the sentences, which drops focus: give it back.
    const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    const busy = busyRows();
    let wrapped = 0;
    const waiting: HTMLElement[] = [];
    while (queue.length > 0 && (wrapped === 0 || more())) {
      const row = queue.shift()!;
      if (busy(row)) waiting.push(row);
      else if (wrapRow(doc, row, data)) wrapped++;
    }
    queue = [...waiting, ...queue];
    if (active && active !== doc.activeElement) active.focus({ preventScroll: true });
    if (wrapped > 0 && !wrappedAny) {
      wrappedAny = true;
      for (const then of waitingForFirst.splice(0)) then();
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

  const onPress = (event: Event) => {
    pressed = event.type === 'pointerdown';
    if (!pressed) idle();
  };
  const onFocusOut = () => win.setTimeout(idle, 0);
  const listeners: [string, EventListener, boolean][] = [
    ['pointerdown', onPress, true],
    ['pointerup', onPress, true],
    ['pointercancel', onPress, true],
    ['selectionchange', idle, false],
    ['focusout', onFocusOut, false],
  ];
  for (const [type, listener, capture] of listeners) doc.addEventListener(type, listener, capture);

  fetchJson<SentenceData>(DATA_URL.sentences)
    .then((loaded) => {
      data = loaded;
      idle();
    })
    .catch(() => {
      // Offline: the paragraphs stay as they are; the first use tries again.
      wrappings.delete(doc);
      stop();
    });

  function stop() {
    stopped = true;
    for (const [type, listener, capture] of listeners) doc.removeEventListener(type, listener, capture);
  }

  const made: Wrapping = {
    prefer(row, before) {
      pressedBefore = before;
      if (row && queue.includes(row)) queue = [row, ...queue.filter((other) => other !== row)];
      wrap(() => false);
    },
    started: () => wrappedAny,
    onFirst(then) {
      if (wrappedAny) then();
      else waitingForFirst.push(then);
    },
    stop() {
      wrappings.delete(doc);
      stop();
    },
  };
  wrappings.set(doc, made);
  return made;
}

/** Starts wrapping the sentence groups while the page is idle (the behaviour's warm-up on the reader). */
export function prepareSentences(doc: Document) {
  wrapping(doc);
}

/**
 * Starts the marks, from the first pointer or focus in the text (reader-behaviour.ts). The text is
 * normally wrapped by then (see `wrapping`): the marks attach at once, and the tap or focus that
 * follows marks its sentence as any other. If the first use came before the wrapping, its row is
 * wrapped first, and a tap marks the sentence under it once that is done. `pressed` says whether a
 * press began before the wrapping listened. Returns the detach function.
 */
export function startSentenceMarks(doc: Document, first: Event, pressed: () => boolean): () => void {
  const run = wrapping(doc);
  const tap = !run.started() && first instanceof PointerEvent && first.pointerType !== 'mouse' ? first : null;
  let detachMarks: (() => void) | undefined;
  let cancelled = false;
  run.onFirst(() => {
    if (cancelled) return;
    detachMarks = attachSentenceMarks(doc);
    if (tap) focusSentenceAt(doc, tap.clientX, tap.clientY);
  });
  const firstRow = first.target instanceof Element ? first.target.closest<HTMLElement>(rowSelector) : null;
  run.prefer(firstRow, pressed);
  return () => {
    cancelled = true;
    run.stop();
    detachMarks?.();
  };
}
