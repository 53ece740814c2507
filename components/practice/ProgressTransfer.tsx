'use client';

import { useState } from 'react';
import { serializeProgress, type Progress } from '@/lib/practice/progress';
import { formatMessage } from '@/lib/format-message';
import type { Locale } from '@/lib/locale';
import { retryingLoader } from '../retrying-loader';
import { downloadText } from './download';
import { saveFailureText, type PracticeLabels } from './labels';
import { loadStore } from './loaders';

/** The file importer and its validator (zod/mini), fetched on the first import, again after a failed fetch. */
const loadImporter = retryingLoader(() => import('@/lib/practice/progress-file'));

interface Props {
  progress: Progress;
  locale: Locale;
  labels: PracticeLabels;
  onImport: (progress: Progress) => void;
}

/**
 * Export of the progress, with the saved words, to a JSON file, and import of such a file after full
 * validation: its progress replaces this browser's, its saved words are added to the ones here.
 */
export function ProgressTransfer({ progress, locale, labels, onImport }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function download() {
    let store: Awaited<ReturnType<typeof loadStore>>;
    try {
      store = await loadStore();
    } catch {
      setMessage({ text: labels.exportWordsError, error: true });
      return;
    }
    const now = new Date();
    const text = serializeProgress(progress, now, store.listWords());
    downloadText(text, `parallel-reader-practice-${now.toISOString().slice(0, 10)}.json`, 'application/json');
  }

  async function upload(file: File) {
    let importer: Awaited<ReturnType<typeof loadImporter>>;
    let store: Awaited<ReturnType<typeof loadStore>>;
    try {
      [importer, store] = await Promise.all([loadImporter(), loadStore()]);
    } catch {
      setMessage({ text: labels.importUnavailable, error: true });
      return;
    }
    const result = importer.parseProgress(await file.text());
    if (!result.ok) {
      const { error } = result;
      const text =
        error.kind === 'not-json'
          ? labels.importNotJson
          : error.kind === 'not-progress'
            ? labels.importNotProgress
            : formatMessage(locale, labels.importInvalid, { path: error.path, message: error.message });
      setMessage({ text, error: true });
      return;
    }
    const cards = formatMessage(locale, labels.imported, { count: Object.keys(result.progress).length });
    onImport(result.progress);
    if (result.words.length === 0) {
      setMessage({ text: cards, error: false });
      return;
    }
    // Chinese sentences follow one another without a space.
    const space = locale === 'zh' ? '' : ' ';
    const before = store.listWords().length;
    const added = store.importWords(result.words);
    if (!added.ok) {
      setMessage({
        text: [cards, labels.importWordsFailed, saveFailureText(added.reason, labels)].join(space),
        error: true,
      });
      return;
    }
    const words = formatMessage(locale, labels.importedWords, { count: store.listWords().length - before });
    setMessage({ text: [cards, words].join(space), error: false });
  }

  return (
    <section className="practice-transfer" aria-labelledby="practice-transfer-title">
      <h2 id="practice-transfer-title">{labels.progress}</h2>
      <div className="practice-transfer-actions">
        <button type="button" onClick={() => void download()}>
          {labels.export}
        </button>
        <label className="practice-import">
          <span>{labels.import}</span>
          <input
            type="file"
            accept="application/json,.json"
            aria-describedby="practice-import-hint"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
        </label>
      </div>
      <p id="practice-import-hint" className="practice-hint">
        {labels.importHint}
      </p>
      <p
        className={message?.error ? 'practice-message practice-error' : 'practice-message'}
        role={message?.error ? 'alert' : 'status'}
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}
