/** The practice page's UI strings, translated on the server and passed to the island as plain strings. */
export interface PracticeLabels {
  loadError: string;
  deck: string;
  deckAll: string;
  deckCategories: string;
  deckSections: string;
  direction: string;
  directionBoth: string;
  directionZhEn: string;
  directionEnZh: string;
  /** "{due} due · {fresh} new · {later} later" */
  stats: string;
  cardOf: string;
  promptZhEn: string;
  promptEnZh: string;
  reveal: string;
  revealKey: string;
  gradePrompt: string;
  again: string;
  hard: string;
  good: string;
  easy: string;
  /** "next in {interval}" */
  nextIn: string;
  inArticle: string;
  example: string;
  exampleLink: string;
  termPage: string;
  doneTitle: string;
  doneNext: string;
  doneNone: string;
  checkAgain: string;
  progress: string;
  export: string;
  import: string;
  importHint: string;
  /** "# card" with # for the number */
  importedOne: string;
  importedOther: string;
  importNotJson: string;
  importNotProgress: string;
  importInvalid: string;
  /** The importer itself could not be fetched. */
  importUnavailable: string;
  storageError: string;
  /** The scheduler could not be fetched: no intervals, and a grade is not saved. */
  schedulerError: string;
  keys: string;
  status: string;
  // My words: the saved-word deck, its list and its downloads.
  deckWords: string;
  deckWordsCount: string;
  promptWord: string;
  wordSentence: string;
  wordSentenceLink: string;
  wordsLoading: string;
  wordsLoadError: string;
  wordsEmptyTitle: string;
  wordsEmpty: string;
  wordsEmptyLink: string;
  wordsListTitle: string;
  wordsCountOne: string;
  wordsCountOther: string;
  wordRemove: string;
  wordRemoveLabel: string;
  wordRemoved: string;
  wordsAnki: string;
  wordsCsv: string;
  wordsAnkiDeck: string;
  wordsSource: string;
  wordsExportHint: string;
  wordsExportError: string;
  wordsCorrupt: string;
  wordsAside: string;
  wordsAsideDownload: string;
  wordsFull: string;
  wordsBlocked: string;
  wordsUnavailable: string;
  importedWordsOne: string;
  importedWordsOther: string;
  importWordsFailed: string;
  exportWordsError: string;
  /** Form statuses: standard, variant, nonstandard, misprint, english. */
  statuses: Record<string, string>;
}

export const PRACTICE_LABEL_KEYS = [
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
  'importedOne',
  'importedOther',
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
  'wordsCountOne',
  'wordsCountOther',
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
  'importedWordsOne',
  'importedWordsOther',
  'importWordsFailed',
  'exportWordsError',
] as const satisfies readonly Exclude<keyof PracticeLabels, 'statuses'>[];

/** What the page says when a change to the saved words could not be kept. */
export function saveFailureText(reason: 'full' | 'corrupt' | 'unavailable', labels: PracticeLabels): string {
  return reason === 'full' ? labels.wordsFull : reason === 'corrupt' ? labels.wordsBlocked : labels.wordsUnavailable;
}

/** "# thing" or "# things" by the plural rule of the page's language, # for the number. */
export function countText(count: number, one: string, other: string, locale: string): string {
  return (new Intl.PluralRules(locale).select(count) === 'one' ? one : other).replace('#', String(count));
}
