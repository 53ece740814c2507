// The behaviour module: one chunk, imported by the page's gate (./gate.ts) when the page is idle and
// started on the first use. Pinyin and the cite form, bigger and used by fewer readers, are
// separate chunks, loaded when used and prefetched when idle or approached.
import { NOTE_CLASS, PARALLEL_SELECTOR, TERM_SELECTOR } from '@/lib/reader/contract';
import { DATA_URL } from '@/lib/routes';
import { fetchJson } from '../fetch-json';
import { readerBehaviour } from '../reader/reader-behaviour';
import { prepareSentences } from '../reader/sentences';
import { tooltipController } from '../terms/tooltip';
import type { Part } from './part';
import type { Running } from '../gate/listeners';

export { setAllRevealed } from '../reader/study';
export { default as HelpContent } from '../reader/HelpContent';

/** Starts one island's part: its controllers, with the listeners the gate attaches. */
export function start(doc: Document, part: Part): Running {
  return part.kind === 'tooltip' ? tooltipController(doc, part.options) : readerBehaviour(doc, part.options);
}

/**
 * Readies what a part will need on this page, so its first use waits for nothing: fetches its data
 * files and, on the reader, wraps the sentence groups, so that a first tap changes no text.
 */
export function warm(doc: Document, part: Part) {
  const urls =
    part.kind === 'tooltip'
      ? doc.querySelector(TERM_SELECTOR)
        ? [DATA_URL.terms(part.options.locale)]
        : []
      : doc.querySelector(`details.${NOTE_CLASS}`)
        ? [DATA_URL.notes(part.options.locale)]
        : [];
  for (const url of urls) fetchJson(url).catch(() => undefined);
  if (part.kind === 'reader' && doc.querySelector(PARALLEL_SELECTOR)) prepareSentences(doc);
}
