import type { Messages } from 'next-intl';
import { CELL_CLASS, REVEAL_BUTTON_CLASS, REVEALED_ATTR, rowSelector, TEXT_CLASS } from '@/lib/reader/contract';

/** The reveal button's two labels (the Reading messages' `study` group). */
export type StudyLabels = Messages['Reading']['study'];

/**
 * Study mode hides each unit's English until the reader reveals it. The reveal buttons exist only
 * with JavaScript (study mode needs it), so this island adds them; each is a WAI-ARIA disclosure
 * button in its row's roving group.
 */
export function ensureRevealButtons(doc: Document, labels: StudyLabels) {
  for (const row of doc.querySelectorAll<HTMLElement>(rowSelector)) {
    const cell = row.querySelector(`.${CELL_CLASS.en}`);
    const text = cell?.querySelector(`:scope > .${TEXT_CLASS}`);
    if (!cell || !text || cell.querySelector(`.${REVEAL_BUTTON_CLASS}`)) continue;
    text.id ||= `${row.id}-en`;
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = REVEAL_BUTTON_CLASS;
    button.tabIndex = -1;
    button.setAttribute('aria-controls', text.id);
    cell.prepend(button);
    setRevealed(row, row.hasAttribute(REVEALED_ATTR), labels);
  }
}

export function setRevealed(row: Element, revealed: boolean, labels: StudyLabels) {
  row.toggleAttribute(REVEALED_ATTR, revealed);
  const button = row.querySelector(`.${REVEAL_BUTTON_CLASS}`);
  if (!button) return;
  button.textContent = revealed ? labels.hide : labels.show;
  button.setAttribute('aria-expanded', String(revealed));
}

export function setAllRevealed(doc: Document, revealed: boolean, labels: StudyLabels) {
  for (const row of doc.querySelectorAll(rowSelector)) setRevealed(row, revealed, labels);
}

/** A click on a reveal button (or on the hidden English around it) toggles that unit. */
function attachStudy(doc: Document, labels: StudyLabels): () => void {
  function onClick(event: MouseEvent) {
    const button = (event.target as Element | null)?.closest(`.${REVEAL_BUTTON_CLASS}`);
    const row = button?.closest(rowSelector);
    if (!row) return;
    setRevealed(row, !row.hasAttribute(REVEALED_ATTR), labels);
  }
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}

/** Study mode on: a reveal button per row, and clicks on them. Returns the function that stops it. */
export function startStudy(doc: Document, labels: StudyLabels): () => void {
  ensureRevealButtons(doc, labels);
  return attachStudy(doc, labels);
}
