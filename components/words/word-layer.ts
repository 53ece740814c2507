// Word mode's one chunk, behind its own gate (./word-mode.ts): loaded when word mode is switched on,
// or, while it is on, on the page's first use or when the page is idle. It wraps the Chinese words
// of the paragraphs on or near the screen while the page is idle, and of a paragraph when the
// reader first reaches it, and opens the one word card.
import {
  CELL_CLASS,
  PARALLEL_SELECTOR,
  REVEALED_ATTR,
  rowSelector,
  TERM_TIP_EVENT,
  termAt,
  TEXT_CLASS,
  WORD_ATTR,
  WORD_CARD_ID,
  WORD_ON_CLASS,
  WORD_SELECTOR,
  type SentenceData,
  type TermTipEventDetail,
} from '@/lib/reader/contract';
import { publishedText } from '@/lib/reader/markup-read';
import { formatMessage } from '@/lib/format-message';
import { savedWordOf, unitWords, wordCard, type WordCard } from '@/lib/words/card';
import type { WordData } from '@/lib/words/data';
import { DATA_URL } from '@/lib/routes';
import type { Locale } from '@/lib/locale';
import type { Listener, Running } from '../gate/listeners';
import { fetchJson } from '../fetch-json';
import { getDisplayState } from '../reader/display-store';
import { retryingLoader } from '../retrying-loader';
import { placeNear } from '../terms/place';
import { cardContent, SAVE_CLASS, showSaved } from './card-dom';
import type { WordCardLabels } from './labels';
import { isWrapped, unwrapWords, wrapWords } from './wrap';

export interface WordPart {
  locale: Locale;
  /** Called when words were added to or removed from rows, to set their Tab stops again (the reader's rows). */
  onRowsChanged?: (rows?: HTMLElement[]) => void;
}

type WordFile = WordData & { labels: WordCardLabels };

const SHOW_DELAY_MS = 120;
/** How long an idle slice may keep wrapping rows, at most (a long task is 50 ms). */
const SLICE_MS = 12;
/** How long a slice waits for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 1000;
const HIDE_DELAY_MS = 250;
/** A tap focuses what it lands on; within this long the tap's click decides. */
const TAP_FOCUS_MS = 800;
const STATUS_ID = 'word-status';

// The saved words' store (with its schema) is a chunk of its own, fetched with the word file.
const savedStore = retryingLoader(() => import('./saved-store'));

const zhTextOf = (row: Element) => row.querySelector<HTMLElement>(`:scope > .${CELL_CLASS.zh} > .${TEXT_CLASS}`);
const enTextOf = (row: Element) => row.querySelector<HTMLElement>(`:scope > .${CELL_CLASS.en} > .${TEXT_CLASS}`);

/** Fetches what a first card needs, so that it waits for no round trip. */
export function warm(_doc: Document, part: WordPart) {
  fetchJson(DATA_URL.words(part.locale)).catch(() => undefined);
  fetchJson(DATA_URL.sentences).catch(() => undefined);
  savedStore().catch(() => undefined);
}

/**
 * Word mode: a Chinese word pointed at (after a short delay), tapped or focused opens its card, the
 * word's description for assistive technology; Escape, a tap elsewhere or moving on closes it; `s`
 * (or the card's Save) saves the word with its sentence pair. On the reader the words join their
 * paragraph's arrow keys (components/reader/keyboard.ts); on a unit page they are one Tab stop whose
 * arrows move word by word. A glossary term keeps its tooltip, which gets the word's senses and
 * sentence. Stopping (word mode off) unwraps every word, so the text is as served.
 */
