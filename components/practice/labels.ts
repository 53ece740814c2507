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
  /** Form statuses: standard, variant, nonstandard, misprint, english. */
  statuses: Record<string, string>;
}

export const PRACTICE_LABEL_KEYS = [
  'loadError', 'deck', 'deckAll', 'deckCategories', 'deckSections', 'direction', 'directionBoth',
  'directionZhEn', 'directionEnZh', 'stats', 'cardOf', 'promptZhEn', 'promptEnZh', 'reveal', 'revealKey',
  'gradePrompt', 'again', 'hard', 'good', 'easy', 'nextIn', 'inArticle', 'example', 'exampleLink', 'termPage',
  'doneTitle', 'doneNext', 'doneNone', 'checkAgain', 'progress', 'export', 'import', 'importHint', 'importedOne',
  'importedOther', 'importNotJson', 'importNotProgress', 'importInvalid',
  'importUnavailable', 'storageError', 'schedulerError', 'keys', 'status',
] as const satisfies readonly Exclude<keyof PracticeLabels, 'statuses'>[];
