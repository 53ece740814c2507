import type { Messages } from 'next-intl';
import { pickMessages } from '@/i18n/pick-messages';

const READER_TOOLS_KEYS = [
  'region',
  'contents',
  'options',
  'layout',
  'layouts',
  'revealAll',
  'hideAll',
  'study',
  'pinyin',
  'pinyinFailed',
  'words',
  'wordsFailed',
  'listen',
  'speaker',
  'everyone',
  'filtered',
  'showEveryone',
  'theme',
  'themes',
  'size',
  'sizes',
  'shortcutsTitle',
  'shortcutList',
  'close',
] as const;

/** The reading controls' labels: the Reading messages picked by key (all but the print footer's). */
export type ReaderToolsLabels = Pick<Messages['Reading'], (typeof READER_TOOLS_KEYS)[number]>;

export function readerToolsLabels(messages: Messages): ReaderToolsLabels {
  return pickMessages(messages.Reading, READER_TOOLS_KEYS);
}
