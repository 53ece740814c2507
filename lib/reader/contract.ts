/**
 * The reader's page contract: every class, attribute, id and data shape that the server markup
 * (lib/reader/rows-html.ts, components/terms) and the client islands (tooltip, row keys, pinyin, cite dialog,
 * reading controls) both rely on. Both sides import these names, so renaming one breaks a test rather
 * than a reader. CSS spells the same names out (the feature stylesheets beside the components); the ones
 * it selects are listed in STYLED_SELECTORS, which a test holds against the sheets.
 * The addresses the markup links to and the islands fetch are built by lib/routes.ts.
 * What the islands read back from the markup (IDs from addresses, the published text) is in
 * ./markup-read.ts, which only the islands' lazily loaded parts need.
 */
import type { CiteSource } from '../cite/source';
import type { TooltipEntry } from '../terms/tooltip';
import type { Lang } from '../corpus/model';
import type { SpeakerId, UnitKind } from '../corpus/schema';

type CiteArticle = CiteSource['article'];

/** The reader's control bar (components/behaviour/ReaderTools), which stays over the text while it scrolls. */
export const READING_BAR_CLASS = 'reading-bar';
/** The lowest of the bars that stay over the text while it scrolls (the reading bar). */
export const STICKY_BARS_SELECTOR = `.${READING_BAR_CLASS}`;
/** On the root, while a phone menu of the reading bar is open: which one (`toc` or `options`). */
export const MENU_ATTR = 'data-menu';
/** A paragraph that shows less than about a line below the sticky bars is not the one being read. */
export const READ_LINE_PX = 24;

/**
 * On the root: the parts of the page's behaviour registered with its gate (components/behaviour/gate.ts),
 * space-separated and sorted (`reader tooltip`). Once a part is listed its island has attached (on
 * the reader: every row has its Tab stop) and the page's first use reaches it: the readiness
 * signal the e2e tests wait for.
 */
export const BEHAVIOUR_ATTR = 'data-behaviour';

/** The reader's parallel text: every row of the article. */
export const PARALLEL_CLASS = 'parallel';
export const PARALLEL_SELECTOR = `.${PARALLEL_CLASS}`;
/** One aligned unit: a row holding the unit's controls and one cell per language. */
export const ROW_CLASS = 'unit';
/** A row's kind and speaker, as classes its look depends on: `kind-answer`, `speaker-amodei`. */
export const KIND_CLASS_PREFIX = 'kind-';
export const SPEAKER_CLASS_PREFIX = 'speaker-';
/** The classes of a row: ROW_CLASS, its kind's and its speaker's. */
export const rowClass = ({ kind, speaker }: { kind: UnitKind; speaker: SpeakerId }) =>
  `${ROW_CLASS} ${KIND_CLASS_PREFIX}${kind} ${SPEAKER_CLASS_PREFIX}${speaker}`;
/** The row's controls: its permalink (first) and its cite link. */
export const ROW_META_CLASS = 'unit-meta';
/** A language cell of a row; its `lang` attribute names the language. */
export const CELL_CLASS: Record<Lang, string> = { zh: 'zh', en: 'en' };
/** The text of a cell (a paragraph or heading), without speaker label or notes. */
export const TEXT_CLASS = 'text';
/** The speaker label at the start of a speaker's turn. */
export const SPEAKER_CLASS = 'who';
/** Speakers a row belongs to under the speaker filter: the answer's speaker, or whom a question asks. */
export const ROW_SPEAKERS_ATTR = 'data-sp';
/** The cite link of a row: a link to the unit's page (its citations) that the cite dialog intercepts. */
export const CITE_LINK_CLASS = 'cite';
/** A term occurrence spelled wrongly in the original (the tooltip says so). */
export const MISSPELLED_CLASS = 'misspelled';
/** A row whose English the reader has revealed in study mode. */
export const REVEALED_ATTR = 'data-revealed';
/** The study-mode button that reveals one row's English; added by the row-keys island. */
export const REVEAL_BUTTON_CLASS = 'reveal';
// A section's element id (`section-{id}`, SECTION_ID_PREFIX) and a sentence group's (`s{n}`,
// sentenceAnchor) are fragments of addresses: lib/routes.ts names them.
/** The id of a section's title (its hidden heading, or the article's heading that opens it): the section's label. */
export const sectionTitleId = (sectionId: string) => `title-${sectionId}`;
/** The table of contents' links carry `aria-current="location"` for the section being read. */
export const TOC_ID = 'toc';

export const rowSelector = `.${ROW_CLASS}`;
export const textSelector = (lang: Lang) => `.${CELL_CLASS[lang]} > .${TEXT_CLASS}`;

/**
 * A term is a link to its glossary page (lib/routes.ts termPath) inside a text: no class or data
 * attribute of its own.
 */
export const TERM_SELECTOR = `.${TEXT_CLASS} a[href*="/glossary/"]`;
/** On a term's own page, its occurrences in the concordance's texts. */
export const TERM_HIGHLIGHT_CLASS = 'term-highlight';
// The one term tooltip's names (its id and class, and the class of the term it is open for) are
// its module's, components/terms/tooltip.ts: only the behaviour chunk holds them.
/** The term link an event happened on, if any. */
export function termAt(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(TERM_SELECTOR) : null;
}

