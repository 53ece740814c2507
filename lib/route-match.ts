/**
 * The other half of ./routes.ts: what needs the locale list (the locale pattern, a localized path's
 * parts, a page's paths in every locale) and reading an address back into the IDs it names. Only
 * server code and the islands' lazily loaded parts need these, so the builders that the first
 * page's islands carry bring neither the list nor the patterns with them. tests/routes.test.ts
 * checks that each pattern reads back exactly what the builders write.
 */
import { LOCALES, type Locale } from './locale';
import { UNIT_CITE_ID } from './routes';

/** The locales as a regular-expression alternation (`zh|en`), for path patterns. */
export const LOCALE_PATTERN = LOCALES.join('|');

/** A localized path (`/en`, `/en/…`) split into its locale and the rest (`''` or `/…`); null for any other path. */
export function splitLocalePath(path: string): { locale: Locale; rest: string } | null {
  const match = new RegExp(`^/(${LOCALE_PATTERN})(/.*)?$`).exec(path);
  const locale = LOCALES.find((candidate) => candidate === match?.[1]);
  return match && locale ? { locale, rest: match[2] ?? '' } : null;
}

/** A page's path in every locale, by BCP 47 tag: its hreflang alternates. */
export function languageAlternates(tags: Record<Locale, string>, path: (locale: Locale) => string) {
  return Object.fromEntries(LOCALES.map((locale) => [tags[locale], path(locale)]));
}

/** The redirect that keeps a retired unit ID working (next.config.ts), in Next's path syntax. */
export const retiredUnitRedirect = (from: string, to: string) => ({
  source: `/:locale(${LOCALE_PATTERN})/p/${from}`,
  destination: `/:locale/p/${to}`,
});

// Reading back the islands' term, note and cite links.

const TERM_PATH = new RegExp(`^/(?:${LOCALE_PATTERN})/glossary/([a-z0-9-]+)$`);
/** The term ID a term page's path names, or undefined. */
export const termIdOfPath = (path: string): string | undefined => TERM_PATH.exec(path)?.[1];

const NOTE_PATH = new RegExp(`^/(?:${LOCALE_PATTERN})/p/([a-z0-9-]+)#note-(\\d+)$`);
/** The unit and the index (in the unit's notes) a note's address points to. */
export function noteOfPath(path: string): { unitId: string; index: number } | undefined {
  const match = NOTE_PATH.exec(path);
  return match ? { unitId: match[1], index: Number(match[2]) - 1 } : undefined;
}

const CITE_PATH = new RegExp(`^/(?:${LOCALE_PATTERN})/p/([a-z0-9-]+)#${UNIT_CITE_ID}$`);
/** The unit whose citations an address points to. */
export const unitIdOfCitePath = (path: string): string | undefined => CITE_PATH.exec(path)?.[1];
