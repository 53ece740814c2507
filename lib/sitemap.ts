// The sitemap: every page in both interface languages, each listing its hreflang alternates.
import { LANG_TAG, type Locale } from './locale';
import { absoluteUrl } from './routes';

export interface SitemapPage {
  /** The page's path in a locale (lib/routes.ts): readerPath, glossaryPath, (l) => unitPath(l, 'scaling-08') … */
  path: (locale: Locale) => string;
  /** ISO date of the page's last change, where known. */
  lastModified?: string;
}

export interface SitemapEntry {
  url: string;
  lastModified?: string;
  alternates: { languages: Record<string, string> };
}

export function sitemapEntries(siteUrl: string, locales: readonly Locale[], pages: SitemapPage[]): SitemapEntry[] {
  return pages.flatMap((page) => {
    const url = (locale: Locale) => absoluteUrl(siteUrl, page.path(locale));
    const languages = Object.fromEntries(locales.map((locale) => [LANG_TAG[locale], url(locale)]));
    return locales.map((locale) => ({
      url: url(locale),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      alternates: { languages },
    }));
  });
}
