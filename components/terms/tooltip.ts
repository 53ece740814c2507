import { formatMessage } from '@/lib/format-message';
import { LANG_TAG, type Locale } from '@/lib/locale';
import { tooltipFormKey } from '@/lib/terms/tooltip';
import {
  HAN,
  rowSelector,
  TERM_SELECTOR,
  TERM_TIP_EVENT,
  termAt,
  type TermTip,
  type TermTipData,
  type TermTipEventDetail,
} from '@/lib/reader/contract';
import { publishedText, termIdOf } from '@/lib/reader/markup-read';
import { DATA_URL, termPath } from '@/lib/routes';
import { labelGap } from '@/lib/label-gap';
import type { Listener, Running } from '../gate/listeners';
import { fetchJson } from '../fetch-json';
import type { TooltipLabels } from './labels';
import { placeNear } from './place';

/** The tooltip's id (what a term's aria-describedby names while it is open), and its class. */
export const TOOLTIP_ID = 'term-tooltip';
export const TOOLTIP_CLASS = 'term-tooltip';
/** Set on a term while its tooltip is open, and on the same term in the other language of its row. */
export const TERM_ACTIVE_CLASS = 'term-active';
const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 250;

export interface TooltipOptions {
  locale: Locale;
  labels: TooltipLabels;
  /** Loads the tooltip data; by default the static per-locale file (fetched once, see fetchJson). */
  load?: () => Promise<TermTipData>;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; lang?: string; text?: string },
) {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.lang) node.lang = props.lang;
  if (props.text) node.textContent = props.text;
  return node;
}

/**
 * The tooltip's content for one term, built from data with DOM calls (text is never parsed as HTML).
 * `marked` is the text as the article writes it: on the Chinese side a form of the term, shown with
 * its own pinyin; where that form is not the standard term, the standard term is named beneath.
 */
function tooltipContent(doc: Document, id: string, tip: TermTip, marked: string, options: TooltipOptions) {
  const { locale, labels } = options;
  const form = HAN.test(marked) ? tip.forms[tooltipFormKey(marked)] : undefined;
  const shown = form ? { zh: marked, pinyin: form.pinyin } : { zh: tip.zh, pinyin: tip.pinyin };
  const terms = el(doc, 'p', { className: 'tip-terms' });
  terms.append(el(doc, 'span', { className: 'tip-zh', lang: LANG_TAG.zh, text: shown.zh }));
  if (shown.pinyin)
    terms.append(el(doc, 'span', { className: 'tip-pinyin', lang: 'zh-Latn-pinyin', text: shown.pinyin }));
  terms.append(el(doc, 'span', { className: 'tip-en', lang: LANG_TAG.en, text: tip.en }));
  const parts: HTMLElement[] = [terms];
  if (form?.status === 'misprint') {
    parts.push(
      el(doc, 'p', { className: 'tip-misspelled', text: formatMessage(locale, labels.misspelled, { term: tip.zh }) }),
    );
  } else if (form && (form.status === 'variant' || form.status === 'nonstandard')) {
    const standard = el(doc, 'p', { className: 'tip-standard' });
    standard.append(
      `${labels.status[form.status]} · ${labels.standard} `,
      el(doc, 'span', { className: 'tip-zh', lang: LANG_TAG.zh, text: tip.zh }),
    );
    if (tip.pinyin)
      standard.append(' ', el(doc, 'span', { className: 'tip-pinyin', lang: 'zh-Latn-pinyin', text: tip.pinyin }));
    parts.push(standard);
  }
  parts.push(el(doc, 'p', { className: 'tip-definition', lang: LANG_TAG[locale], text: tip.definition }));
  if (tip.note) {
    const note = el(doc, 'p', { className: 'tip-note', lang: LANG_TAG[locale] });
    note.append(el(doc, 'strong', { text: labels.note }), `${labelGap(labels.note)}${tip.note}`);
    parts.push(note);
  }
  const link = el(doc, 'a', { text: labels.termPage });
  link.href = termPath(locale, id);
  link.tabIndex = -1;
  const linkLine = el(doc, 'p', { className: 'tip-link' });
  linkLine.append(link);
  parts.push(linkLine);
  return parts;
}

/**
 * The one tooltip for every glossary term on the page (WAI-ARIA tooltip pattern), part of the
 * behaviour module. It listens on the document, so the server-rendered term links need nothing of
 * their own. Hover or focus shows the entry; a first tap shows it and a second follows the link;
 * Escape, blur or a tap elsewhere close it. The entries are fetched once (warmed when the page is
 * idle). The tooltip itself is created in the main landmark. Returns its listeners, for the gate
 * to attach and to hand the events of the first use to.
 */
