import type { MetadataRoute } from 'next';
import type { Locale } from '@/lib/locale';
import { glossaryPath, readerPath, termPath, textPath, unitPath } from '@/lib/routes';
import { SITE_URL } from '@/lib/site';
import { sitemapEntries } from '@/lib/sitemap';
import { routing } from '@/i18n/routing';
import { loadProject } from '@/lib/project/load';

export default function sitemap(): MetadataRoute.Sitemap {
  const { meta, units } = loadProject().corpus;
  const { glossary } = loadProject().index;
  const latest = units
    .map((unit) => unit.revision.date)
    .sort()
    .at(-1);
  return sitemapEntries(SITE_URL, routing.locales, [
    { path: readerPath, lastModified: latest ?? meta.published },
    { path: glossaryPath },
    { path: textPath },
    ...glossary.entries.map((entry) => ({ path: (locale: Locale) => termPath(locale, entry.id) })),
    ...units.map((unit) => ({ path: (locale: Locale) => unitPath(locale, unit.id), lastModified: unit.revision.date })),
  ]);
}
