'use client';

import { useRef, useState } from 'react';
import { formatMessage } from '@/lib/format-message';
import { asideText, removeWord, type SavedState } from '@/components/words/saved-store';
import { sentencePath } from '@/lib/routes';
import type { Locale } from '@/lib/locale';
import { retryingLoader } from '../retrying-loader';
import { downloadText } from './download';
import { saveFailureText, type PracticeLabels } from './labels';

/** The Anki and CSV writers (and csv-stringify), fetched at the first download. */
const loadExport = retryingLoader(() => import('@/lib/words/saved-export'));

interface Props {
  state: SavedState;
  locale: Locale;
  labels: PracticeLabels;
}

/** The saved words: the list, each with its Remove button, and their downloads (Anki deck, CSV). */
export function MyWordsPanel({ state, locale, labels }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { words } = state;

  function remove(index: number) {
    const entry = words[index];
    const result = removeWord(entry.key);
    if (!result.ok) {
      setMessage({ text: saveFailureText(result.reason, labels), error: true });
      return;
    }
    setMessage({ text: formatMessage(locale, labels.wordRemoved, { word: entry.word }), error: false });
    // Focus stays in the list: on the next word's button, else the previous one's, else the heading.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-remove]');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? headingRef.current)?.focus();
    });
  }

  async function download(kind: 'anki' | 'csv') {
    let writers: Awaited<ReturnType<typeof loadExport>>;
    try {
      writers = await loadExport();
    } catch {
      setMessage({ text: labels.wordsExportError, error: true });
      return;
    }
    const site = window.location.origin;
    if (kind === 'anki') {
      const text = writers.savedWordsAnki(words, site, locale, {
        deck: labels.wordsAnkiDeck,
        source: labels.wordsSource,
      });
      downloadText(text, `parallel-reader-my-words-${locale}.txt`, 'text/plain;charset=utf-8');
    } else {
      downloadText(
        writers.savedWordsCsv(words, site, locale),
        `parallel-reader-my-words-${locale}.csv`,
        'text/csv;charset=utf-8',
      );
    }
  }

  return (
    <section className="my-words" aria-labelledby="my-words-title">
      <h2 id="my-words-title" ref={headingRef} tabIndex={-1}>
        {labels.wordsListTitle}
      </h2>
      {state.status === 'corrupt' ? (
        <p className="practice-warning" role="alert">
          {labels.wordsCorrupt}
        </p>
      ) : null}
      {state.status === 'unavailable' ? (
        <p className="practice-warning" role="alert">
          {labels.wordsUnavailable}
        </p>
      ) : null}
      {state.aside.length > 0 ? (
        <div className="practice-warning" role="alert">
          <p>{labels.wordsAside}</p>
          {state.aside.map((key) => (
            <button
              key={key}
              type="button"
              onClick={() => {
                const text = asideText(key);
                if (text !== null)
                  downloadText(
                    text,
                    `parallel-reader-words-damaged-${key.slice(-24).replace(/[:.]/g, '-')}.json`,
                    'application/json',
                  );
              }}
            >
              {labels.wordsAsideDownload}
            </button>
          ))}
        </div>
      ) : null}

      {words.length > 0 ? (
        <>
          <p className="practice-hint">{formatMessage(locale, labels.wordsCount, { count: words.length })}</p>
          <ul className="my-words-list" ref={listRef}>
            {words.map((entry, i) => (
              <li key={entry.key} data-word={entry.key}>
                <span className="my-word" lang="zh-Hans">
                  {entry.word}
                </span>{' '}
                {entry.pinyin ? (
                  <span className="my-word-pinyin" lang="zh-Latn-pinyin">
                    {entry.pinyin}
                  </span>
                ) : null}{' '}
                <span className="my-word-sense">{entry.senses[0] ?? ''}</span>{' '}
                <a href={sentencePath(locale, entry.unitId, entry.groupN)} className="my-word-source">
                  {formatMessage(locale, labels.wordsSource, { id: entry.unitId, n: entry.groupN })}
                </a>
                <button
                  type="button"
                  data-remove=""
                  aria-label={formatMessage(locale, labels.wordRemoveLabel, { word: entry.word })}
                  onClick={() => remove(i)}
                >
                  {labels.wordRemove}
                </button>
              </li>
            ))}
          </ul>
          <div className="practice-transfer-actions">
            <button type="button" onClick={() => void download('anki')}>
              {labels.wordsAnki}
            </button>
            <button type="button" onClick={() => void download('csv')}>
              {labels.wordsCsv}
            </button>
          </div>
          <p className="practice-hint">{labels.wordsExportHint}</p>
        </>
      ) : null}
      <p
        className={message?.error ? 'practice-message practice-error' : 'practice-message'}
        role={message?.error ? 'alert' : 'status'}
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}
