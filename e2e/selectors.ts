// Selectors for the reader's markup, built from the page contract the app itself uses, so a renamed
// class breaks the app and its tests together. The specs select through these, or by role and text.
import type { Lang } from '../lib/corpus/model';
import { LANG_TAG } from '../lib/locale';
import {
  CELL_CLASS,
  CITE_LINK_CLASS,
  MISSPELLED_CLASS,
  PARALLEL_SELECTOR,
  READING_BAR_CLASS,
  REVEAL_BUTTON_CLASS,
  ROW_CLASS,
  ROW_META_CLASS,
  SENTENCE_ATTR,
  SENTENCE_CLASS,
  SENTENCE_ON_CLASS,
  SPEAKER_CLASS,
  TEXT_CLASS,
} from '../lib/reader/contract';
import { sectionFragment, termPath, unitFragment, UNIT_CITE_ID } from '../lib/routes';

export const ROWS = `${PARALLEL_SELECTOR} .${ROW_CLASS}`;
/** A unit's row, in the reader or on the unit's page. */
export const unitRow = (unit: string) => unitFragment(unit);
/** A section of the reader. */
export const section = (sectionId: string) => sectionFragment(sectionId);
/** The reading bar, which holds the reader's controls and their notes. */
export const READING_BAR = `.${READING_BAR_CLASS}`;
/** The citations on a unit's page. */
export const UNIT_CITATIONS = `#${UNIT_CITE_ID}`;
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

/** Text in one language (by its `lang`), anywhere. */
export const inLang = (lang: Lang) => `[lang="${LANG_TAG[lang]}"]`;

// Other pages' markup. Each of these names belongs to one component (and its stylesheet), not to
// the reader's contract; the specs spell them here only.
/** The site's header and the article's (for scoping accessibility checks). */
export const SITE_HEADER = '.site-header';
export const ARTICLE_HEADER = '.article-header';
/** Practice (components/practice): set once a session can start; its counts; the card; its answer. */
export const PRACTICE_READY = '[data-practice-ready]';
export const PRACTICE_STATS = '[data-practice-stats]';
export const FLASHCARD = 'section.flashcard';
export const ANSWER = '[data-answer]';
/** A part of a flash card (FlashCard.tsx, WordCard.tsx): `.flash-{part}`. */
export const flash = (part: 'definition' | 'example' | 'pinyin' | 'zh' | 'senses' | 'sentence' | 'en-sentence') =>
  `.flash-${part}`;
/** The glossary table's cells of one column (components/glossary/columns.tsx), and its Chinese term. */
export const glossaryColumn = (column: 'en' | 'occurrences' | 'pinyin' | 'category') => `td.col-${column}`;
export const GLOSSARY_ZH = '.glossary-zh';
/** A term's page (app/[locale]/glossary/[term]): its forms, references and concordance. */
export const TERM_FORMS = 'table.term-forms';
export const TERM_REFERENCES = 'ul.term-references';
export const STANDARD_PINYIN = '[data-standard-pinyin]';
export const ENGLISH_FORMS = '.term-forms-en .form-chip';
export const MATCHED_FORMS = '.term-forms-matched';
export const CONCORDANCE_PAIRS = '[data-concordance]';
/** Pictures of the text (components/pictures): a term's strip, the text page's charts, its rarest words. */
export const TERM_STRIP = 'figure.term-strip';
export const PICTURES = 'main svg[role="img"]';
export const RARE_WORDS = '.rare-words li';
/** The downloads page's link to one download (components/downloads). */
export const downloadLink = (kind: string) => `a[data-download="${kind}"]`;
/** The pinyin in a word card (components/words/card-dom.ts). */
export const WORD_CARD_PINYIN = '.wc-pinyin';
/** The search page's results (components/search/SearchResultList.tsx). */
export const SEARCH_HITS = '.search-hit';
