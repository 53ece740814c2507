import type { Messages } from 'next-intl';
import { pickMessages } from '@/i18n/pick-messages';

const CITE_LABEL_KEYS = [
  'dialogTitle',
  'quote',
  'languages',
  'style',
  'styles',
  'preview',
  'copy',
  'copied',
  'copyFailed',
  'download',
  'close',
  'provenance',
  'passage',
  'passageWhole',
  'passageSentence',
] as const;

/** What the cite dialog and its form say (the client reads them with the cite data, in target.ts). */
export type CiteLabels = Pick<Messages['Cite'], (typeof CITE_LABEL_KEYS)[number]>;

/** The cite dialog's labels in one UI language (served with its data, not inlined in every page). */
export function citeLabels(messages: Messages): CiteLabels {
  return pickMessages(messages.Cite, CITE_LABEL_KEYS);
}
