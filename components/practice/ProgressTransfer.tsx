'use client';

import { useState } from 'react';
import { serializeProgress, type Progress } from '@/lib/practice/progress';
import { fillPlaceholders } from '@/lib/placeholders';
import { retryingLoader } from '../retrying-loader';
import type { PracticeLabels } from './labels';

/** The file importer and its validator (zod/mini), fetched on the first import, again after a failed fetch. */
const loadImporter = retryingLoader(() => import('@/lib/practice/progress-file'));

interface Props {
  progress: Progress;
  labels: PracticeLabels;
  onImport: (progress: Progress) => void;
}

/** Export of the progress to a JSON file, and import of such a file after full validation. */
export function ProgressTransfer({ progress, labels, onImport }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  function download() {
    const now = new Date();
    const blob = new Blob([serializeProgress(progress, now)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `parallel-reader-practice-${now.toISOString().slice(0, 10)}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  async function upload(file: File) {
    let importer: Awaited<ReturnType<typeof loadImporter>>;
    try {
      importer = await loadImporter();
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
            : fillPlaceholders(labels.importInvalid, { path: error.path, message: error.message });
      setMessage({ text, error: true });
      return;
    }
    const count = Object.keys(result.progress).length;
    const template = new Intl.PluralRules(document.documentElement.lang).select(count) === 'one' ? labels.importedOne : labels.importedOther;
    onImport(result.progress);
    setMessage({ text: template.replace('#', String(count)), error: false });
  }

  return (
    <section className="practice-transfer" aria-labelledby="practice-transfer-title">
      <h2 id="practice-transfer-title">{labels.progress}</h2>
      <div className="practice-transfer-actions">
        <button type="button" onClick={download}>
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
      <p className={message?.error ? 'practice-message practice-error' : 'practice-message'} role={message?.error ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
