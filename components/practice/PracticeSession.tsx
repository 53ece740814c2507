'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PracticeData, PracticeTerm } from '@/lib/practice/cards';
import {
  cardKey,
  DIRECTIONS,
  PROGRESS_KEY,
  readStoredProgress,
  serializeProgress,
  wordCardKey,
  type Direction,
  type Progress,
} from '@/lib/practice/progress';
import {
  deckTerms,
  dueQueue,
  parseDeckFilter,
  serializeDeckFilter,
  wordQueue,
  type DeckFilter,
  type QueueItem,
  type WordQueueItem,
} from '@/lib/practice/queue';
import { formatInterval, GRADES, intervalMs, type GradeName } from '@/lib/practice/grades';
import { formatMessage } from '@/lib/format-message';
import { readerPath } from '@/lib/routes';
import type { Locale } from '@/lib/locale';
import { holdsSavedWords, isSavedWordsKey } from '../words/saved-keys';
import type { SavedState } from '../words/saved-store';
import { fetchJson } from '../fetch-json';
import { retryingLoader } from '../retrying-loader';
import { FlashCard } from './FlashCard';
import { loadMyWords, loadStore, type MyWords, type Store } from './loaders';
import { ProgressTransfer } from './ProgressTransfer';
import type { PracticeLabels } from './labels';
import './practice.css';

interface Option {
  id: string;
  label: string;
}

interface Props {
  locale: Locale;
  cardsUrl: string;
  categories: Option[];
  sections: Option[];
  labels: PracticeLabels;
  /**
   * The whole deck's first card and its number of terms, known on the server: the page is rendered
   * finished, as it is for a first visit, and does not change its layout when the deck arrives.
   */
  opening: { term: PracticeTerm; terms: number };
}

type DirectionChoice = 'both' | Direction;

type Scheduler = typeof import('@/lib/practice/schedule');
/**
 * The scheduler (ts-fsrs) is most of the page's own code and is not needed until an answer is shown:
 * it is fetched when the page is idle, or at the first answer if that comes sooner.
 */
const loadScheduler = retryingLoader(() => import('@/lib/practice/schedule'));

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const timer = window.setTimeout(run, 500);
  return () => window.clearTimeout(timer);
}

function readProgress(): { progress: Progress; ok: boolean } {
  try {
    const text = window.localStorage.getItem(PROGRESS_KEY);
    return { progress: text ? readStoredProgress(text) : {}, ok: true };
  } catch {
    return { progress: {}, ok: false };
  }
}

