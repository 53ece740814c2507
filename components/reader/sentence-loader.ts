import { DATA_URL, PARALLEL_SELECTOR, TEXT_CLASS, type SentenceData } from '@/lib/reader/contract';

/**
 * Loads the sentence marks on the first pointer, focus or tap in the text: the groups' offsets and
 * the controller that wraps and marks them (./sentences). Wrapping moves the text's nodes, which
 * would cut short a selection being made, a press in progress, or the focus (and tooltip) of a term,
 * so it waits until the pointer is up, no text is selected and focus is not in the text. Returns the
 * detach function.
 */
export function attachSentenceLoader(doc: Document, onWrapped: () => void): () => void {
  const parallel = doc.querySelector(PARALLEL_SELECTOR);
  if (!parallel) return () => {};
  const types = ['pointerover', 'pointerdown', 'focusin'] as const;
  let pressed = false;
  let ready: (() => void) | null = null;
  let detach: (() => void) | undefined;
  let cancelled = false;

  const idle = () => {
    const selection = doc.getSelection();
    const inText = doc.activeElement?.closest(`.${TEXT_CLASS}`);
    return !pressed && !inText && (!selection || selection.isCollapsed);
  };
  function maybeWrap() {
    if (!ready || !idle()) return;
    const wrap = ready;
    ready = null;
    wrap();
  }
  const onDown = () => {
    pressed = true;
  };
  const onUp = () => {
    pressed = false;
    maybeWrap();
  };

  // Focus leaving the text (to the permalink, a control, or nowhere) lets a waiting wrap happen.
  const onFocusOut = () => setTimeout(maybeWrap, 0);

  function start(event: Event) {
    for (const type of types) parallel!.removeEventListener(type, start);
    // A touch (its pointerover comes first) marks the sentence under it once the marks are there.
    const tap = event instanceof PointerEvent && event.pointerType !== 'mouse' ? event : null;
    void Promise.all([
      fetch(DATA_URL.sentences).then((response) => (response.ok ? (response.json() as Promise<SentenceData>) : Promise.reject(response.status))),
      import('./sentences'),
    ])
      .then(([data, sentences]) => {
        if (cancelled) return;
        ready = () => {
          // Wrapping moves the text's links into the sentences, which drops focus: give it back.
          const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
          sentences.wrapSentences(doc, data);
          if (active && active !== doc.activeElement) active.focus({ preventScroll: true });
          onWrapped();
          detach = sentences.attachSentenceMarks(doc);
          if (tap) sentences.focusSentenceAt(doc, tap.clientX, tap.clientY);
        };
        maybeWrap();
      })
      .catch(() => {
        // Offline: the paragraphs stay as they are.
      });
  }

  doc.addEventListener('pointerdown', onDown, true);
  doc.addEventListener('pointerup', onUp, true);
  doc.addEventListener('pointercancel', onUp, true);
  doc.addEventListener('selectionchange', maybeWrap);
  doc.addEventListener('focusout', onFocusOut);
  for (const type of types) parallel.addEventListener(type, start);
  return () => {
    cancelled = true;
    for (const type of types) parallel.removeEventListener(type, start);
    doc.removeEventListener('pointerdown', onDown, true);
    doc.removeEventListener('pointerup', onUp, true);
    doc.removeEventListener('pointercancel', onUp, true);
    doc.removeEventListener('selectionchange', maybeWrap);
    doc.removeEventListener('focusout', onFocusOut);
    detach?.();
  };
}
