// The sitemap: every page in both interface languages, each listing its hreflang alternates.
import { LANG_TAG } from './locale';

export interface SitemapPage {
  /** The path after the locale: '' for the reader, '/glossary', '/p/scaling-08' … */
  path: string;
  /** ISO date of the page's last change, where known. */
  lastModified?: string;
}

export interface SitemapEntry {
  url: string;
  lastModified?: string;
  alternates: { languages: Record<string, string> };
}

export function sitemapEntries(
  siteUrl: string,
  locales: readonly ('zh' | 'en')[],
  pages: SitemapPage[],
): SitemapEntry[] {
  return pages.flatMap((page) => {
    const languages = Object.fromEntries(
      locales.map((locale) => [LANG_TAG[locale], `${siteUrl}/${locale}${page.path}`]),
    );
    return locales.map((locale) => ({
      url: `${siteUrl}/${locale}${page.path}`,
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      alternates: { languages },
    }));
  });
}
