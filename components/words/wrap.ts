import { TERM_SELECTOR, WORD_ATTR, WORD_CLASS, WORD_SELECTOR } from '@/lib/reader/contract';
import { publishedText } from '@/lib/reader/markup-read';
import type { UnitWord } from '@/lib/words/card';

const DONE_ATTR = 'data-words-done';

/** A leaf of a text as published: a text node, or an element taken whole (a term link, a ruby character). */
interface Atom {
  node: ChildNode;
  start: number;
  end: number;
}

const isTerm = (node: Node): node is HTMLAnchorElement => node instanceof Element && node.matches(TERM_SELECTOR);
/** Elements whose inside is never cut into words: links (a term is one word), ruby characters. */
const whole = (el: Element) => el.localName === 'a' || el.localName === 'ruby';

function atomsOf(text: Element): Atom[] {
  const atoms: Atom[] = [];
  let offset = 0;
  const visit = (parent: Node) => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === 3) {
        const length = (node as Text).data.length;
        atoms.push({ node, start: offset, end: offset + length });
        offset += length;
      } else if (node instanceof Element && node.localName !== 'rt') {
        if (whole(node)) {
          const length = publishedText(node).length;
          atoms.push({ node, start: offset, end: offset + length });
          offset += length;
        } else {
          visit(node);
        }
      }
    }
  };
  visit(text);
  return atoms;
}

/**
 * Wraps each word of one Chinese text in `<span class="word" data-o="start" tabindex="-1">`, and marks
 * a term link that is a word with `data-o`. Text nodes are split at word boundaries; a word's pieces
 * (text, or the pinyin layer's ruby characters) move into its span. A word that does not fit the
 * markup (crossing an element, or a stale page whose text differs) is left plain. Once per text.
 * Returns whether it wrapped now.
 */
export function wrapWords(
  doc: Document,
  text: HTMLElement,
  words: readonly UnitWord[],
  wordText: (index: number) => string,
): boolean {
  if (text.hasAttribute(DONE_ATTR)) return false;
  text.setAttribute(DONE_ATTR, '');
  const published = publishedText(text);
  const fitting = words.filter((w) => published.slice(w.start, w.end) === wordText(w.index));
  const cuts = new Set(fitting.flatMap((w) => [w.start, w.end]));
  // Split text nodes where a word begins or ends.
  for (const atom of atomsOf(text)) {
    if (atom.node.nodeType !== 3) continue;
    let node = atom.node as Text;
    let at = atom.start;
    for (let i = atom.start + 1; i < atom.end; i++) {
      if (!cuts.has(i)) continue;
      node = node.splitText(i - at);
      at = i;
    }
  }
  const atoms = atomsOf(text);
  let a = 0;
  for (const word of fitting) {
    while (a < atoms.length && atoms[a].start < word.start) a++;
    const pieces: Atom[] = [];
    for (let b = a; b < atoms.length && atoms[b].end <= word.end; b++) pieces.push(atoms[b]);
    if (pieces.length === 0 || pieces[0].start !== word.start || pieces.at(-1)!.end !== word.end) continue;
    const parent = pieces[0].node.parentNode;
    if (!parent || pieces.some((p) => p.node.parentNode !== parent)) continue;
    const first = pieces[0].node;
    if (pieces.length === 1 && isTerm(first)) {
      first.setAttribute(WORD_ATTR, String(word.start));
      continue;
    }
    if (pieces.some((p) => p.node instanceof Element && p.node.localName === 'a')) continue;
    const span = doc.createElement('span');
    span.className = WORD_CLASS;
    span.setAttribute(WORD_ATTR, String(word.start));
    span.tabIndex = -1;
    parent.insertBefore(span, first);
    for (const piece of pieces) span.append(piece.node);
  }
  return true;
}

/** Undoes wrapWords: the text's nodes as they were (split text joined again), nothing added. */
export function unwrapWords(text: HTMLElement) {
  if (!text.hasAttribute(DONE_ATTR)) return;
  for (const word of Array.from(text.querySelectorAll<HTMLElement>(WORD_SELECTOR))) {
    if (word.localName === 'a') word.removeAttribute(WORD_ATTR);
    else word.replaceWith(...Array.from(word.childNodes));
  }
  text.normalize();
  text.removeAttribute(DONE_ATTR);
}

export const isWrapped = (text: Element) => text.hasAttribute(DONE_ATTR);
