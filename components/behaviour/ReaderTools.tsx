'use client';

import '../reader/tools.css';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { MENU_ATTR, READING_BAR_CLASS, rowSelector, TOC_ID } from '@/lib/reader/contract';
import { DATA_URL, unitFragment } from '@/lib/routes';
import { formatMessage } from '@/lib/format-message';
import type { Locale } from '@/lib/locale';
import { NEEDS_JS_CLASS } from '@/lib/display/needs-js';
import { DEFAULT_STATE, FILTER_SPEAKERS, LAYOUTS, TEXT_SIZES, THEMES, type FilterSpeaker } from '@/lib/display/state';
import { loadBehaviour, registerBehaviour, startBehaviour } from './gate';
import { fetchJson } from '../fetch-json';
import { ListenControl } from '../listen/ListenControl';
import { retryingLoader } from '../retrying-loader';
import { warmWhenIdle } from '../warm-up';
import { prefetchWords, useWordMode } from '../words/word-mode';
import { getDisplayState, setDisplayState, subscribeDisplay } from '../reader/display-store';
import { initRowStops, rowEntries } from '../reader/row-keys';
import type { ReaderToolsLabels } from './reader-tools-labels';

interface Props {
  labels: ReaderToolsLabels;
  speakers: Record<FilterSpeaker, string>;
  locale: Locale;
  /** Retired unit IDs (old links, #retired-id) and the unit that now holds each one's text. */
  retired?: Record<string, string>;
}

// The pinyin layer is its own chunk, loaded when pinyin is switched on and prefetched (code and
// readings) when the page is idle or the pointer or focus reaches its switch. A failed load is
// tried again when pinyin is next switched on.
const pinyinLayer = retryingLoader(() => import('../reader/pinyin-layer'));
const prefetchPinyin = () => {
  pinyinLayer().catch(() => undefined);
  fetchJson(DATA_URL.pinyin).catch(() => undefined);
};
const showPinyinLayer = () => pinyinLayer().then((layer) => layer.showPinyin(document));
const prefetchWordMode = (locale: Locale) => void prefetchWords(locale).catch(() => undefined);
// The help's content is in the behaviour module.
const HelpContent = lazy(() => loadBehaviour().then((behaviour) => ({ default: behaviour.HelpContent })));

/** Longest run of row checks in one idle slice. */
const STOPS_SLICE_MS = 12;

/** `fixStops` for every row, a few at a time while the page is idle; returns the function that stops it. */
function fixStopsWhenIdle(): () => void {
  const rows = Array.from(document.querySelectorAll(rowSelector));
  let next = 0;
  let cancel = () => {};
  const slice = () => {
    const until = performance.now() + STOPS_SLICE_MS;
    while (next < rows.length && performance.now() < until) fixStops([rows[next++]]);
    if (next < rows.length) schedule();
  };
  const schedule = () => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(slice, { timeout: 1000 });
      cancel = () => window.cancelIdleCallback(id);
    } else {
      const id = window.setTimeout(slice, 0);
      cancel = () => window.clearTimeout(id);
    }
  };
  schedule();
  return () => cancel();
}

/** Rows (all, by default) whose Tab stop is hidden in the current layout get their first displayed element as the stop. */
function fixStops(rows: Iterable<Element> = document.querySelectorAll(rowSelector)) {
  rowEntries(rows);
}

/**
 * The reader's one control island: layout, study mode, pinyin, speaker filter, theme and text size
 * (all kept as root attributes by the display store), the phone menus and the shortcuts' help
 * overlay. It sets the rows' Tab stops and registers the reader's part of the behaviour module (the
 * keyboard, contents tracking, notes, study mode and sentence marks), which the one gate starts on
 * first use; pinyin loads when switched on.
 */
