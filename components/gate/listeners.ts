/** One event listener of a controller: where it listens, to what, and how. */
export type Listener = [
  target: EventTarget,
  type: string,
  listener: (event: Event) => void,
  options?: AddEventListenerOptions,
];

/** A started controller: the listeners it needs attached, and what stops it (once they are removed). */
export interface Running {
  listeners: Listener[];
  stop?: () => void;
}

/** Attaches a controller's listeners. Returns the function that removes them and stops it. */
export function attach(running: Running): () => void {
  for (const [target, type, listener, options] of running.listeners) target.addEventListener(type, listener, options);
  return () => {
    for (const [target, type, listener, options] of running.listeners)
      target.removeEventListener(type, listener, options);
    running.stop?.();
  };
}

/** Whether a listener on `target` would have heard `event` (on the document, the window, or an ancestor). */
function reaches(target: EventTarget, event: Event): boolean {
  if (target === event.target) return true;
  if (typeof Window !== 'undefined' && target instanceof Window) return true;
  return target instanceof Node && event.target instanceof Node && target.contains(event.target);
}

/**
 * Hands events that happened before the controllers were there to their listeners, in the order
 * they happened: the first tap, key press or hover is handled, not lost. Only events whose
 * dispatch is over are replayed (the gate starts the controllers in a later task).
 */
export function replay(listeners: readonly Listener[], events: readonly Event[]) {
  for (const event of events) {
    for (const [target, type, listener] of listeners) {
      if (type === event.type && reaches(target, event)) listener(event);
    }
  }
}
