'use client';

import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { NEEDS_JS_CLASS } from '@/lib/display/needs-js';
import { DEFAULT_STATE } from '@/lib/display/state';
import type { Locale } from '@/lib/locale';
import { getDisplayState, setDisplayState, subscribeDisplay } from '../reader/display-store';
import type { WordSwitchLabels } from './labels';
import { prefetchWords, useWordMode } from './word-mode';

/**
 * Word mode on a unit page: the same switch as the reading bar's (the same remembered choice, carried
 * in the URL) and the same cards. Shown only with JavaScript.
 */
export function WordModeSwitch({ locale, labels }: { locale: Locale; labels: WordSwitchLabels }) {
  const on = useSyncExternalStore(subscribeDisplay, getDisplayState, () => DEFAULT_STATE).words;
  const [status, setStatus] = useState('');
  const part = useMemo(() => ({ locale }), [locale]);
  const onFailed = useCallback(() => setStatus(labels.wordsFailed), [labels]);
  useWordMode(part, onFailed);
  const prefetch = () => void prefetchWords(locale).catch(() => undefined);
  return (
    <p className={`word-switch ${NEEDS_JS_CLASS}`}>
      <label onPointerEnter={prefetch} onFocus={prefetch}>
        <input type="checkbox" checked={on} onChange={(event) => setDisplayState({ words: event.target.checked })} />{' '}
        <span>{labels.words}</span>
      </label>{' '}
      <small>{labels.switchHint}</small>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </p>
  );
}