function writeProgress(progress: Progress): boolean {
  try {
    window.localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
    return true;
  } catch {
    return false;
  }
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

/** The practice session: a deck chosen by category or section, one card at a time, graded with FSRS. */
export function PracticeSession({ locale, cardsUrl, categories, sections, labels, opening }: Props) {
  const [data, setData] = useState<PracticeData | null>(null);
  const [failed, setFailed] = useState(false);
  const [progress, setProgress] = useState<Progress>({});
  const [storageOk, setStorageOk] = useState(true);
  const [filter, setFilter] = useState<DeckFilter>({ kind: 'all' });
  const [direction, setDirection] = useState<DirectionChoice>('both');
  const [revealed, setRevealed] = useState(false);
  const [now, setNow] = useState(() => new Date(0));
  const [reviewed, setReviewed] = useState(0);
  const [scheduler, setScheduler] = useState<Scheduler | null>(null);
  const [schedulerFailed, setSchedulerFailed] = useState(false);
  const [store, setStore] = useState<Store | null>(null);
  const [saved, setSaved] = useState<SavedState | null>(null);
  const [myWords, setMyWords] = useState<MyWords | null>(null);
  const [wordsFailed, setWordsFailed] = useState(false);
  const cardRef = useRef<HTMLDivElement>(null);

  const needMyWords = useCallback(async (): Promise<boolean> => {
    try {
      const [loadedStore, parts] = await loadMyWords();
      setStore(() => loadedStore);
      setSaved(loadedStore.savedState());
      setMyWords(() => parts);
      setWordsFailed(false);
      return true;
    } catch {
      setWordsFailed(true);
      return false;
    }
  }, []);

  // The saved words follow the store: a word saved or removed in another tab shows here at once.
  useEffect(() => {
    if (!store) return;
    const update = () => setSaved(store.savedState());
    update();
    return store.subscribeSaved(update);
  }, [store]);

  const needScheduler = useCallback(async (): Promise<Scheduler | null> => {
    try {
      const loaded = await loadScheduler();
      setScheduler(() => loaded);
      setSchedulerFailed(false);
      return loaded;
    } catch {
      setSchedulerFailed(true);
      return null;
    }
  }, []);

  // The warm-up fails silently: the first answer shown asks again, and says so if it fails too.
  useEffect(
    () =>
      whenIdle(() => {
        void loadScheduler().then(
          (loaded) => setScheduler(() => loaded),
          () => undefined,
        );
      }),
    [],
  );

  // The saved words' store (and its validator) when idle, only where there are saved words to
  // count; otherwise once another tab saves one. Choosing the My words deck loads it in any case.
  useEffect(() => {
    const load = () =>
      void loadStore().then(
        (loaded) => setStore(() => loaded),
        () => undefined,
      );
    const onStorage = (event: StorageEvent) => {
      if (!isSavedWordsKey(event.key)) return;
      window.removeEventListener('storage', onStorage);
      load();
    };
    const cancel = whenIdle(() => {
      if (holdsSavedWords()) load();
      else window.addEventListener('storage', onStorage);
    });
    return () => {
      cancel();
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  // The stored progress and the URL's deck are applied with the deck itself, in one render: the
  // server's first card stays until then instead of passing through an in-between state.
  useEffect(() => {
    let live = true;
    fetchJson<PracticeData>(cardsUrl)
      .then(async (json) => {
        const chosen = parseDeckFilter(
          window.location.search,
          categories.map((c) => c.id),
          sections.map((s) => s.id),
        );
        // A link to My words shows that deck at once, not the glossary's first card on the way.
        if (chosen.kind === 'words') await needMyWords();
        if (!live) return;
        const stored = readProgress();
        setProgress(stored.progress);
        setStorageOk(stored.ok);
        setFilter(chosen);
        setNow(new Date());
        setData(json);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [cardsUrl, categories, sections, needMyWords]);

  const wordsDeck = filter.kind === 'words';
  const directions = useMemo(() => (direction === 'both' ? DIRECTIONS : [direction]), [direction]);
  // Until the deck arrives, the session is the whole deck's first card, which can already be answered.
  const terms = useMemo(() => (data ? deckTerms(data.terms, filter) : [opening.term]), [data, filter, opening]);
  const words = wordsDeck ? (saved?.words ?? null) : null;
  const queue = useMemo<(QueueItem | WordQueueItem)[]>(
    () => (wordsDeck ? wordQueue(words ?? [], progress, now) : dueQueue(terms, progress, now, directions)),
    [wordsDeck, words, terms, progress, now, directions],
  );
  // Every card of the deck shown, by key.
  const deckKeys = useMemo(
    () =>
      wordsDeck
        ? (words ?? []).map((w) => wordCardKey(w.key))
        : terms.flatMap((t) => directions.map((d) => cardKey(t.id, d))),
    [wordsDeck, words, terms, directions],
  );
  const current = queue[0];
  const fresh = data ? queue.filter((item) => !progress[item.key]).length : opening.terms * directions.length;
  const later = data ? deckKeys.length - queue.length : 0;
  const due = data ? queue.length - fresh : 0;
  const nextDue = useMemo(() => {
    let soonest: number | null = null;
    for (const key of deckKeys) {
      const card = progress[key];
      if (card && card.due.getTime() > now.getTime() && (soonest === null || card.due.getTime() < soonest))
        soonest = card.due.getTime();
    }
    return soonest;
  }, [deckKeys, progress, now]);

  // When nothing is due, look again as soon as the next card falls due (learning steps are minutes).
  useEffect(() => {
    if (current || nextDue === null) return;
    const wait = nextDue - Date.now();
    if (wait > 60 * 60_000) return;
    const timer = window.setTimeout(() => setNow(new Date()), Math.max(0, wait) + 50);
    return () => window.clearTimeout(timer);
  }, [current, nextDue]);

  const stored = current ? progress[current.key] : undefined;
  const choices = useMemo(
    () => (current && revealed && scheduler ? scheduler.preview(stored ?? scheduler.newCard(now), now) : null),
    [current, stored, revealed, scheduler, now],
  );

  const reveal = useCallback(() => {
    setNow(new Date());
    setRevealed(true);
    void needScheduler();
    requestAnimationFrame(() => cardRef.current?.focus());
  }, [needScheduler]);

  const rate = useCallback(
    async (name: GradeName) => {
      if (!current) return;
      const loaded = scheduler ?? (await needScheduler());
      if (!loaded) return;
      const at = new Date();
      // Before the deck arrives the stored progress is not read yet: a grade is added to it.
      const base = data ? progress : { ...readProgress().progress, ...progress };
      const card = base[current.key] ?? loaded.newCard(now);
      const next = { ...base, [current.key]: loaded.grade(card, name, at) };
      setProgress(next);
      setStorageOk(writeProgress(next));
      setRevealed(false);
      setReviewed((n) => n + 1);
      setNow(at);
      requestAnimationFrame(() => cardRef.current?.focus());
    },
    [current, data, now, scheduler, needScheduler, progress],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (!current) return;
      if ((event.key === ' ' || event.key === 'Enter') && !revealed) {
        // A focused button handles its own Space and Enter.
        if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return;
        event.preventDefault();
        reveal();
      } else if (revealed && /^[1-4]$/.test(event.key)) {
        event.preventDefault();
        void rate(GRADES[Number(event.key) - 1]);
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [current, revealed, reveal, rate]);

  function chooseFilter(value: string) {
    const [kind, id] = value.split(':') as ['all' | 'category' | 'section' | 'words', string | undefined];
    const next: DeckFilter = kind === 'words' ? { kind } : kind === 'all' || !id ? { kind: 'all' } : { kind, id };
    if (next.kind === 'words') void needMyWords();
    setFilter(next);
    setRevealed(false);
    setNow(new Date());
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${serializeDeckFilter(next)}`);
  }

  if (failed) return <p role="alert">{labels.loadError}</p>;

  const filterValue = filter.kind === 'all' || filter.kind === 'words' ? filter.kind : `${filter.kind}:${filter.id}`;
  const intervals = choices
    ? (Object.fromEntries(GRADES.map((g) => [g, formatInterval(intervalMs(choices[g], now), locale)])) as Record<
        GradeName,
        string
      >)
    : null;
  const cardProps = {
    revealed,
    onReveal: reveal,
    onGrade: (name: GradeName) => void rate(name),
    intervals,
    locale,
    labels,
  };
  // The My words deck is ready once its words are read; its parts may still be loading.
  const wordsReady = !wordsDeck || (saved !== null && myWords !== null);

  return (
    <div className="practice" data-practice-ready={data && wordsReady ? '' : undefined}>
      <div className="practice-controls">
        <div className="control">
          <label htmlFor="practice-deck">{labels.deck}</label>
          <select id="practice-deck" value={filterValue} onChange={(event) => chooseFilter(event.target.value)}>
            <option value="all">{labels.deckAll}</option>
            <option value="words">
              {saved && saved.words.length > 0
                ? formatMessage(locale, labels.deckWordsCount, { count: saved.words.length })
                : labels.deckWords}
            </option>
            <optgroup label={labels.deckCategories}>
              {categories.map((c) => (
                <option key={c.id} value={`category:${c.id}`}>
                  {c.label}
                </option>
              ))}
            </optgroup>
            <optgroup label={labels.deckSections}>
              {sections.map((s) => (
                <option key={s.id} value={`section:${s.id}`}>
                  {s.label}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div className="control" hidden={wordsDeck}>
          <label htmlFor="practice-direction">{labels.direction}</label>
          <select
            id="practice-direction"
            value={direction}
            onChange={(event) => {
              setDirection(event.target.value as DirectionChoice);
              setRevealed(false);
            }}
          >
            <option value="both">{labels.directionBoth}</option>
            <option value="zh-en">{labels.directionZhEn}</option>
            <option value="en-zh">{labels.directionEnZh}</option>
          </select>
        </div>
        <p className="practice-stats" aria-live="polite" data-practice-stats="">
          {formatMessage(locale, labels.stats, { due, fresh, later })}
        </p>
      </div>

      {!storageOk ? (
        <p className="practice-warning" role="alert">
          {labels.storageError}
        </p>
      ) : null}

      {schedulerFailed ? (
        <p className="practice-warning" role="alert">
          {labels.schedulerError}
        </p>
      ) : null}

      {wordsDeck && wordsFailed && !myWords ? (
        <p className="practice-warning" role="alert">
          {labels.wordsLoadError}
        </p>
      ) : wordsDeck && !wordsReady ? (
        <p className="practice-loading" role="status">
          {labels.wordsLoading}
        </p>
      ) : wordsDeck && words !== null && words.length === 0 ? (
        <section
          className="practice-done practice-empty"
          aria-labelledby="practice-empty-title"
          ref={cardRef}
          tabIndex={-1}
        >
          <h2 id="practice-empty-title">{labels.wordsEmptyTitle}</h2>
          <p>{labels.wordsEmpty}</p>
          <p>
            <a href={readerPath(locale)}>{labels.wordsEmptyLink}</a>
          </p>
        </section>
      ) : current && 'word' in current ? (
        myWords ? (
          <myWords.WordCard ref={cardRef} key={`${current.key}:${reviewed}`} item={current} {...cardProps} />
        ) : null
      ) : current ? (
        <FlashCard ref={cardRef} key={`${current.key}:${reviewed}`} item={current} {...cardProps} />
      ) : (
        <section className="practice-done" aria-labelledby="practice-done-title" ref={cardRef} tabIndex={-1}>
          <h2 id="practice-done-title">{labels.doneTitle}</h2>
          <p>
            {nextDue !== null
              ? formatMessage(locale, labels.doneNext, { interval: formatInterval(nextDue - now.getTime(), locale) })
              : labels.doneNone}
          </p>
          {nextDue !== null ? (
            <button type="button" onClick={() => setNow(new Date())}>
              {labels.checkAgain}
            </button>
          ) : null}
        </section>
      )}

      <p className="practice-keys">{labels.keys}</p>

      {wordsDeck && myWords && saved ? <myWords.MyWordsPanel state={saved} locale={locale} labels={labels} /> : null}

      <ProgressTransfer
        progress={progress}
        locale={locale}
        labels={labels}
        onImport={(imported) => {
          setProgress(imported);
          setStorageOk(writeProgress(imported));
          setRevealed(false);
          setNow(new Date());
        }}
      />
    </div>
  );
}
