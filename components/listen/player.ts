import type { Lang } from '@/lib/corpus/model';
import type { Layout } from '@/lib/display/state';
import {
  layoutSides,
  missingVoices,
  SPEECH_LANG,
  SPOKEN_CLASS,
  sentenceGroups,
  spokenSides,
  utteranceQueue,
  voiceFor,
  type Utterance,
} from '@/lib/listen/queue';
import {
  CELL_CLASS,
  READ_LINE_PX,
  REVEALED_ATTR,
  rowSelector,
  SENTENCE_ATTR,
  SENTENCE_CLASS,
  TEXT_CLASS,
  type SentenceData,
} from '@/lib/reader/contract';
import { publishedText } from '@/lib/reader/markup-read';
import { DATA_URL } from '@/lib/routes';
import { fetchJson } from '../fetch-json';
import { getDisplayState, subscribeDisplay } from '../reader/display-store';
import { wrapRow } from '../reader/sentences';
import { displayedRows } from '../reader/shortcuts';
import { stickyBarsBottom } from '../reading-position';

/** How long to wait for the browser's voices, which many browsers load after the page. */
const VOICES_WAIT_MS = 2000;

export type Outcome = 'done' | 'stopped' | 'error';

export interface ListenOptions {
  doc: Document;
  /** The row the reader last focused: reading starts there while it is in view. */
  from?: HTMLElement | null;
  /** The speed, read for every utterance, so a change applies from the next one. */
  rate: () => number;
  /** Rows whose sentences were just wrapped (their Tab stops are set again). */
  onRowsChanged: (rows: HTMLElement[]) => void;
  /** Reading ended: the article's end, a stop (the control, Escape, a layout change) or a speech error. */
  onEnd: (outcome: Outcome) => void;
}

export type Started =
  | { kind: 'reading'; row: HTMLElement; missing: Lang[]; stop: () => void }
  | { kind: 'no-voice'; missing: Lang[] }
  | { kind: 'nothing' };

/** The browser's voices, once it has them (the `voiceschanged` event), or none after a while. */
function voices(synth: SpeechSynthesis, win: Window): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      win.clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = win.setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', done);
  });
}

const inView = (doc: Document, row: HTMLElement) => {
  const box = row.getBoundingClientRect();
  return row.checkVisibility() && box.bottom > stickyBarsBottom(doc) && box.top < (doc.defaultView?.innerHeight ?? 0);
};

const cellText = (row: HTMLElement, lang: Lang) => row.querySelector(`:scope > .${CELL_CLASS[lang]} > .${TEXT_CLASS}`);

/** The utterances of one row in the layout's order (study mode: its English too once revealed). */
function rowQueue(row: HTMLElement, layout: Layout, sides: Lang[], data: SentenceData | undefined): Utterance[] {
  const text = (lang: Lang) => {
    const el = cellText(row, lang);
    return el ? publishedText(el) : '';
  };
  const order = spokenSides(layout, row.hasAttribute(REVEALED_ATTR)).filter((lang) => sides.includes(lang));
  return utteranceQueue(sentenceGroups(text('zh'), text('en'), data?.[row.id]), order);
}

/** Both sides of group `n` of a row; the whole texts where the row's sentences are not wrapped. */
function groupElements(row: HTMLElement, n: number): HTMLElement[] {
  const texts = (['zh', 'en'] as const).map((lang) => cellText(row, lang)).filter((el): el is Element => el !== null);
  const sentences = texts.flatMap((el) =>
    Array.from(el.querySelectorAll<HTMLElement>(`.${SENTENCE_CLASS}[${SENTENCE_ATTR}="${n}"]`)),
  );
  return sentences.length > 0 ? sentences : (texts as HTMLElement[]);
}

/**
 * Keeps the group being read in view below the sticky bars: when any of it is out of view, the page
 * scrolls to centre it in the space below the bars (or to put its start there, if it is taller).
 * Smoothly, unless the reader prefers reduced motion.
 */
function follow(doc: Document, elements: HTMLElement[]) {
  const win = doc.defaultView!;
  const boxes = elements.map((el) => el.getBoundingClientRect()).filter((box) => box.height > 0);
  if (boxes.length === 0) return;
  const top = stickyBarsBottom(doc);
  const bottom = win.innerHeight;
  const upper = Math.min(...boxes.map((box) => box.top));
  const lower = Math.max(...boxes.map((box) => box.bottom));
  if (upper >= top && lower <= bottom) return;
  const room = bottom - top;
  const by = lower - upper <= room ? upper - top - (room - (lower - upper)) / 2 : upper - top - 8;
  const reduced = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  win.scrollBy({ top: by, behavior: reduced ? 'auto' : 'smooth' });
}

