/**
 * The reader's page contract: every class, attribute, id and data shape that the server markup
 * (lib/reader/rows-html.ts, components/terms) and the client islands (tooltip, row keys, pinyin, cite dialog,
 * reading controls) both rely on. Both sides import these names, so renaming one breaks a test rather
 * than a reader. CSS uses the same literal names (see the feature stylesheets beside the components).
 * The addresses the markup links to and the islands fetch are built by lib/routes.ts.
 * What the islands read back from the markup (IDs from addresses, the published text) is in
 * ./markup-read.ts, which only the islands' lazily loaded parts need.
 */
import type { CiteSource } from '../cite/source';
import type { TooltipEntry } from '../terms/tooltip';
import type { Lang } from '../corpus/model';

type CiteArticle = CiteSource['article'];

/** One aligned unit: a row holding the unit's controls and one cell per language. */
/** The lowest of the bars that stay over the text while it scrolls (the reading bar). */
export const STICKY_BARS_SELECTOR = '.reading-bar';
/** A paragraph that shows less than about a line below the sticky bars is not the one being read. */
export const READ_LINE_PX = 24;

/** The reader's parallel text: every row of the article. */
export const PARALLEL_CLASS = 'parallel';
export const PARALLEL_SELECTOR = `.${PARALLEL_CLASS}`;
export const ROW_CLASS = 'u';
/** The row's controls: its permalink (first) and its cite link. */
export const ROW_META_CLASS = 'um';
/** A language cell of a row; its `lang` attribute names the language. */
export const CELL_CLASS: Record<Lang, string> = { zh: 'zh', en: 'en' };
/** The text of a cell (a paragraph or heading), without speaker label or notes. */
export const TEXT_CLASS = 't';
/** The speaker label at the start of a speaker's turn. */
export const SPEAKER_CLASS = 'who';
/** Speakers a row belongs to under the speaker filter: the answer's speaker, or whom a question asks. */
export const ROW_SPEAKERS_ATTR = 'data-sp';
/** The cite link of a row: a link to the unit's page (its citations) that the cite dialog intercepts. */
export const CITE_LINK_CLASS = 'cite';
/** A term occurrence spelled wrongly in the original (the tooltip says so). */
export const MISSPELLED_CLASS = 'ms';
/** A row whose English the reader has revealed in study mode. */
export const REVEALED_ATTR = 'data-revealed';
/** The study-mode button that reveals one row's English; added by the row-keys island. */
export const REVEAL_BUTTON_CLASS = 'reveal';
// A section's element id (`section-{id}`, SECTION_ID_PREFIX) and a sentence group's (`s{n}`,
// sentenceAnchor) are fragments of addresses: lib/routes.ts names them.
/** The table of contents' links carry `aria-current="location"` for the section being read. */
export const TOC_ID = 'toc';

export const rowSelector = `.${ROW_CLASS}`;
export const textSelector = (lang: Lang) => `.${CELL_CLASS[lang]} > .${TEXT_CLASS}`;

/**
 * A term is a link to its glossary page (lib/routes.ts termPath) inside a text: no class or data
 * attribute of its own.
 */
export const TERM_SELECTOR = `.${TEXT_CLASS} a[href*="/glossary/"]`;
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
export const SENTENCE_ON_CLASS = 's-on';
/** The id of one side of a sentence group in the reader, for aria-describedby: `scaling-05-en-s2`. */
export const sentenceElementId = (unitId: string, lang: Lang, n: number) => `${unitId}-${lang}-s${n}`;

/** A Han character: the ones that take a pinyin reading. */
export const HAN = /\p{Script=Han}/u;

/**
 * Word mode (components/words): a Chinese word of a text, once its row is wrapped, is
 * `<span class="w" data-o="start" tabindex="-1">`, `start` being its offset in the unit's published
 * Chinese; a glossary term that is a word keeps its link and gets `data-o` too. Word mode off
 * unwraps them again, so the text is exactly as served.
 */
export const WORD_CLASS = 'w';
export const WORD_ATTR = 'data-o';
export const WORD_SELECTOR = `[${WORD_ATTR}]`;
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