export function ReaderTools({ labels, speakers, locale, retired }: Props) {
  // The server renders the defaults; on the client the boot script's store is the source.
  const state = useSyncExternalStore(subscribeDisplay, getDisplayState, () => DEFAULT_STATE);
  const [open, setOpen] = useState<'toc' | 'options' | null>(null);
  const [status, setStatus] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const helpRef = useRef<HTMLDialogElement>(null);
  const helpTrigger = useRef<HTMLElement | null>(null);

  useEffect(() => {
    initRowStops(document);
    const openHelp = () => {
      helpTrigger.current = document.activeElement as HTMLElement | null;
      setHelpOpen(true);
    };
    const unregister = registerBehaviour({
      kind: 'reader',
      options: { locale, study: labels.study, openHelp, onRowsChanged: fixStops },
    });
    warmWhenIdle(prefetchPinyin);
    return unregister;
  }, [labels, locale]);

  // The layout decides which of a row's elements are displayed. Study mode needs the behaviour
  // (its reveal buttons) at once, without waiting for a first use.
  // At load the stops are checked in idle slices (checking a row works out the styles its
  // off-screen rows skip: about 1 s of style work on a phone in one task); a change is applied at once.
  const loaded = useRef(false);
  useEffect(() => {
    if (state.layout === 'study') startBehaviour();
    if (loaded.current) return fixStops();
    loaded.current = true;
    return fixStopsWhenIdle();
  }, [state.layout, state.speaker]);

  // Switching on annotates the rows near the viewport at once and the rest in idle slices;
  // switching off stops the slices (the readings already set are hidden by the stylesheet).
  useEffect(() => {
    if (!state.pinyin) return;
    let off = false;
    let stop: (() => void) | undefined;
    showPinyinLayer()
      .then((stopSlices) => {
        if (off) stopSlices();
        else stop = stopSlices;
      })
      .catch(() => setStatus(labels.pinyinFailed));
    return () => {
      off = true;
      stop?.();
    };
  }, [state.pinyin, labels]);

  // Word mode loads on first use while it is on, at once when switched on (components/words).
  const wordPart = useMemo(() => ({ locale, onRowsChanged: fixStops }), [locale]);
  const wordsFailed = useCallback(() => setStatus(labels.wordsFailed), [labels]);
  useWordMode(wordPart, wordsFailed);

  // An old link (#retired-id) goes to the unit that now holds its text; hashes never reach the server.
  useEffect(() => {
    if (!retired) return;
    function follow() {
      const to = retired![decodeURIComponent(window.location.hash.slice(1))];
      if (to) window.location.replace(unitFragment(to));
    }
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [retired]);

  // Phone menus close on Escape and after following a contents link.
  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') setOpen(null);
    }
    function onClick(event: MouseEvent) {
      if ((event.target as Element).closest(`#${TOC_ID} a`)) setOpen(null);
    }
    document.documentElement.setAttribute(MENU_ATTR, open);
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.documentElement.removeAttribute(MENU_ATTR);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, [open]);

  // The help's content exists only while it is open; the dialog opens once it is there.
  useEffect(() => {
    if (helpOpen && !helpRef.current?.open) helpRef.current?.showModal();
  }, [helpOpen]);

  const toggle = (menu: 'toc' | 'options') => setOpen((current) => (current === menu ? null : menu));

  return (
    <div className={`${READING_BAR_CLASS} ${NEEDS_JS_CLASS}`} role="region" aria-label={labels.region}>
      <div className="bar-menus">
        <button type="button" aria-expanded={open === 'toc'} aria-controls={TOC_ID} onClick={() => toggle('toc')}>
          {labels.contents}
        </button>
        <button
          type="button"
          aria-expanded={open === 'options'}
          aria-controls="reading-options"
          onClick={() => toggle('options')}
        >
          {labels.options}
        </button>
      </div>
      {state.layout === 'study' ? (
        <span className="tool study-tools">
          <button
            type="button"
            onClick={() =>
              void loadBehaviour().then((behaviour) => behaviour.setAllRevealed(document, true, labels.study))
            }
          >
            {labels.revealAll}
          </button>
          <button
            type="button"
            onClick={() =>
              void loadBehaviour().then((behaviour) => behaviour.setAllRevealed(document, false, labels.study))
            }
          >
            {labels.hideAll}
          </button>
        </span>
      ) : null}
      <ListenControl labels={labels.listen} onRowsChanged={fixStops} />
      <div className="reading-options" id="reading-options">
        <ChoiceSelect
          label={<span>{labels.layout}</span>}
          values={LAYOUTS}
          names={labels.layouts}
          value={state.layout}
          onChange={(layout) => setDisplayState({ layout })}
        />
        <label className="tool tool-check" onPointerEnter={prefetchPinyin} onFocus={prefetchPinyin}>
          <input
            type="checkbox"
            checked={state.pinyin}
            onChange={(e) => setDisplayState({ pinyin: e.target.checked })}
          />
          <span>{labels.pinyin}</span>
        </label>
        <label
          className="tool tool-check"
          onPointerEnter={() => prefetchWordMode(locale)}
          onFocus={() => prefetchWordMode(locale)}
        >
          <input type="checkbox" checked={state.words} onChange={(e) => setDisplayState({ words: e.target.checked })} />
          <span>{labels.words}</span>
        </label>
        <label className="tool">
          <span>{labels.speaker}</span>
          <select
            value={state.speaker ?? ''}
            onChange={(e) => setDisplayState({ speaker: (e.target.value || null) as FilterSpeaker | null })}
          >
            <option value="">{labels.everyone}</option>
            {FILTER_SPEAKERS.map((speaker) => (
              <option key={speaker} value={speaker} lang="en">
                {speakers[speaker]}
              </option>
            ))}
          </select>
        </label>
        <ChoiceSelect
          label={<IconLabel icon="◐" name={labels.theme} />}
          values={THEMES}
          names={labels.themes}
          value={state.theme}
          onChange={(theme) => setDisplayState({ theme })}
        />
        <ChoiceSelect
          label={<IconLabel icon="Aa" name={labels.size} />}
          values={TEXT_SIZES}
          names={labels.sizes}
          value={state.size}
          onChange={(size) => setDisplayState({ size })}
        />
        <button
          type="button"
          className="tool help-button"
          aria-keyshortcuts="?"
          aria-label={labels.shortcutsTitle}
          title={labels.shortcutsTitle}
          onClick={(event) => {
            helpTrigger.current = event.currentTarget;
            setHelpOpen(true);
          }}
        >
          <span aria-hidden="true">⌨</span>
        </button>
      </div>
      {state.speaker ? (
        <p className="filter-notice">
          <span>{formatMessage(locale, labels.filtered, { speaker: speakers[state.speaker] })}</span>{' '}
          <button type="button" onClick={() => setDisplayState({ speaker: null })}>
            {labels.showEveryone}
          </button>
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <dialog
        ref={helpRef}
        className="help-dialog"
        aria-labelledby="help-title"
        onClose={() => {
          setHelpOpen(false);
          helpTrigger.current?.focus();
        }}
      >
        {helpOpen ? (
          <Suspense fallback={null}>
            <HelpContent title={labels.shortcutsTitle} list={labels.shortcutList} close={labels.close} />
          </Suspense>
        ) : null}
      </dialog>
    </div>
  );
}

interface ChoiceSelectProps<T extends string> {
  label: ReactNode;
  values: readonly T[];
  names: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}

/** One labelled choice of the reading bar: layout, theme or text size. */
function ChoiceSelect<T extends string>({ label, values, names, value, onChange }: ChoiceSelectProps<T>) {
  return (
    <label className="tool">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value as T)}>
        {values.map((choice) => (
          <option key={choice} value={choice}>
            {names[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A compact label: an icon on screen, the name for assistive technology. */
function IconLabel({ icon, name }: { icon: string; name: string }) {
  return (
    <>
      <span aria-hidden="true" className="tool-icon">
        {icon}
      </span>
      <span className="visually-hidden">{name}</span>
    </>
  );
}
