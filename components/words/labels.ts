import type { Messages } from 'next-intl';
import { pickMessages } from '@/i18n/pick-messages';

const WORD_CARD_LABEL_KEYS = [
  'glossary',
  'dictionary',
  'characters',
  'noEntry',
  'sentence',
  'english',
  'englishHidden',
  'save',
  'saved',
  'savedStatus',
  'failed',
  'credit',
] as const;

/** The word card's labels, served with the word file: the Words messages picked by key. */
export type WordCardLabels = Pick<Messages['Words'], (typeof WORD_CARD_LABEL_KEYS)[number]>;

/** The word card's labels in one UI language (served with the word file, not inlined in every page). */
export function wordCardLabels(messages: Messages): WordCardLabels {
  return pickMessages(messages.Words, WORD_CARD_LABEL_KEYS);
}

/** The unit page's word-mode switch: its name and failure notice (as the reading bar's), and its hint. */
export type WordSwitchLabels = Pick<Messages['Reading'], 'words' | 'wordsFailed'> &
  Pick<Messages['Words'], 'switchHint'>;

export function wordSwitchLabels(messages: Messages): WordSwitchLabels {
  return {
    ...pickMessages(messages.Reading, ['words', 'wordsFailed']),
    ...pickMessages(messages.Words, ['switchHint']),
  };
}
