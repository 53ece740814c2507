/**
 * The reader's parallel text as one HTML string, built on the server (components/reader/ParallelText
 * emits it with `dangerouslySetInnerHTML`). React then owns only the element that holds it, never
 * a row: nothing hydrates the ~3,850 nodes, and nothing re-renders them after the plain-DOM
 * behaviour (sentence marks, pinyin ruby, reveal buttons, Tab stops) has changed them. The names are
 * the page contract's (./contract.ts), as the islands and the stylesheets read them.
 */
import type { ArticleMeta } from '../corpus/schema';
import { LANG_TAG, type Locale } from '../locale';
import {
  CELL_CLASS,
  CITE_LINK_CLASS,
  MISSPELLED_CLASS,
  NOTE_CLASS,
  ROW_META_CLASS,
  ROW_SPEAKERS_ATTR,
  rowClass,
  sectionTitleId,
  SPEAKER_CLASS,
  TEXT_CLASS,
} from './contract';
import type { CompactSegment, RowData, SectionData } from './rows';
import { SECTION_ID_PREFIX, notePath, termPath, unitCitePath, unitFragment } from '../routes';

export interface RowLabels {
  cite: string;
  translatorNote: string;
  correctionNote: string;
  /** The link inside a note before its text is loaded (and without JavaScript). */
  readNote: string;
  columnZh: string;
  columnEn: string;
}

export interface RowsInput {
  sections: SectionData[];
  speakers: ArticleMeta['speakers'];
  locale: Locale;
  labels: RowLabels;
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, escaped for either place (the corpus's text is never markup). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c]);
}

type Attrs = Record<string, string | undefined>;

function open(tag: string, attrs: Attrs = {}): string {
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) out += ` ${name}="${escapeHtml(value)}"`;
  return `${out}>`;
}

const element = (tag: string, attrs: Attrs, inner: string) => `${open(tag, attrs)}${inner}</${tag}>`;

/** Text with its glossary terms as plain links to their pages (the tooltip recognises them by address). */
function segmentsHtml(segments: CompactSegment[], locale: Locale): string {
  return segments
    .map((segment) => {
      if (typeof segment === 'string') return escapeHtml(segment);
      const [termId, text, misspelled] = segment;
      return element(
        'a',
        { href: termPath(locale, termId), class: misspelled ? MISSPELLED_CLASS : undefined },
        escapeHtml(text),
      );
    })
    .join('');
}

/**
 * One aligned unit: its permalink and cite link (which leads to the unit's page and its citations
 * without JavaScript), one cell per language with its `lang`, and the notes as disclosures holding a
 * link to the note until their text is fetched.
 */
function rowHtml(row: RowData, { speakers, locale, labels }: Omit<RowsInput, 'sections'>): string {
  // One paragraph, so each link's purpose includes the unit's ID (WCAG technique H78).
  const meta = element(
    'p',
    { class: ROW_META_CLASS },
    `${element('a', { href: unitFragment(row.id) }, escapeHtml(row.id))} ${element('a', { class: CITE_LINK_CLASS, href: unitCitePath(locale, row.id) }, escapeHtml(labels.cite))}`,
  );
  const cells = (['zh', 'en'] as const).map((lang) => {
    const text = segmentsHtml(row[lang], locale);
    const speaker = row.turn
      ? element('p', { class: SPEAKER_CLASS }, escapeHtml(speakers[row.speaker]?.[lang] ?? ''))
      : '';
    const body =
      row.kind === 'heading'
        ? element('h2', { class: TEXT_CLASS, id: lang === 'zh' ? row.headingId : undefined }, text)
        : element(
            'p',
            { class: TEXT_CLASS },
            row.kind === 'link' ? element('a', { href: row.zh.join('') }, text) : text,
          );
    const notes = (row.notes ?? [])
      .map((type, index) => ({ type, index }))
      .filter(({ type }) => (type === 'correction') === (lang === 'zh'))
      .map(({ type, index }) =>
        element(
          'details',
          { class: `${NOTE_CLASS} note-${type}` },
          element('summary', {}, escapeHtml(type === 'correction' ? labels.correctionNote : labels.translatorNote)) +
            element('p', {}, element('a', { href: notePath(locale, row.id, index) }, escapeHtml(labels.readNote))),
        ),
      )
      .join('');
    return element(
      'div',
      { class: CELL_CLASS[lang], lang: LANG_TAG[lang] },
      speaker + body + (notes ? element('div', { class: 'notes', lang: LANG_TAG[locale] }, notes) : ''),
    );
  });
  return element('div', { class: rowClass(row), id: row.id, [ROW_SPEAKERS_ATTR]: row.sp }, meta + cells.join(''));
}

/** The column heads and every section with its rows: the inside of the reader's parallel text. */
export function rowsHtml({ sections, ...rest }: RowsInput): string {
  const { locale, labels } = rest;
  const tag = LANG_TAG[locale];
  const heads = element(
    'div',
    { class: 'column-heads', 'aria-hidden': 'true' },
    element('span', { class: CELL_CLASS.zh, lang: tag }, escapeHtml(labels.columnZh)) +
      element('span', { class: CELL_CLASS.en, lang: tag }, escapeHtml(labels.columnEn)),
  );
  const body = sections.map((section) => {
    // Our own section titles are for navigation only; the article shows none here.
    const title = section.hiddenTitle
      ? element(
          'h2',
          { id: sectionTitleId(section.id), class: 'visually-hidden', lang: tag },
          escapeHtml(section.hiddenTitle),
        )
      : '';
    return element(
      'section',
      { id: `${SECTION_ID_PREFIX}${section.id}`, 'aria-labelledby': sectionTitleId(section.id) },
      title + section.rows.map((row) => rowHtml(row, rest)).join(''),
    );
  });
  return heads + body.join('');
}
