import { PARALLEL_SELECTOR } from '@/lib/reader/contract';
import { onFirstUse } from './first-use';

/**
 * Loads the sentence marks on the first pointer, focus or tap in the text (./sentences, which
 * fetches the groups' offsets and wraps them once no press, selection or focus in the text is under
 * way). From the start it only keeps track of whether a pointer is pressed, since that press may
 * begin before the marks have loaded. Returns the detach function.
 */
export function attachSentenceLoader(doc: Document, onWrapped: () => void): () => void {
  const parallel = doc.querySelector(PARALLEL_SELECTOR);
  if (!parallel) return () => {};
  const presses = ['pointerdown', 'pointerup', 'pointercancel'];
  let pressed = false;
  let stop: (() => void) | undefined;
  const onPress = (event: Event) => {
    pressed = event.type === 'pointerdown';
  };
  for (const type of presses) doc.addEventListener(type, onPress, true);
  const detach = onFirstUse(parallel, ['pointerover', 'pointerdown', 'focusin'], () =>
    import('./sentences').then((sentences) => (event: Event) => {
      stop ??= sentences.startSentenceMarks(doc, event, () => pressed, onWrapped);
    }),
  );
  return () => {
    detach();
    for (const type of presses) doc.removeEventListener(type, onPress, true);
    stop?.();
  };
}