/**
 * Reads aloud from a paragraph on, sentence group by sentence group, with the Web Speech API: the
 * paragraph the reader last focused, if it is in view, else the first that shows more than about a
 * line below the sticky bars (as components/reading-position.ts finds the one being read). Each
 * group's sides are read in the layout's order (lib/listen/queue.ts), marked in both columns while
 * they are read, and kept in view. Rows are wrapped into sentences as they are reached. Reading ends
 * at the article's end, on `stop()`, Escape, or a change of layout or speaker filter. A side without
 * a voice in this browser is skipped (`missing`); with no voice for any side nothing starts.
 */
export async function listen(options: ListenOptions): Promise<Started> {
  const { doc } = options;
  const win = doc.defaultView!;
  const synth = win.speechSynthesis;
  const layout = getDisplayState().layout;
  const top = stickyBarsBottom(doc);
  const start =
    options.from?.isConnected && inView(doc, options.from)
      ? options.from
      : displayedRows(doc).find((row) => row.getBoundingClientRect().bottom > top + READ_LINE_PX);
  if (!start) return { kind: 'nothing' };

  const [available, data] = await Promise.all([
    voices(synth, win),
    // Offline without it, each paragraph is read (and marked) whole.
    fetchJson<SentenceData>(DATA_URL.sentences).catch(() => undefined),
  ]);
  // What is read now (study mode: the English too once a paragraph is revealed) and what has a voice.
  const revealed = layout === 'study' && doc.querySelector(`${rowSelector}[${REVEALED_ATTR}]`) !== null;
  const wanted = spokenSides(layout, revealed);
  const missing = missingVoices(available, wanted);
  const usable = layoutSides(layout).filter((lang) => voiceFor(available, lang));
  if (!wanted.some((lang) => usable.includes(lang))) return { kind: 'no-voice', missing };

  let stopped = false;
  let marked: HTMLElement[] = [];
  const unmark = () => {
    for (const el of marked) el.classList.remove(SPOKEN_CLASS);
    marked = [];
  };
  const mark = (row: HTMLElement, n: number) => {
    unmark();
    marked = groupElements(row, n);
    for (const el of marked) el.classList.add(SPOKEN_CLASS);
    follow(doc, marked);
  };

  let settle: ((outcome: 'end' | 'error') => void) | undefined;
  const speak = (utterance: Utterance) =>
    new Promise<'end' | 'error'>((resolve) => {
      const spoken = new win.SpeechSynthesisUtterance(utterance.text);
      spoken.lang = SPEECH_LANG[utterance.lang];
      const voice = voiceFor(available, utterance.lang);
      if (voice) spoken.voice = voice;
      spoken.rate = options.rate();
      settle = resolve;
      spoken.onend = () => resolve('end');
      spoken.onerror = () => resolve('error');
      synth.speak(spoken);
    });

  const before = getDisplayState();
  const finish = (outcome: Outcome) => {
    if (stopped) return;
    stopped = true;
    doc.removeEventListener('keydown', onKey);
    win.removeEventListener('pagehide', stop);
    unsubscribe();
    // Cancelling ends the utterance being spoken with an error event, which is not an error here.
    settle?.('end');
    synth.cancel();
    unmark();
    options.onEnd(outcome);
  };
  const stop = () => finish('stopped');
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !doc.querySelector('dialog[open]')) stop();
  };
  const unsubscribe = subscribeDisplay((state) => {
    if (state.layout !== before.layout || state.speaker !== before.speaker) stop();
  });
  doc.addEventListener('keydown', onKey);
  win.addEventListener('pagehide', stop);

  async function run() {
    // Whatever another page or tab left queued.
    synth.cancel();
    const rows = displayedRows(doc);
    for (let i = Math.max(0, rows.indexOf(start!)); i < rows.length; i++) {
      const row = rows[i];
      if (data && wrapRow(doc, row, data)) options.onRowsChanged([row]);
      const queue = rowQueue(row, layout, usable, data);
      for (let at = 0; at < queue.length; at++) {
        if (stopped) return;
        if (at === 0 || queue[at - 1].n !== queue[at].n) mark(row, queue[at].n);
        if ((await speak(queue[at])) === 'error' && !stopped) return finish('error');
      }
    }
    finish('done');
  }
  void run();
  return { kind: 'reading', row: start, missing, stop };
}
