import type { Lang } from '../corpus/model';
import { apaDate, chicagoDate, mlaDate, year } from './dates';
import type { CiteSource } from './source';

export const CITE_STYLES = ['apa', 'mla', 'chicago', 'gbt'] as const;
export type CiteStyle = (typeof CITE_STYLES)[number];
export const CITE_LANGUAGES = ['zh', 'en', 'both'] as const;
export type CiteLanguage = (typeof CITE_LANGUAGES)[number];

export interface FormattedCitation {
  /** The attribution in running text: APA/MLA in-text citation, Chicago footnote, GB/T marker. */
  inText: string;
  /** Reference-list or bibliography entries: one per language cited. */
  references: string[];
  /** For English: that it is our translation of the summary, not the speaker's words. */
  provenance?: string;
}

/** What an English citation says it is: the project's translation of the summary, not the speakers' words. */
export const translationDescription = (s: CiteSource) =>
  `English translation of ${s.article.publisherEn}’s Chinese summary; not the speakers’ own words`;

const withoutProtocol = (url: string) => url.replace(/^https?:\/\//, '');

/** Where in the article: "para. 32", or "para. 32, sent. 2" for one sentence (MLA: "par."). */
function locator(s: CiteSource, paragraph: 'para.' | 'par.'): string {
  return `${paragraph} ${s.unit.paragraph}${s.unit.sentence ? `, sent. ${s.unit.sentence}` : ''}`;
}

/** APA 7: translated title in brackets (sentence case); a translation dated by its year, with the original year. */
function apa(s: CiteSource, lang: Lang, revisedYear: number): { ref: string; inText: string } {
  const a = s.article;
  if (lang === 'zh') {
    return {
      ref: `${a.authorRoman}. (${apaDate(a.published)}). ${a.titleZh} [${a.titleEnSentence}]. ${a.publisherEn}. ${s.urls.zh}`,
      inText: `(${a.authorRoman}, ${year(a.published)}, ${locator(s, 'para.')})`,
    };
  }
  return {
    ref:
      `${a.authorRoman}. (${apaDate(s.unit.revised)}). ${a.titleEnSentence} (${a.translatorEn}, Trans.; Rev. ${s.unit.revision}) ` +
      `[${translationDescription(s)}]. ${a.publisherEn}. ` +
      `${s.urls.en} (Original work published ${year(a.published)})`,
    inText: `(${a.authorRoman}, ${year(a.published)}/${revisedYear}, ${locator(s, 'para.')})`,
  };
}

/** MLA 9: translated title in brackets inside the quotation marks; "Translated by"; URL without protocol; access date. */
function mla(s: CiteSource, lang: Lang, accessed: string): { ref: string; inText: string } {
  const a = s.article;
  const inText = `(${a.authorRoman}, ${locator(s, 'par.')})`;
  if (lang === 'zh') {
    return {
      ref:
        `${a.authorRoman}. “${a.titleZh} [${a.titleEn}].” ${a.publisherEn}, ${mlaDate(a.published)}, ` +
        `${withoutProtocol(s.urls.zh)}. Accessed ${mlaDate(accessed)}.`,
      inText,
    };
  }
  return {
    ref:
      `${a.authorRoman}. “${a.titleEn}.” Translated by ${a.translatorEn}, revision ${s.unit.revision}, ` +
      `${a.publisherEn}, ${mlaDate(a.published)}, ${withoutProtocol(s.urls.en)}. Accessed ${mlaDate(accessed)}. ` +
      `English translation of ${a.publisherEn}’s Chinese summary; not the speakers’ own words.`,
    inText,
  };
}

/** Chicago notes and bibliography: a footnote with the paragraph, and a bibliography entry. */
function chicago(s: CiteSource, lang: Lang): { ref: string; inText: string } {
  const a = s.article;
  if (lang === 'zh') {
    return {
      inText:
        `1. ${a.authorRoman}, “${a.titleZh}” [${a.titleEnSentence}], ${a.publisherEn}, ${chicagoDate(a.published)}, ` +
        `${locator(s, 'para.')}, ${s.urls.zh}.`,
      ref: `${a.authorRoman}. “${a.titleZh}” [${a.titleEnSentence}]. ${a.publisherEn}, ${chicagoDate(a.published)}. ${s.urls.zh}.`,
    };
  }
  return {
    inText:
      `1. ${a.authorRoman}, “${a.titleEn},” trans. ${a.translatorEn}, rev. ${s.unit.revision} (${chicagoDate(s.unit.revised)}), ` +
      `${a.publisherEn}, ${chicagoDate(a.published)}, ${locator(s, 'para.')}, ${s.urls.en}.`,
    ref:
      `${a.authorRoman}. “${a.titleEn}.” Translated by ${a.translatorEn}. Revision ${s.unit.revision}, ${chicagoDate(s.unit.revised)}. ` +
      `${a.publisherEn}, ${chicagoDate(a.published)}. ${s.urls.en}.`,
  };
}

/**
 * GB/T 7714-2015, electronic resource: 主要责任者. 题名[EB/OL]. 出版者, 出版年: 引文页码(更新或修改日期)[引用日期].
 * 获取和访问路径. The paragraph stands in for the page; a translation names its translator with “译”.
 */
function gbt(s: CiteSource, lang: Lang, accessed: string, index: number): { ref: string; inText: string } {
  const a = s.article;
  const place = `第${s.unit.paragraph}段${s.unit.sentence ? `第${s.unit.sentence}句` : ''}`;
  if (lang === 'zh') {
    return {
      ref: `[${index}] ${a.authorZh}. ${a.titleZh}[EB/OL]. ${a.publisherZh}, ${year(a.published)}: ${place}(${a.published})[${accessed}]. ${s.urls.zh}.`,
      inText: `[${index}]`,
    };
  }
  return {
    ref:
      `[${index}] ${a.authorZh}. ${a.titleEnSentence}[EB/OL]. ${a.translatorZh}, 译. ${a.publisherZh}, ${year(a.published)}: ` +
      `${place}(${s.unit.revised})[${accessed}]. ${s.urls.en}.`,
    inText: `[${index}]`,
  };
}

function provenanceNote(s: CiteSource, style: CiteStyle): string {
  const a = s.article;
  if (style === 'gbt') {
    return (
      `注:英文为${a.translatorZh}对${a.publisherZh}中文整理稿的翻译(英译第${s.unit.revision}版,${s.unit.revised}),` +
      `并非受访者原话;引用原话请查阅原始访谈:${a.interviewUrl}`
    );
  }
  return (
    `Note: the English is the ${a.translatorEn}’s translation (revision ${s.unit.revision}, ${chicagoDate(s.unit.revised)}) ` +
    `of ${a.publisherEn}’s Chinese summary of the interview, not the speaker’s own words. ` +
    `For verbatim quotations, see the original interview: ${a.interviewUrl}`
  );
}

/** A citation of one unit in one style, of the Chinese, the English, or both. `accessed` is YYYY-MM-DD. */
export function formatCitation(
  style: CiteStyle,
  lang: CiteLanguage,
  s: CiteSource,
  accessed: string,
): FormattedCitation {
  const langs: Lang[] = lang === 'both' ? ['zh', 'en'] : [lang];
  const parts = langs.map((l, i) => {
    switch (style) {
      case 'apa':
        return apa(s, l, year(s.unit.revised));
      case 'mla':
        return mla(s, l, accessed);
      case 'chicago':
        return chicago(s, l);
      case 'gbt':
        return gbt(s, l, accessed, i + 1);
    }
  });
  const separator = style === 'chicago' ? '\n' : style === 'gbt' ? '' : '; ';
  const inText =
    style === 'chicago'
      ? parts.map((p, i) => p.inText.replace(/^1\./, `${i + 1}.`)).join(separator)
      : style === 'gbt'
        ? parts.map((p) => p.inText).join('')
        : parts.length === 1
          ? parts[0].inText
          : `(${parts.map((p) => p.inText.slice(1, -1)).join('; ')})`;
  return {
    inText,
    references: parts.map((p) => p.ref),
    provenance: langs.includes('en') ? provenanceNote(s, style) : undefined,
  };
}

/** The text put on the clipboard: the quotation, its attribution, the references, the provenance note. */
export function citationText(
  style: CiteStyle,
  lang: CiteLanguage,
  s: CiteSource,
  accessed: string,
  quote: { zh: string; en: string },
): string {
  const cited = formatCitation(style, lang, s, accessed);
  const quotes = (lang === 'both' ? [quote.zh, quote.en] : [quote[lang]]).map((q) => `“${q}”`);
  let body: string;
  if (style === 'chicago') {
    body = `${quotes.map((q, i) => `${q}${i + 1}`).join('\n')}\n\n${cited.inText}`;
  } else if (style === 'gbt') {
    body = quotes.map((q, i) => `${q}[${i + 1}]`).join('\n');
  } else {
    body = `${quotes.join('\n')} ${cited.inText}`;
  }
  return [body, cited.references.join('\n'), cited.provenance].filter(Boolean).join('\n\n');
}
