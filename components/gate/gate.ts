// A gate in front of a lazily loaded module: islands register their parts; nothing of the module is
// fetched before the page is idle (the warm-up: the module and its data files), and nothing runs
// before the reader first uses the page. The page's behaviour (components/behaviour/gate.ts) and the
// word mode (components/words/word-mode.ts) each stand behind one.
import { termAt } from '@/lib/reader/contract';
import { warmWhenIdle } from '../warm-up';
import { attach, replay, type Running } from './listeners';

/** What a gate needs of the module behind it: starting a registered part, and warming its data. */
export interface GateModule<P> {
  start(doc: Document, part: P): Running;
  warm(doc: Document, part: P): void;
}

/** The first of these, anywhere on the page, starts the behaviour. */
const FIRST_USE = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'toggle', 'scroll'];
/** Kept too while it loads, so that what the first use began ends as it should (a tap's click, a hover that left). */
const FOLLOW_UP = ['pointerout', 'pointerup', 'pointercancel', 'focusout', 'click'];
const TYPES = [...FIRST_USE, ...FOLLOW_UP];
/** Events older than this are not handed on after a failed load: the reader has moved on. */
const KEEP_MS = 3000;
/** A tap clicks after its pointerdown; this long after it, a click belongs to it. */
const TAP_MS = 1500;

/**
 * The gate. It listens for the first pointer, focus, key, scroll or toggle event; then loads the
 * module (through `load`, a retrying loader), starts every registered part and hands them the
 * events so far, in order, so that the first tap or key press is handled. A tap on a term while it
 * loads does not follow the link: the tooltip shows. If loading fails, the gate listens again and
 * the next use tries again (at once, if the reader went on while it failed), handing on the recent
 * events of the failed attempt too.
 */
export function createGate<P, M extends GateModule<P> = GateModule<P>>(
  doc: Document,
  load: () => Promise<M>,
  whenIdle = warmWhenIdle,
) {
  const registered = new Set<{ part: P; detach?: () => void }>();
  let state: 'idle' | 'armed' | 'loading' | 'started' = 'idle';
  let early: Event[] = [];
  let lastTouch = -Infinity;
  const win = doc.defaultView!;

  function startPart(module: M, entry: { part: P; detach?: () => void }): Running {
    const running = module.start(doc, entry.part);
    entry.detach = attach(running);
    return running;
  }

  function open() {
    if (state === 'loading' || state === 'started') return;
    state = 'loading';
    const trigger = early.at(-1)?.timeStamp ?? -Infinity;
    load().then(
      // In a later task, so that every event so far has finished its dispatch: each is handled once.
      (module) =>
        void win.setTimeout(() => {
          state = 'started';
          for (const type of TYPES) doc.removeEventListener(type, onEvent, { capture: true });
          const events = early;
          early = [];
          replay(Array.from(registered, (entry) => startPart(module, entry).listeners).flat(), events);
        }, 0),
      () => {
        state = 'armed';
        // The use stays pending for the next attempt (a tap then shows its tooltip), unless it is old.
        const now = win.performance.now();
        early = early.filter((event) => event.timeStamp > now - KEEP_MS);
        // The reader went on while it failed: try again now rather than at the next use.
        if (early.some((event) => event.timeStamp > trigger)) open();
      },
    );
  }

  function onEvent(event: Event) {
    if (event.type === 'pointerdown' && (event as PointerEvent).pointerType !== 'mouse') lastTouch = event.timeStamp;
    const tapOnTerm = event.type === 'click' && Boolean(termAt(event.target)) && event.timeStamp - lastTouch < TAP_MS;
    if (tapOnTerm) event.preventDefault();
    early.push(event);
    if (tapOnTerm || FIRST_USE.includes(event.type)) open();
  }

  function arm() {
    if (state !== 'idle') return;
    state = 'armed';
    // Capture: `toggle` and `scroll` do not bubble, and the gate hears an event before anything else.
    for (const type of TYPES) doc.addEventListener(type, onEvent, { capture: true, passive: type !== 'click' });
    whenIdle(() => {
      load()
        .then((module) => {
          for (const { part } of registered) module.warm(doc, part);
        })
        .catch(() => undefined);
    });
    // Already in use: the page opened scrolled (at a paragraph's address) or with something focused.
    const focused = doc.activeElement;
    if (win.scrollY > 0 || (focused && focused !== doc.body && focused !== doc.documentElement)) open();
  }

  return {
    /**
     * Registers an island's part and arms the gate. The part starts with the others on first use,
     * or at once if that has happened. Returns the function that stops it.
     */
    register(part: P): () => void {
      const entry: { part: P; detach?: () => void } = { part };
      registered.add(entry);
      arm();
      if (state === 'started')
        void load().then((module) => registered.has(entry) && !entry.detach && startPart(module, entry));
      return () => {
        registered.delete(entry);
        entry.detach?.();
        entry.detach = undefined;
      };
    },
    /** Starts the behaviour now, without waiting for a first use (study mode shown from the start needs it). */
    start() {
      arm();
      open();
    },
  };
}
