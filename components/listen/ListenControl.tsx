'use client';

import './listen.css';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { Messages } from 'next-intl';
import { DEFAULT_RATE, parseRate, RATES, type Rate } from '@/lib/listen/queue';
import { LISTEN_BUTTON_CLASS, rowSelector } from '@/lib/reader/contract';
import { DATA_URL } from '@/lib/routes';
import { fetchJson } from '../fetch-json';
import { retryingLoader } from '../retrying-loader';
import { warmWhenIdle } from '../warm-up';
import type { Outcome } from './player';

/** What the control says (the Reading messages' `listen` group). */
type ListenLabels = Messages['Reading']['listen'];

/** The speech player (./player) is its own chunk: fetched when the page is idle or the control is approached. */
const loadPlayer = retryingLoader(() => import('./player'));
const prefetch = () => {
  loadPlayer().catch(() => undefined);
  fetchJson(DATA_URL.sentences).catch(() => undefined);
};

/** The chosen speed is remembered in this browser. */
const RATE_KEY = 'parallel-reader:listen-rate';

const formatRate = (rate: Rate) => `${rate}×`;

const hasSpeech = () => 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
const subscribeNothing = () => () => undefined;

// The speed, remembered in localStorage: a small store the control reads with useSyncExternalStore,
// so that the server's markup (the default speed) and the remembered one never disagree in hydration.
let rateNow: Rate | undefined;
const rateListeners = new Set<() => void>();
function storedRate(): Rate {
  if (rateNow === undefined) {
    try {
      rateNow = parseRate(window.localStorage.getItem(RATE_KEY));
    } catch {
      rateNow = DEFAULT_RATE; // No storage: the default speed.
    }
  }
  return rateNow;
}
function chooseRate(rate: Rate) {
  rateNow = rate;
  try {
    window.localStorage.setItem(RATE_KEY, String(rate));
  } catch {
    // Not remembered; this page keeps it.
  }
  for (const listener of rateListeners) listener();
}
function subscribeRate(listener: () => void) {
  rateListeners.add(listener);
  return () => void rateListeners.delete(listener);
}

/**
 * The reading bar's Listen control: reads aloud from the current paragraph on (./player), or stops;
 * a speed; and what it has to say (reading, stopped, no voice for a language) in a polite live
 * region, the problems also shown beside it. Where the browser has no speech synthesis the button
 * stays, marked unavailable, and says why when pressed.
 */
export function ListenControl({
  labels,
  onRowsChanged,
}: {
  labels: ListenLabels;
  onRowsChanged: (rows: HTMLElement[]) => void;
}) {
  const supported = useSyncExternalStore(subscribeNothing, hasSpeech, () => true);
  const [state, setState] = useState<'idle' | 'starting' | 'reading'>('idle');
  const rate = useSyncExternalStore(subscribeRate, storedRate, () => DEFAULT_RATE);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const stopRef = useRef<(() => void) | null>(null);
  const lastRow = useRef<HTMLElement | null>(null);
  const noteId = useId();

  useEffect(() => {
    if (!hasSpeech()) return;
    warmWhenIdle(prefetch);
    const onFocus = (event: FocusEvent) => {
      const row = event.target instanceof Element ? event.target.closest<HTMLElement>(rowSelector) : null;
      if (row) lastRow.current = row;
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('focusin', onFocus);
      stopRef.current?.();
    };
  }, []);

  const say = (message: string) => setStatus(message);

  function onEnd(outcome: Outcome) {
    stopRef.current = null;
    setState('idle');
    if (outcome === 'error') setNote(labels.speechError);
    say(outcome === 'done' ? labels.finished : outcome === 'error' ? labels.speechError : labels.stopped);
  }

  async function toggle() {
    if (!supported) {
      setNote(labels.unsupported);
      return say(labels.unsupported);
    }
    if (stopRef.current) return stopRef.current();
    if (state !== 'idle') return;
    setState('starting');
    setNote('');
    try {
      const player = await loadPlayer();
      const started = await player.listen({
        doc: document,
        from: lastRow.current,
        rate: storedRate,
        onRowsChanged,
        onEnd,
      });
      const missing = 'missing' in started ? started.missing.map((lang) => labels.noVoice[lang]).join(' ') : '';
      setNote(missing);
      if (started.kind === 'reading') {
        stopRef.current = started.stop;
        setState('reading');
        say([labels.reading, missing].filter(Boolean).join(' '));
      } else {
        setState('idle');
        say(missing);
      }
    } catch {
      setState('idle');
      setNote(labels.failed);
      say(labels.failed);
    }
  }

  const reading = state === 'reading';
  return (
    <>
      <span className="tool listen-tools">
        <button
          type="button"
          className={LISTEN_BUTTON_CLASS}
          data-reading={reading ? '' : undefined}
          aria-disabled={supported ? undefined : true}
          aria-describedby={note || !supported ? noteId : undefined}
          aria-busy={state === 'starting' || undefined}
          onPointerEnter={supported ? prefetch : undefined}
          onFocus={supported ? prefetch : undefined}
          title={reading ? labels.stop : labels.listen}
          onClick={() => void toggle()}
        >
          <span aria-hidden="true" className="listen-icon">
            {reading ? '■' : '▶'}
          </span>
          <span className="listen-label">{reading ? labels.stop : labels.listen}</span>
        </button>
        {supported ? (
          <label className="listen-rate">
            <span className="visually-hidden">{labels.speed}</span>
            <select
              value={String(rate)}
              title={labels.speed}
              onChange={(event) => {
                chooseRate(parseRate(event.target.value));
              }}
            >
              {RATES.map((choice) => (
                <option key={choice} value={String(choice)}>
                  {formatRate(choice)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </span>
      {note ? (
        <p className="listen-note" id={noteId}>
          {note}
        </p>
      ) : supported ? null : (
        <span className="visually-hidden" id={noteId}>
          {labels.unsupported}
        </span>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </>
  );
}
