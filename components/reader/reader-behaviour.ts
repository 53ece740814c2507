import { PARALLEL_SELECTOR } from '@/lib/reader/contract';
import type { Locale } from '@/lib/locale';
import type { Listener, Running } from '../gate/listeners';
import { getDisplayState, subscribeDisplay } from './display-store';
import { keyboardHandler } from './keyboard';
import { noteHandler } from './notes';
import { startSentenceMarks } from './sentences';
import { startStudy, type StudyLabels } from './study';
import { attachTocTracker } from './toc-tracker';

export interface ReaderOptions {
  locale: Locale;
  study: StudyLabels;
  /** Opens the shortcuts' help overlay (the reading controls own it). */
  openHelp: () => void;
  /**
   * Called when the behaviour has added focusable elements to rows that may take the Tab stop
   * (study mode's reveal buttons), to set the stops again: the rows changed, or all of them.
   */
  onRowsChanged: (rows?: HTMLElement[]) => void;
}

/**
 * The reader's part of the behaviour module, started by the gate on first use: the keyboard,
 * notes, contents tracking, study mode (while the layout is study) and the sentence marks, which
 * wrap the text on the first pointer or focus in it.
 */
export function readerBehaviour(doc: Document, options: ReaderOptions): Running {
  const keys = keyboardHandler(doc, { study: options.study, openHelp: options.openHelp });
  const notes = noteHandler(options.locale);

  let stopStudy: (() => void) | undefined;
  const study = (layout: string) => {
    if (layout === 'study') {
      if (stopStudy) return;
      stopStudy = startStudy(doc, options.study);
      options.onRowsChanged();
    } else {
      stopStudy?.();
      stopStudy = undefined;
    }
  };
  study(getDisplayState().layout);
  const unsubscribe = subscribeDisplay((state) => study(state.layout));

  // The sentence marks: a press may begin before they are there, so whether one is under way is
  // known from the start; wrapping waits for it to end.
  let pressed = false;
  const onPress = (event: Event) => {
    pressed = event.type === 'pointerdown';
  };
  const parallel = doc.querySelector(PARALLEL_SELECTOR);
  let stopSentences: (() => void) | undefined;
  const onTextUse = (event: Event) => {
    stopSentences ??= startSentenceMarks(doc, event, () => pressed);
  };

  const stopToc = attachTocTracker(doc);
  const listeners: Listener[] = [
    [doc, 'keydown', keys],
    [doc, 'focusin', keys],
    // `toggle` does not bubble, so it is caught on the way down.
    [doc, 'toggle', notes, { capture: true }],
    ...['pointerdown', 'pointerup', 'pointercancel'].map((type): Listener => [doc, type, onPress, { capture: true }]),
    ...(parallel ? ['pointerover', 'pointerdown', 'focusin'].map((type): Listener => [parallel, type, onTextUse]) : []),
  ];
  return {
    listeners,
    stop: () => {
      unsubscribe();
      stopStudy?.();
      stopSentences?.();
      stopToc();
    },
  };
}