/**
 * A note (translator's note or correction) is a disclosure whose text is fetched when first opened;
 * until then, and without JavaScript, it holds a link to the note on the unit's page (lib/routes.ts notePath).
 */
export const NOTE_CLASS = 'note';

/** The data files the islands fetch are named by lib/routes.ts DATA_URL; their shapes are these. */

/**
 * `/data/terms/{locale}.json`: what a term's tooltip shows, by term ID (built by `tooltipData()` in
 * lib/terms/tooltip.ts, which documents the shape).
 */
export type TermTip = TooltipEntry;
export type TermTipData = Record<string, TermTip>;

/** `/data/notes/{locale}.json`: the text of each unit's notes in the UI language, in the unit's order. */
export type NotesData = Record<string, string[]>;

/**
 * `/data/cite/{locale}.json`, less the dialog's labels: what a citation needs: the article's
 * bibliographic data, and of each unit, by unit ID, [paragraph, revision, revised].
 */
export interface CiteData {
  article: CiteArticle;
  units: Record<string, [paragraph: number, revision: number, revised: string]>;
}

/**
 * `/data/pinyin.json`: by unit ID, the reading of each Han character of the unit's Chinese, in order,
 * separated by spaces (characters that are not Han have none).
 */
export type PinyinData = Record<string, string>;

/**
 * `/data/sentences.json`: by unit ID, its sentence groups in order (group n is the sentence address
 * `#s{n}`), flattened as [zhStart, zhEnd, enStart, enEnd, …]: offsets into the unit's published
 * Chinese and English (JavaScript string indices, end exclusive).
 */
export type SentenceData = Record<string, number[]>;

/**
 * Markup of a sentence group: each side of group n is `<span class="sentence" data-s="n">` (on a
 * unit page the Chinese side also carries `id="s{n}"`, the target of the sentence address).
 */
export const SENTENCE_CLASS = 'sentence';
export const SENTENCE_ATTR = 'data-s';

/** Set on both sides of the sentence group being pointed at, focused or tapped. */
export const SENTENCE_ON_CLASS = 'sentence-on';
/** The id of one side of a sentence group in the reader, for aria-describedby: `scaling-05-en-s2`. */
export const sentenceElementId = (unitId: string, lang: Lang, n: number) => `${unitId}-${lang}-s${n}`;

/** A Han character: the ones that take a pinyin reading. */
export const HAN = /\p{Script=Han}/u;
/** Set on a Chinese text once the pinyin layer has given its characters their readings (ruby). */
export const PINYIN_DONE_ATTR = 'data-pinyin-done';

/**
 * Word mode (components/words): a Chinese word of a text, once its row is wrapped, is
 * `<span class="word" data-o="start" tabindex="-1">`, `start` being its offset in the unit's published
 * Chinese; a glossary term that is a word keeps its link and gets `data-o` too. Word mode off
 * unwraps them again, so the text is exactly as served.
 */
export const WORD_CLASS = 'word';
export const WORD_ATTR = 'data-o';
export const WORD_SELECTOR = `[${WORD_ATTR}]`;
/** Set on the word whose card is shown. */
export const WORD_ON_CLASS = 'word-on';
/** The one word card (a description of the word focused or pointed at). */
export const WORD_CARD_ID = 'word-card';
/**
 * Dispatched on the term by the term tooltip once its content is in place and before it is shown
 * (`detail.tip` is the tooltip): word mode adds the word's senses and sentence to it.
 */
export const TERM_TIP_EVENT = 'parallel-reader:term-tip';
export interface TermTipEventDetail {
  tip: HTMLElement;
}
/** The Listen control's start/stop button in the reading bar; the `a` shortcut presses it. */
export const LISTEN_BUTTON_CLASS = 'listen-button';

/**
 * The names above that the stylesheets select. CSS cannot import them and spells them out (the
 * feature sheets beside the components); tests/contract-css.test.ts checks that each appears as a
 * selector in a sheet, so a name renamed or dropped on one side fails it. A prefix (`.kind-`)
 * stands for its classes: each one a sheet selects must name a real kind or speaker.
 */
export const STYLED_SELECTORS: readonly string[] = [
  PARALLEL_SELECTOR,
  `.${ROW_CLASS}`,
  `.${KIND_CLASS_PREFIX}`,
  `.${SPEAKER_CLASS_PREFIX}`,
  `.${ROW_META_CLASS}`,
  `.${CELL_CLASS.zh}`,
  `.${CELL_CLASS.en}`,
  `.${TEXT_CLASS}`,
  `.${SPEAKER_CLASS}`,
  `[${ROW_SPEAKERS_ATTR}]`,
  `.${CITE_LINK_CLASS}`,
  `.${MISSPELLED_CLASS}`,
  `[${REVEALED_ATTR}]`,
  `.${REVEAL_BUTTON_CLASS}`,
  `.${NOTE_CLASS}`,
  `.${SENTENCE_CLASS}`,
  `[${SENTENCE_ATTR}]`,
  `.${SENTENCE_ON_CLASS}`,
  `.${WORD_CLASS}`,
  `.${WORD_ON_CLASS}`,
  `.${READING_BAR_CLASS}`,
  `[${MENU_ATTR}]`,
  `.${TERM_HIGHLIGHT_CLASS}`,
  `[${PINYIN_DONE_ATTR}]`,
  `.${LISTEN_BUTTON_CLASS}`,
];
