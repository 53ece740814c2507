// Selectors for the reader's markup, built from the page contract the app itself uses, so a renamed
// class breaks the app and its tests together.
import type { Lang } from '../lib/corpus/model';
import {
  CELL_CLASS,
  CITE_LINK_CLASS,
  MISSPELLED_CLASS,
  PARALLEL_SELECTOR,
  REVEAL_BUTTON_CLASS,
  ROW_CLASS,
  ROW_META_CLASS,
  SENTENCE_ATTR,
  SENTENCE_CLASS,
  SENTENCE_ON_CLASS,
  SPEAKER_CLASS,
  TEXT_CLASS,
} from '../lib/reader/contract';
import { termPath, unitFragment } from '../lib/routes';

export const ROWS = `${PARALLEL_SELECTOR} .${ROW_CLASS}`;
/** The text (paragraph or heading) of every row, both languages. */
export const ROW_TEXTS = `${ROWS} .${TEXT_CLASS}`;
/** For `toHaveClass`: the element's classes include `name`. */
export const hasClass = (name: string) => new RegExp(`(^|\\s)${name}(\\s|$)`);
/** Within a row element (for `querySelector` on the row). */
export const cellIn = (lang: Lang) => `:scope > .${CELL_CLASS[lang]}`;
export const textIn = (lang: Lang) => `${cellIn(lang)} > .${TEXT_CLASS}`;
export const cell = (unit: string, lang: Lang) => `#${unit} > .${CELL_CLASS[lang]}`;
export const text = (unit: string, lang: Lang) => `${cell(unit, lang)} > .${TEXT_CLASS}`;
export const speaker = (unit: string, lang: Lang) => `${cell(unit, lang)} > .${SPEAKER_CLASS}`;
export const meta = (unit: string) => `#${unit} > .${ROW_META_CLASS}`;
/** A unit's permalink, the first of its controls (and its Tab stop at load). */
export const permalink = (unit: string) => `${meta(unit)} > a[href="${unitFragment(unit)}"]`;
export const citeLink = (unit: string) => `#${unit} .${CITE_LINK_CLASS}`;
export const reveal = (unit: string) => `#${unit} .${REVEAL_BUTTON_CLASS}`;
/** The occurrences of a term in one language of a unit (links to the term's page in the UI locale). */
export const term = (unit: string, lang: Lang, termId: string, locale: Lang) =>
  `${text(unit, lang)} a[href="${termPath(locale, termId)}"]`;
export const anyTerm = (unit: string) => `#${unit} .${TEXT_CLASS} a[href*="/glossary/"]`;
/** The occurrences of a term in either language of a unit. */
export const termInUnit = (unit: string, termId: string, locale: Lang) =>
  `#${unit} .${TEXT_CLASS} a[href="${termPath(locale, termId)}"]`;
export const misspelled = (unit: string) => `#${unit} .${TEXT_CLASS} a.${MISSPELLED_CLASS}`;
/** Side `lang` of sentence group `n` of a unit (once the sentence marks are in use on the reader). */
export const sentence = (unit: string, lang: Lang, n: number) =>
  `${text(unit, lang)} .${SENTENCE_CLASS}[${SENTENCE_ATTR}="${n}"]`;
/** The sentence groups of a unit, both sides. */
export const sentencesOf = (unit: string) => `#${unit} .${TEXT_CLASS} .${SENTENCE_CLASS}`;
export const markedSentences = `.${SENTENCE_CLASS}.${SENTENCE_ON_CLASS}`;
