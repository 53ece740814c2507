import type { Messages } from 'next-intl';
import { pickMessages } from '@/i18n/pick-messages';

/**
 * The practice page's labels: raw messages picked by key (so a key missing from the catalogue fails
 * typecheck), filled in the browser by lib/format-message.ts.
 */
const PRACTICE_LABEL_KEYS = [
  'loadError',
  'deck',
  'deckAll',
  'deckCategories',
  'deckSections',
  'direction',
  'directionBoth',
  'directionZhEn',
  'directionEnZh',
  'stats',
  'cardOf',
  'promptZhEn',
  'promptEnZh',
  'reveal',
  'revealKey',
  'gradePrompt',
  'again',
  'hard',
  'good',
  'easy',
  'nextIn',
  'inArticle',
  'example',
  'exampleLink',
  'termPage',
  'doneTitle',
  'doneNext',
  'doneNone',
  'checkAgain',
  'progress',
  'export',
  'import',
  'importHint',
  'imported',
  'importNotJson',
  'importNotProgress',
  'importInvalid',
  'importUnavailable',
  'storageError',
  'schedulerError',
  'keys',
  'status',
  'deckWords',
  'deckWordsCount',
  'promptWord',
  'wordSentence',
  'wordSentenceLink',
  'wordsLoading',
  'wordsLoadError',
  'wordsEmptyTitle',
  'wordsEmpty',
  'wordsEmptyLink',
  'wordsListTitle',
  'wordsCount',
  'wordRemove',
  'wordRemoveLabel',
  'wordRemoved',
  'wordsAnki',
  'wordsCsv',
  'wordsAnkiDeck',
  'wordsSource',
  'wordsExportHint',
  'wordsExportError',
  'wordsCorrupt',
  'wordsAside',
  'wordsAsideDownload',
  'wordsFull',
  'wordsBlocked',
  'wordsUnavailable',
  'importedWords',
  'importWordsFailed',
  'exportWordsError',
] as const;

export type PracticeLabels = Pick<Messages['Practice'], (typeof PRACTICE_LABEL_KEYS)[number]> & {
  /** Form statuses: standard, variant, nonstandard, misprint, english. */
  statuses: Messages['Term']['status'];
};

export function practiceLabels(messages: Messages): PracticeLabels {
  return { ...pickMessages(messages.Practice, PRACTICE_LABEL_KEYS), statuses: messages.Term.status };
}

/** What the page says when a change to the saved words could not be kept. */
export function saveFailureText(reason: 'full' | 'corrupt' | 'unavailable', labels: PracticeLabels): string {
  return reason === 'full' ? labels.wordsFull : reason === 'corrupt' ? labels.wordsBlocked : labels.wordsUnavailable;
}