export function start(doc: Document, part: WordPart): Running {
  const win = doc.defaultView!;
  let file: WordFile | undefined;
  let sentences: SentenceData | undefined;
  let card: HTMLElement | null = null;
  let status: HTMLElement | null = null;
  let current: HTMLElement | null = null;
  let shown: WordCard | undefined;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let lastPointer = { type: 'mouse', at: -Infinity };
  let stopped = false;
  const onReader = Boolean(doc.querySelector(PARALLEL_SELECTOR));

  /** Where the reader pointed or tapped before the data came: handled when it comes. */
  let pending: { x: number; y: number; tap: boolean } | null = null;
  let savedNow: typeof import('./saved-store') | undefined;
  savedStore()
    .then((store) => (savedNow = store))
    .catch(() => undefined);

  const ready = Promise.all([
    fetchJson<WordFile>(DATA_URL.words(part.locale)),
    fetchJson<SentenceData>(DATA_URL.sentences),
  ]).then(([words, groups]) => {
    file = words;
    sentences = groups;
    if (stopped) return;
    // A unit page has one paragraph: its words are there at once, one Tab stop.
    if (!onReader) for (const row of doc.querySelectorAll<HTMLElement>(rowSelector)) wrapRow(row);
    if (onReader) wrapNearViewport();
    // What the reader was already on when the data came.
    const focusedRow = rowOf(doc.activeElement);
    if (focusedRow) wrapRow(focusedRow);
    const focused = wordOf(doc.activeElement);
    if (focused) return show(focused);
    if (!pending) return;
    const { x, y, tap } = pending;
    pending = null;
    const row = rowOf(doc.elementFromPoint(x, y));
    if (row) wrapRow(row);
    const word = wordOf(doc.elementFromPoint(x, y));
    if (!word) return;
    if (tap) word.focus({ preventScroll: true });
    show(word);
  });
  ready.catch(() => undefined);

  /** Wraps a row's Chinese words (once). True when it did now. */
  function wrapRow(row: HTMLElement): boolean {
    const text = zhTextOf(row);
    if (!file || !text || isWrapped(text)) return false;
    const words = unitWords(file, row.id);
    if (words.length === 0) return false;
    wrapWords(doc, text, words, (i) => file!.words[i].w);
    if (!onReader) {
      const first = text.querySelector<HTMLElement>(`span${WORD_SELECTOR}`);
      if (first) first.tabIndex = 0;
    }
    part.onRowsChanged?.([row]);
    return true;
  }

  // On the reader, the rows on or near the screen are wrapped while the page is idle, so a first
  // tap finds its word ready; a row reached before its slice is wrapped as it is reached.
  let observer: IntersectionObserver | undefined;
  let idleHandle: number | undefined;
  const toWrap = new Set<HTMLElement>();
  function wrapNearViewport() {
    if (typeof win.IntersectionObserver !== 'function') return;
    observer = new win.IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          toWrap.add(entry.target as HTMLElement);
          observer?.unobserve(entry.target);
        }
        if (toWrap.size > 0) wrapWhenIdle();
      },
      { rootMargin: '50% 0px' },
    );
    for (const row of doc.querySelectorAll<HTMLElement>(rowSelector)) observer.observe(row);
  }
  function wrapWhenIdle() {
    if (idleHandle !== undefined || stopped) return;
    idleHandle =
      typeof win.requestIdleCallback === 'function'
        ? win.requestIdleCallback(wrapSlice, { timeout: IDLE_TIMEOUT_MS })
        : win.setTimeout(wrapSlice, 0);
  }
  function wrapSlice(deadline?: IdleDeadline) {
    idleHandle = undefined;
    if (stopped) return;
    const until = performance.now() + SLICE_MS;
    for (const row of toWrap) {
      toWrap.delete(row);
      wrapRow(row);
      if (performance.now() >= until || (deadline && !deadline.didTimeout && deadline.timeRemaining() < 1)) break;
    }
    if (toWrap.size > 0) wrapWhenIdle();
  }
  function stopWrapping() {
    observer?.disconnect();
    toWrap.clear();
    if (idleHandle === undefined) return;
    if (typeof win.cancelIdleCallback === 'function') win.cancelIdleCallback(idleHandle);
    else win.clearTimeout(idleHandle);
    idleHandle = undefined;
  }

  const rowOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(rowSelector) : null;

  /** The word (not a term: terms have their tooltip) an event happened on. */
  function wordOf(target: EventTarget | null): HTMLElement | null {
    if (!(target instanceof Element)) return null;
    const word = target.closest<HTMLElement>(`span${WORD_SELECTOR}`);
    return word && word.closest(`.${CELL_CLASS.zh} > .${TEXT_CLASS}`) ? word : null;
  }

  function cardElement(): HTMLElement {
    if (!card) {
      card = doc.createElement('div');
      card.id = WORD_CARD_ID;
      card.className = 'word-card';
      card.setAttribute('role', 'tooltip');
      card.lang = part.locale === 'zh' ? 'zh-Hans' : 'en';
      card.hidden = true;
      card.addEventListener('click', onCardClick);
      (doc.querySelector('main') ?? doc.body).append(card);
    }
    return card;
  }

  function statusElement(): HTMLElement {
    if (!status) {
      status = doc.createElement('p');
      status.id = STATUS_ID;
      status.className = 'visually-hidden';
      status.setAttribute('role', 'status');
      (doc.querySelector('main') ?? doc.body).append(status);
    }
    return status;
  }

  /** The card of a word element (a span or a term link), from the page's own text. */
  function cardOf(word: Element): WordCard | undefined {
    const row = rowOf(word);
    const zh = row && zhTextOf(row);
    const en = row && enTextOf(row);
    if (!file || !sentences || !row || !zh) return undefined;
    const start = Number(word.getAttribute(WORD_ATTR));
    return wordCard(file, row.id, start, sentences[row.id], publishedText(zh), en ? publishedText(en) : '');
  }

  /** In the study layout, a paragraph's English stays hidden until revealed, in the card too. */
  const englishHidden = (word: Element) =>
    getDisplayState().layout === 'study' && !rowOf(word)?.hasAttribute(REVEALED_ATTR);

  const isSaved = (model: WordCard) => savedNow?.isSaved(`${model.unitId}:${model.start}`) === true;

  function hide() {
    win.clearTimeout(showTimer);
    win.clearTimeout(hideTimer);
    if (!current) return;
    current.removeAttribute('aria-describedby');
    current.classList.remove(WORD_ON_CLASS);
    current = null;
    shown = undefined;
    const box = cardElement();
    box.hidden = true;
    box.replaceChildren();
  }

  function show(word: HTMLElement) {
    win.clearTimeout(showTimer);
    win.clearTimeout(hideTimer);
    if (current === word) return;
    const model = cardOf(word);
    if (!model || !file) return;
    hide();
    const box = cardElement();
    box.replaceChildren(
      ...cardContent(doc, model, { locale: part.locale, labels: file.labels, hideEnglish: englishHidden(word) }),
    );
    showSaved(box, file.labels, isSaved(model));
    box.hidden = false;
    placeNear(box, word, win);
    word.setAttribute('aria-describedby', WORD_CARD_ID);
    word.classList.add(WORD_ON_CLASS);
    current = word;
    shown = model;
  }

  async function save(root: HTMLElement, model: WordCard) {
    if (!file) return;
    const labels = file.labels;
    const entry = savedWordOf(model, new Date().toISOString());
    if (!entry) {
      showSaved(root, labels, false, 'sentence');
      statusElement().textContent = labels.failed.sentence;
      return;
    }
    let result: { ok: true } | { ok: false; reason: 'full' | 'corrupt' | 'unavailable' };
    try {
      result = (await savedStore()).saveWord(entry);
    } catch {
      result = { ok: false, reason: 'unavailable' };
    }
    showSaved(root, labels, result.ok || isSaved(model), result.ok ? undefined : result.reason);
    statusElement().textContent = result.ok
      ? formatMessage(part.locale, labels.savedStatus, { word: model.word })
      : labels.failed[result.reason];
  }

  function onCardClick(event: MouseEvent) {
    const button = (event.target as Element).closest(`.${SAVE_CLASS}`);
    if (button && shown && card) void save(card, shown);
  }

  // A glossary term keeps its tooltip; in word mode the tooltip also gets the word's senses and sentence.
  let tipCard: { model: WordCard; tip: HTMLElement } | undefined;
  function onTermTip(event: Event) {
    const term = termAt(event.target);
    const { tip } = (event as CustomEvent<TermTipEventDetail>).detail;
    tipCard = undefined;
    hide();
    if (!term || !file || !term.hasAttribute(WORD_ATTR)) return;
    const model = cardOf(term);
    if (!model) return;
    const extra = doc.createElement('div');
    extra.className = 'wc-in-tip';
    extra.append(
      ...cardContent(doc, model, {
        locale: part.locale,
        labels: file.labels,
        inTermTip: true,
        hideEnglish: englishHidden(term),
      }),
    );
    extra.addEventListener('click', (click) => {
      if ((click.target as Element).closest(`.${SAVE_CLASS}`)) void save(extra, model);
    });
    showSaved(extra, file.labels, isSaved(model));
    tip.append(extra);
    tipCard = { model, tip: extra };
  }

  const inCard = (node: Node | null) => Boolean(card && node && card.contains(node));

  function onPointerOver(event: PointerEvent) {
    if (event.pointerType !== 'mouse') return;
    if (inCard(event.target as Node)) {
      win.clearTimeout(hideTimer);
      return;
    }
    const row = rowOf(event.target);
    if (!file) pending = row ? { x: event.clientX, y: event.clientY, tap: false } : null;
    // The row's words are wrapped when the pointer first reaches it: the word under it is found by its point.
    if (row) wrapRow(row);
    const word = wordOf(event.target) ?? (row ? wordOf(doc.elementFromPoint(event.clientX, event.clientY)) : null);
    if (!word || event.buttons !== 0 || selecting()) return;
    win.clearTimeout(hideTimer);
    win.clearTimeout(showTimer);
    showTimer = win.setTimeout(() => show(word), SHOW_DELAY_MS);
  }

  function onPointerOut(event: PointerEvent) {
    if (event.pointerType !== 'mouse') return;
    if (pending && !pending.tap) pending = null;
    const leaving = wordOf(event.target) ?? (inCard(event.target as Node) ? card : null);
    if (!leaving) return;
    const to = event.relatedTarget as Node | null;
    if (to && (inCard(to) || (current && current.contains(to)))) return;
    win.clearTimeout(showTimer);
    if (current && doc.activeElement === current) return;
    hideTimer = win.setTimeout(hide, HIDE_DELAY_MS);
  }

  function onPointerDown(event: PointerEvent) {
    lastPointer = { type: event.pointerType, at: event.timeStamp };
    const row = rowOf(event.target);
    if (row) wrapRow(row);
    const target = event.target as Node;
    if (current && !current.contains(target) && !inCard(target)) hide();
  }

  function onClick(event: MouseEvent) {
    if (lastPointer.type === 'mouse' || event.timeStamp - lastPointer.at > 1500 || inCard(event.target as Node)) return;
    if (termAt(event.target)) return;
    if (!file) pending = { x: event.clientX, y: event.clientY, tap: true };
    const word = wordOf(event.target) ?? wordOf(doc.elementFromPoint(event.clientX, event.clientY));
    if (!word) return;
    if (doc.activeElement !== word) word.focus({ preventScroll: true });
    show(word);
  }

  function onFocusIn(event: FocusEvent) {
    const row = rowOf(event.target);
    if (row) wrapRow(row);
    const word = wordOf(event.target);
    if (!word) return;
    if (lastPointer.type !== 'mouse' && event.timeStamp - lastPointer.at < TAP_FOCUS_MS) return;
    show(word);
  }

  function onFocusOut(event: FocusEvent) {
    const word = wordOf(event.target);
    if (!word || word !== current || !word.isConnected) return;
    if (inCard(event.relatedTarget as Node | null)) return;
    hide();
  }

  const selecting = () => {
    const selection = doc.getSelection();
    return Boolean(selection && !selection.isCollapsed && selection.toString().trim());
  };

  /** On a unit page, Left and Right (Home, End) move word by word within the Chinese text. */
  function moveInText(event: KeyboardEvent, from: HTMLElement): boolean {
    const text = from.closest(`.${CELL_CLASS.zh} > .${TEXT_CLASS}`);
    if (!text) return false;
    const words = Array.from(text.querySelectorAll<HTMLElement>(WORD_SELECTOR));
    const at = words.indexOf(from);
    const last = words.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? Math.min(at + 1, last)
        : event.key === 'ArrowLeft'
          ? Math.max(at - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (at < 0 || to < 0) return false;
    event.preventDefault();
    for (const word of words) if (word.localName === 'span') word.tabIndex = -1;
    if (words[to].localName === 'span') words[to].tabIndex = 0;
    words[to].focus();
    return true;
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    const active = doc.activeElement as HTMLElement | null;
    if (event.key === 'Escape' && current) {
      event.preventDefault();
      hide();
      return;
    }
    if (event.key === 's' && active && !event.shiftKey) {
      if (current && active === current && shown && card) {
        event.preventDefault();
        void save(card, shown);
      } else if (tipCard && termAt(active)?.getAttribute('aria-describedby') && tipCard.tip.isConnected) {
        event.preventDefault();
        void save(tipCard.tip, tipCard.model);
      }
      return;
    }
    if (!onReader && active?.matches(WORD_SELECTOR) && !event.shiftKey) moveInText(event, active);
  }

  function onViewportChange() {
    if (current && card) placeNear(card, current, win);
  }

  const listeners: Listener[] = [
    [doc, 'pointerover', onPointerOver as EventListener],
    [doc, 'pointerout', onPointerOut as EventListener],
    [doc, 'pointerdown', onPointerDown as EventListener, { capture: true }],
    [doc, 'click', onClick as EventListener],
    [doc, 'focusin', onFocusIn as EventListener],
    [doc, 'focusout', onFocusOut as EventListener],
    [doc, 'keydown', onKeyDown as EventListener],
    [doc, TERM_TIP_EVENT, onTermTip],
    [win, 'scroll', onViewportChange, { passive: true }],
    [win, 'resize', onViewportChange],
  ];

  return {
    listeners,
    stop: () => {
      stopped = true;
      stopWrapping();
      hide();
      card?.remove();
      status?.remove();
      tipCard?.tip.remove();
      // Word mode off: every word unwrapped, so the text is exactly as served.
      const active = doc.activeElement;
      const focusedRow = active?.matches(WORD_SELECTOR) ? rowOf(active) : null;
      const changed: HTMLElement[] = [];
      for (const row of doc.querySelectorAll<HTMLElement>(rowSelector)) {
        const text = zhTextOf(row);
        if (text && isWrapped(text)) {
          unwrapWords(text);
          changed.push(row);
        }
      }
      if (changed.length > 0) part.onRowsChanged?.(changed);
      if (focusedRow && !focusedRow.contains(doc.activeElement))
        focusedRow.querySelector<HTMLElement>('[tabindex="0"]')?.focus({ preventScroll: true });
    },
  };
}
