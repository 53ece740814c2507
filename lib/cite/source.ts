import type { ArticleMeta } from '../corpus/schema';
import type { Unit } from '../corpus/model';
import type { Locale } from '../locale';
import { absoluteUrl, sentencePath, unitPath } from '../routes';

/** Everything a citation of one unit needs; built on the server, small enough for the browser. */
export interface CiteSource {
  article: {
    titleZh: string;
    titleEn: string;
    titleEnSentence: string;
    authorZh: string;
    authorRoman: string;
    publisherZh: string;
    publisherEn: string;
    /** YYYY-MM-DD */
    published: string;
    interviewUrl: string;
    translatorZh: string;
    translatorEn: string;
  };
  unit: {
    id: string;
    /** 1-based position in the article. */
    paragraph: number;
    revision: number;
    /** YYYY-MM-DD */
    revised: string;
    /** A sentence group of the unit (its address `#s{n}`), when one sentence is cited. */
    sentence?: number;
  };
  /** Permanent addresses of the unit in each UI language. */
  urls: { zh: string; en: string };
}

export function citeArticle(meta: ArticleMeta): CiteSource['article'] {
  return {
    titleZh: meta.title.zh,
    titleEn: meta.title.en,
    titleEnSentence: meta.title.enSentenceCase,
    authorZh: meta.author.zh,
    authorRoman: meta.author.en,
    publisherZh: meta.publisher.zh,
    publisherEn: meta.publisher.en,
    published: meta.published,
    interviewUrl: meta.interview.url,
    translatorZh: meta.translator.zh,
    translatorEn: meta.translator.en,
  };
}

/** The public address of a unit's page, or of one of its sentence groups. */
export function unitPermalink(siteUrl: string, locale: Locale, unitId: string, sentence?: number): string {
  const site = siteUrl.replace(/\/$/, '');
  return absoluteUrl(site, sentence ? sentencePath(locale, unitId, sentence) : unitPath(locale, unitId));
}

export function citeSource(meta: ArticleMeta, unit: Unit, siteUrl: string): CiteSource {
  return {
    article: citeArticle(meta),
    unit: { id: unit.id, paragraph: unit.position, revision: unit.revision.number, revised: unit.revision.date },
    urls: { zh: unitPermalink(siteUrl, 'zh', unit.id), en: unitPermalink(siteUrl, 'en', unit.id) },
  };
}
