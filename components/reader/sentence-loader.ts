import { PARALLEL_SELECTOR } from '@/lib/reader/contract';

/**
 * Loads the sentence marks on the first pointer, focus or tap in the text (./sentences, which
 * fetches the groups' offsets and wraps them once no press, selection or focus in the text is under
 * way). From the start it only keeps track of whether a pointer is pressed, since that press may
 * begin before the marks have loaded. Returns the detach function.
 */
export function attachSentenceLoader(doc: Document, onWrapped: () => void): () => void {
  const parallel = doc.querySelector(PARALLEL_SELECTOR);
  if (!parallel) return () => {};
  const types = ['pointerover', 'pointerdown', 'focusin'];
  const presses = ['pointerdown', 'pointerup', 'pointercancel'];
  let pressed = false;
  let detach: (() => void) | undefined;
  let cancelled = false;
  const onPress = (event: Event) => {
    pressed = event.type === 'pointerdown';
  };

  function start(event: Event) {
    for (const type of types) parallel!.removeEventListener(type, start);
    void import('./sentences').then((sentences) => {
      if (!cancelled) detach = sentences.startSentenceMarks(doc, event, () => pressed, onWrapped);
    });
  }

  for (const type of presses) doc.addEventListener(type, onPress, true);
  for (const type of types) parallel.addEventListener(type, start);
  return () => {
    cancelled = true;
    for (const type of types) parallel.removeEventListener(type, start);
    for (const type of presses) doc.removeEventListener(type, onPress, true);
    detach?.();
  };
}
