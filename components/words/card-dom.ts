import { LANG_TAG, type Locale } from '@/lib/locale';
import { formatMessage } from '@/lib/format-message';
import type { CardSense, WordCard } from '@/lib/words/card';
import { sentencePath } from '@/lib/routes';
import type { WordCardLabels } from './labels';

export const SAVE_CLASS = 'wc-save';
const SAVE_MESSAGE_CLASS = 'wc-message';
const PINYIN_LANG = 'zh-Latn-pinyin';

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
  lang?: string,
) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  if (lang) node.lang = lang;
  return node;
}

function senseList(doc: Document, senses: CardSense[], withReading: boolean): HTMLElement {
  const list = el(doc, 'ol', 'wc-senses', undefined, LANG_TAG.en);
  for (const sense of senses) {
    const item = el(doc, 'li');
    if (withReading) item.append(el(doc, 'span', 'wc-reading', sense.pinyin, PINYIN_LANG), ' ');
    item.append(sense.english.join('; '));
    list.append(item);
  }
  return list;
}

export interface CardOptions {
  locale: Locale;
  labels: WordCardLabels;
  /** The term tooltip already shows the word, its pinyin and its glossary entry: only the rest is added. */
  inTermTip?: boolean;
  /** The English stays hidden (study layout, paragraph not revealed). */
  hideEnglish?: boolean;
}

/**
 * The card's content, built with DOM calls (text is never parsed as HTML): the word and its pinyin in
 * context, the glossary entry first where it is a term, its CC-CEDICT senses (or its characters'
 * entries, flagged), the sentence pair with the word marked, and Save. Every part carries its lang.
 */
export function cardContent(
  doc: Document,
  card: WordCard,
  { locale, labels, inTermTip, hideEnglish }: CardOptions,
): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (!inTermTip) {
    const head = el(doc, 'p', 'wc-head');
    head.append(el(doc, 'span', 'wc-word', card.word, LANG_TAG.zh));
    if (card.pinyin) head.append(' ', el(doc, 'span', 'wc-pinyin', card.pinyin, PINYIN_LANG));
    parts.push(head);
    if (card.term) {
      const term = el(doc, 'p', 'wc-term');
      term.append(
        el(doc, 'span', 'wc-label', labels.glossary),
        ' ',
        el(doc, 'span', 'wc-term-en', card.term.en, LANG_TAG.en),
        ' ',
      );
      term.append(el(doc, 'span', 'wc-definition', card.term.definition, LANG_TAG[locale]));
      parts.push(term);
    }
  }
  if (card.senses.length > 0) {
    parts.push(senseList(doc, card.senses, card.senses.length > 1));
  } else if (card.characters) {
    parts.push(el(doc, 'p', 'wc-fallback', labels.characters));
    const list = el(doc, 'dl', 'wc-characters');
    for (const char of card.characters) {
      const head = el(doc, 'dt');
      head.append(el(doc, 'span', 'wc-char', char.char, LANG_TAG.zh));
      if (char.pinyin) head.append(' ', el(doc, 'span', 'wc-pinyin', char.pinyin, PINYIN_LANG));
      const body = el(doc, 'dd');
      body.append(
        char.senses.length > 0
          ? senseList(doc, char.senses, char.senses.length > 1)
          : el(doc, 'span', 'wc-none', labels.noEntry),
      );
      list.append(head, body);
    }
    parts.push(list);
  } else if (!card.term) {
    parts.push(el(doc, 'p', 'wc-none', labels.noEntry));
  }
  if (card.sentence) {
    const { n, zh, en, at } = card.sentence;
    const pair = el(doc, 'div', 'wc-sentence');
    const link = el(doc, 'a', 'wc-address', formatMessage(locale, labels.sentence, { n, id: card.unitId }));
    link.href = sentencePath(locale, card.unitId, n);
    link.tabIndex = -1;
    const zhLine = el(doc, 'p', 'wc-zh', undefined, LANG_TAG.zh);
    zhLine.append(zh.slice(0, at), el(doc, 'mark', undefined, card.word), zh.slice(at + card.word.length));
    const enLine = hideEnglish
      ? el(doc, 'p', 'wc-en wc-hidden', labels.englishHidden)
      : el(doc, 'p', 'wc-en', en, LANG_TAG.en);
    if (!hideEnglish) enLine.title = labels.english;
    pair.append(zhLine, enLine);
    const head = el(doc, 'p', 'wc-sentence-head');
    head.append(link);
    parts.push(head, pair);
  }
  const actions = el(doc, 'p', 'wc-actions');
  const save = el(doc, 'button', SAVE_CLASS, labels.save);
  save.type = 'button';
  save.tabIndex = -1;
  save.setAttribute('aria-keyshortcuts', 's');
  actions.append(save, el(doc, 'span', SAVE_MESSAGE_CLASS));
  parts.push(actions);
  if (card.senses.length > 0 || card.characters) parts.push(el(doc, 'p', 'wc-credit', labels.credit));
  return parts;
}

/** Shows on a card's Save button whether its word is saved, and why the last save failed, if it did. */
export function showSaved(
  root: ParentNode,
  labels: WordCardLabels,
  saved: boolean,
  failure?: keyof WordCardLabels['failed'],
) {
  const button = root.querySelector<HTMLButtonElement>(`.${SAVE_CLASS}`);
  const message = root.querySelector<HTMLElement>(`.${SAVE_MESSAGE_CLASS}`);
  if (!button || !message) return;
  button.textContent = saved ? `✓ ${labels.saved}` : labels.save;
  button.setAttribute('aria-disabled', String(saved));
  message.textContent = failure ? labels.failed[failure] : '';
  message.classList.toggle('wc-failed', Boolean(failure));
}