export function tooltipController(doc: Document, options: TooltipOptions): Running {
  const win = doc.defaultView!;
  let tip: HTMLElement | null = null;
  let current: HTMLAnchorElement | null = null;
  let pending: HTMLAnchorElement | null = null;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let lastPointer = { type: 'mouse', at: 0 };

  const entries = options.load ?? (() => fetchJson<TermTipData>(DATA_URL.terms(options.locale)));

  function tooltip(): HTMLElement {
    if (!tip) {
      tip = doc.createElement('div');
      tip.id = TOOLTIP_ID;
      tip.setAttribute('role', 'tooltip');
      tip.className = TOOLTIP_CLASS;
      tip.hidden = true;
      (doc.querySelector('main') ?? doc.body).append(tip);
    }
    return tip;
  }

  const selecting = () => {
    const selection = doc.getSelection();
    return Boolean(selection && !selection.isCollapsed && selection.toString().trim());
  };

  function setCounterparts(term: HTMLAnchorElement, active: boolean) {
    const scope = term.closest(rowSelector) ?? term.parentElement ?? doc;
    const id = termIdOf(term);
    for (const other of scope.querySelectorAll(TERM_SELECTOR)) {
      if (termIdOf(other) === id) other.classList.toggle(TERM_ACTIVE_CLASS, active);
    }
  }

  const position = (term: HTMLAnchorElement) => placeNear(tooltip(), term, win);

  function hide() {
    win.clearTimeout(showTimer);
    win.clearTimeout(hideTimer);
    pending = null;
    if (!current) return;
    current.removeAttribute('aria-describedby');
    setCounterparts(current, false);
    current = null;
    tooltip().hidden = true;
    tooltip().replaceChildren();
  }

  async function show(term: HTMLAnchorElement) {
    win.clearTimeout(showTimer);
    win.clearTimeout(hideTimer);
    if (current === term) return;
    const id = termIdOf(term);
    if (!id) return;
    pending = term;
    let all: TermTipData;
    try {
      all = await entries();
    } catch {
      return; // Offline: the term is still a link to its page.
    }
    // The reader may have moved on while the entries loaded.
    if (pending !== term) return;
    hide();
    const entry = all[id];
    if (!entry) return;
    const box = tooltip();
    box.replaceChildren(...tooltipContent(doc, id, entry, publishedText(term), options));
    // Word mode adds the word's senses and sentence (components/words), before it is placed.
    term.dispatchEvent(new CustomEvent<TermTipEventDetail>(TERM_TIP_EVENT, { bubbles: true, detail: { tip: box } }));
    box.hidden = false;
    position(term);
    term.setAttribute('aria-describedby', TOOLTIP_ID);
    setCounterparts(term, true);
    current = term;
  }

  function scheduleHide() {
    win.clearTimeout(showTimer);
    win.clearTimeout(hideTimer);
    pending = null;
    hideTimer = win.setTimeout(hide, HIDE_DELAY_MS);
  }

  const inTip = (node: Node | null) => Boolean(tip && node && tip.contains(node));

  function onPointerOver(event: PointerEvent) {
    if (event.pointerType !== 'mouse') return;
    if (inTip(event.target as Node)) {
      win.clearTimeout(hideTimer);
      return;
    }
    const term = termAt(event.target);
    if (!term || event.buttons !== 0 || selecting()) return;
    win.clearTimeout(hideTimer);
    win.clearTimeout(showTimer);
    showTimer = win.setTimeout(() => void show(term), SHOW_DELAY_MS);
  }

  function onPointerOut(event: PointerEvent) {
    if (event.pointerType !== 'mouse') return;
    const leaving = termAt(event.target) ?? (inTip(event.target as Node) ? tip : null);
    if (!leaving) return;
    const to = event.relatedTarget as Node | null;
    if (to && (inTip(to) || (current && current.contains(to)))) return;
    if (current && doc.activeElement === current) {
      win.clearTimeout(showTimer);
      return;
    }
    scheduleHide();
  }

  function onPointerDown(event: PointerEvent) {
    lastPointer = { type: event.pointerType, at: event.timeStamp };
    const target = event.target as Node;
    if (current && !current.contains(target) && !inTip(target)) hide();
  }

  function onFocusIn(event: FocusEvent) {
    const term = termAt(event.target);
    if (!term) return;
    // A tap focuses the link too; the click that follows decides.
    if (lastPointer.type !== 'mouse' && event.timeStamp - lastPointer.at < 800) return;
    void show(term);
  }

  function onFocusOut(event: FocusEvent) {
    const term = termAt(event.target);
    if (!term || (term !== current && term !== pending)) return;
    // A term being moved (into its sentence's mark, see components/reader/sentences.ts) blurs as it
    // leaves the document and gets its focus back at once: that is not the reader moving on.
    if (!term.isConnected) return;
    if (inTip(event.relatedTarget as Node | null)) return;
    hide();
  }

  function onClick(event: MouseEvent) {
    const term = termAt(event.target);
    if (!term || lastPointer.type === 'mouse' || event.timeStamp - lastPointer.at > 1500) return;
    // First tap shows the definition; a second tap on the same term follows its link.
    if (current !== term) {
      event.preventDefault();
      void show(term);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && current) {
      event.preventDefault();
      hide();
    }
  }

  function onViewportChange() {
    if (current) position(current);
  }

  const listeners: Listener[] = [
    [doc, 'pointerover', onPointerOver as EventListener],
    [doc, 'pointerout', onPointerOut as EventListener],
    [doc, 'pointerdown', onPointerDown as EventListener, { capture: true }],
    [doc, 'focusin', onFocusIn as EventListener],
    [doc, 'focusout', onFocusOut as EventListener],
    [doc, 'click', onClick as EventListener],
    [doc, 'keydown', onKeyDown as EventListener],
    [win, 'scroll', onViewportChange, { passive: true }],
    [win, 'resize', onViewportChange],
  ];
  // A term focused before the behaviour started gets its tooltip now.
  const focused = termAt(doc.activeElement);
  if (focused) void show(focused);
  return {
    listeners,
    stop: () => {
      hide();
      tip?.remove();
    },
  };
}
