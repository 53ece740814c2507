// A unit's citation as a file for reference managers: BibTeX (biblatex), RIS and CSL-JSON. The
// citation styles a reader copies as text (APA, MLA, Chicago, GB/T 7714) are ./styles.ts.
import type { Lang } from '../corpus/model';
import { dateParts, risDate } from './dates';
import type { CiteSource } from './source';
import { translationDescription, type CiteLanguage } from './styles';

export const CITATION_FORMATS = ['bibtex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const CITATION_FILE_TYPES: Record<CitationFormat, { extension: string; mime: string }> = {
  bibtex: { extension: 'bib', mime: 'application/x-bibtex' },
  ris: { extension: 'ris', mime: 'application/x-research-info-systems' },
  'csl-json': { extension: 'json', mime: 'application/vnd.citationstyles.csl+json' },
};

/** How each format is named to a reader, in the dialog and on unit pages. */
export const CITATION_FORMAT_NAMES: Record<CitationFormat, string> = {
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};

const languages = (lang: CiteLanguage): Lang[] => (lang === 'both' ? ['zh', 'en'] : [lang]);
const key = (s: CiteSource, lang: Lang) =>
  `${s.article.authorRoman.toLowerCase()}${s.article.published.slice(0, 4)}-${s.unit.id}-${lang}`;

function locatorNote(s: CiteSource, lang: Lang): string {
  const where = `Paragraph ${s.unit.paragraph} (${s.unit.id})`;
  if (lang === 'zh') return `${where}, Chinese original as published. Title in English: ${s.article.titleEn}.`;
  return (
    `${where}, English translation revision ${s.unit.revision} (${s.unit.revised}) by the ${s.article.translatorEn} ` +
    `of ${s.article.publisherEn}’s Chinese summary; not the speakers’ own words. Original interview: ${s.article.interviewUrl}`
  );
}

/** BibTeX-escaped field value: braces keep capitals and the pen name intact. */
const bib = (value: string) => value.replace(/([&%$#_])/g, '\\$1');

/**
 * biblatex `@article` entries, one per language cited: an article of the website QbitAI
 * (`journaltitle`), the type biblatex documents for online newspaper and magazine articles and the
 * one whose data model takes `translator`, `origlanguage` and `version` (`@online` takes none of
 * the first two, so styles would drop "translated by").
 */
export function toBibTeX(s: CiteSource, lang: CiteLanguage, accessed: string): string {
  return (
    languages(lang)
      .map((l) => {
        const a = s.article;
        const fields: [string, string][] = [
          ['author', `{${a.authorRoman}}`],
          ['title', l === 'zh' ? a.titleZh : `{${a.titleEn}}`],
          ...(l === 'zh' ? [['titleaddon', `[${a.titleEnSentence}]`] as [string, string]] : []),
          ...(l === 'en'
            ? ([
                ['translator', `{${a.translatorEn}}`],
                ['origtitle', a.titleZh],
                ['origlanguage', 'chinese'],
                ['version', String(s.unit.revision)],
              ] as [string, string][])
            : []),
          ['journaltitle', `{${a.publisherEn}}`],
          ['date', a.published],
          ['url', s.urls[l]],
          ['urldate', accessed],
          ['langid', l === 'zh' ? 'chinese' : 'english'],
          ['addendum', locatorNote(s, l)],
        ];
        const body = fields.map(([name, value]) => `  ${name} = {${name === 'url' ? value : bib(value)}},`).join('\n');
        return `@article{${key(s, l)},\n${body}\n}`;
      })
      .join('\n\n') + '\n'
  );
}

/**
 * RIS records (type ELEC, web page), one per language cited, tagged as Zotero reads and writes
 * them: T2 the website, A4 the translator, Y2 the access date, ET the revision. The English title
 * of a Chinese record goes in the note (TT is read as the main title by some tools).
 */
export function toRIS(s: CiteSource, lang: CiteLanguage, accessed: string): string {
  return (
    languages(lang)
      .map((l) => {
        const a = s.article;
        const lines: [string, string][] = [
          ['TY', 'ELEC'],
          ['AU', a.authorRoman],
          ['TI', l === 'zh' ? a.titleZh : a.titleEn],
          ...(l === 'en'
            ? ([
                ['A4', a.translatorEn],
                ['ET', `Revision ${s.unit.revision}`],
              ] as [string, string][])
            : []),
          ['T2', a.publisherEn],
          ['PY', a.published.slice(0, 4)],
          ['DA', risDate(a.published)],
          ['UR', s.urls[l]],
          ['Y2', risDate(accessed)],
          ['LA', l === 'zh' ? 'zh-Hans' : 'en'],
          ['N1', locatorNote(s, l)],
          ['ER', ''],
        ];
        // Every line, ER included, is "TAG  - value": the space after the hyphen is part of the tag.
        return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\n');
      })
      .join('\n\n') + '\n'
  );
}

/**
 * CSL-JSON items, one per language cited, for Zotero, Pandoc and any CSL processor. Titles are in
 * sentence case, as CSL expects (styles that want title case convert them); the website is the
 * container title, as Zotero reads it. A translation is issued on its revision date, with the
 * original's date as `original-date`, and says what it is in `genre`.
 */
export function toCSLJSON(s: CiteSource, lang: CiteLanguage, accessed: string): string {
  const a = s.article;
  const items = languages(lang).map((l) => ({
    id: key(s, l),
    type: 'webpage',
    title: l === 'zh' ? a.titleZh : a.titleEnSentence,
    author: [{ literal: a.authorRoman }],
    'container-title': a.publisherEn,
    ...(l === 'en'
      ? {
          'original-title': a.titleZh,
          translator: [{ literal: a.translatorEn }],
          version: String(s.unit.revision),
          genre: translationDescription(s),
          issued: { 'date-parts': [dateParts(s.unit.revised)] },
          'original-date': { 'date-parts': [dateParts(a.published)] },
        }
      : { issued: { 'date-parts': [dateParts(a.published)] } }),
    accessed: { 'date-parts': [dateParts(accessed)] },
    URL: s.urls[l],
    language: l === 'zh' ? 'zh-Hans' : 'en',
    note: locatorNote(s, l),
  }));
  return JSON.stringify(items, null, 2) + '\n';
}

export function renderCitationFile(
  format: CitationFormat,
  s: CiteSource,
  lang: CiteLanguage,
  accessed: string,
): string {
  if (format === 'bibtex') return toBibTeX(s, lang, accessed);
  if (format === 'ris') return toRIS(s, lang, accessed);
  return toCSLJSON(s, lang, accessed);
}
