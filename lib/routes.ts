/**
 * Every address the site serves, built in one place: the pages of a UI locale, the fragments they
 * link to, the data files the islands fetch, the downloads and citation files. Markup, client code,
 * route handlers and scripts all build their links here, so a page that moves is renamed once
 * (`npm run lint` flags an address written by hand anywhere else). Relative to the site: prefix
 * SITE_URL with `absoluteUrl` where an address leaves it (citations, exports, feeds).
 *
 * What needs the locale list (the locale pattern, a page's paths in every locale) and reading an
 * address back are in ./route-match.ts: the islands of the first page carry these builders, and
 * neither the list nor the patterns. The folders of app/ are the other half of both modules;
 * tests/routes.test.ts checks that they agree.
 */
import type { Locale } from './locale';

/** An address on this site, absolute: SITE_URL (no trailing slash) and a path built here. */
export const absoluteUrl = (siteUrl: string, path: string): string => `${siteUrl}${path}`;

// ——— Pages of a UI locale ———

/** The reader: the whole text, `/en`. */
export const readerPath = (locale: Locale): string => `/${locale}`;
/** A unit in the reader, in context: `/en#scaling-08`. */
export const readerUnitPath = (locale: Locale, unitId: string): string =>
  `${readerPath(locale)}${unitFragment(unitId)}`;
/** A section in the reader: `/en#section-scaling`. */
export const readerSectionPath = (locale: Locale, sectionId: string): string =>
  `${readerPath(locale)}${sectionFragment(sectionId)}`;

/** The URL parameters of the glossary's table view (lib/terms/table-url.ts reads and writes them). */
export const GLOSSARY_PARAM = { query: 'q', category: 'category', sort: 'sort' } as const;
/** The glossary, showing one category when given. */
export const glossaryPath = (locale: Locale, category?: string): string =>
  `${readerPath(locale)}/glossary${category ? `?${new URLSearchParams({ [GLOSSARY_PARAM.category]: category })}` : ''}`;
/** A term's page: `/en/glossary/scaling-law`. Term links in the text are exactly this (TERM_SELECTOR). */
export const termPath = (locale: Locale, termId: string): string => `${glossaryPath(locale)}/${termId}`;
/** The glossary as an Anki deck (tab-separated text). */
export const ankiDeckPath = (locale: Locale): string => `${glossaryPath(locale)}/anki.txt`;

/** A unit's page: `/en/p/scaling-08`. */
export const unitPath = (locale: Locale, unitId: string): string => `${readerPath(locale)}/p/${unitId}`;
/** The id of a unit page's citations section, the target of a row's cite link. */
export const UNIT_CITE_ID = 'cite';
/** The citations on a unit's page (the cite link's target without JavaScript). */
export const unitCitePath = (locale: Locale, unitId: string): string => `${unitPath(locale, unitId)}#${UNIT_CITE_ID}`;
/** The id of a unit's note on its page, by index in the unit's notes: `note-1`. */
export const noteId = (index: number): string => `note-${index + 1}`;
/** A note on its unit's page: `/en/p/scaling-08#note-1`. */
export const notePath = (locale: Locale, unitId: string, index: number): string =>
  `${unitPath(locale, unitId)}#${noteId(index)}`;
/** A sentence group on its unit's page, the sentence address: `/en/p/scaling-05#s2`. */
export const sentencePath = (locale: Locale, unitId: string, n: number): string =>
  `${unitPath(locale, unitId)}#${sentenceAnchor(n)}`;

export const practicePath = (locale: Locale): string => `${readerPath(locale)}/practice`;
/** The practice cards of a locale (JSON, fetched by the practice page). */
export const practiceCardsPath = (locale: Locale): string => `${practicePath(locale)}/cards.json`;
export const downloadsPath = (locale: Locale): string => `${readerPath(locale)}/downloads`;
/** About the text: sources, licences, how it was made. */
export const textPath = (locale: Locale): string => `${readerPath(locale)}/text`;
/** The page shown for a page that needs the network (search) or was never cached, when there is none. */
export const offlinePath = (locale: Locale): string => `${readerPath(locale)}/offline`;
/** The web app manifest of a locale. */
export const manifestPath = (locale: Locale): string => `${readerPath(locale)}/manifest.webmanifest`;

/** The URL parameters of the search page: `/{locale}/search?q=…&page=2`. */
export const QUERY_PARAM = 'q';
export const PAGE_PARAM = 'page';
/** The search page of a locale, with a query and results page when given. */
export function searchPath(locale: Locale, query?: string, page?: number): string {
  const params = new URLSearchParams();
  if (query) params.set(QUERY_PARAM, query);
  if (page && page > 1) params.set(PAGE_PARAM, String(page));
  const search = params.toString();
  return `${readerPath(locale)}/search${search ? `?${search}` : ''}`;
}

/** Where a page of one locale is in another: `/zh/p/scaling-08` in `en` is `/en/p/scaling-08`. */
export const pathInLocale = (path: string, locale: Locale): string =>
  `${readerPath(locale)}${path.replace(/^\/[^/]+/, '')}`;

// ——— Fragments of a page ———

/** The element id of a section in the reader (the sections are tracked against it): `section-{id}`. */
export const SECTION_ID_PREFIX = 'section-';
/** The fragment id of a sentence group on a unit page: `s2`. */
export const sentenceAnchor = (n: number): string => `s${n}`;

/** A unit's row in the reader (its id is the unit ID): `#scaling-08`. */
export const unitFragment = (unitId: string): string => `#${unitId}`;
/** A section's heading in the reader: `#section-scaling`. */
export const sectionFragment = (sectionId: string): string => `#${SECTION_ID_PREFIX}${sectionId}`;

// ——— Files ———

/** Static data the islands fetch on first use, generated at build time (app/data). */
export const DATA_URL = {
  terms: (locale: Locale) => `/data/terms/${locale}.json`,
  notes: (locale: Locale) => `/data/notes/${locale}.json`,
  cite: (locale: Locale) => `/data/cite/${locale}.json`,
  pinyin: '/data/pinyin.json',
  sentences: '/data/sentences.json',
  words: (locale: Locale) => `/data/words/${locale}.json`,
} as const;

/** A build-time export (app/downloads): `/downloads/<file>`. */
export const downloadFilePath = (file: string): string => `/downloads/${file}`;
/** A unit's citation file (app/cite): `/cite/<id>-<lang>.<ext>`. */
export const citeFilePath = (file: string): string => `/cite/${file}`;
/** The display boot script (app/display.js), named by its content so browsers may keep it. */
export const displayScriptPath = (version: string): string => `/display.js?v=${version}`;
/** The service worker: at the root, so its scope is the whole site (lib/http/service-worker.mjs serves it). */
export const SERVICE_WORKER_PATH = '/sw.js';
export const ICON_PATH = '/icon.svg';
export const ROBOTS_PATH = '/robots.txt';
export const SITEMAP_PATH = '/sitemap.xml';
