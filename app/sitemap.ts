import type { MetadataRoute } from 'next';
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
    { path: '', lastModified: latest ?? meta.published },
    { path: '/glossary' },
    { path: '/text' },
    ...glossary.entries.map((entry) => ({ path: `/glossary/${entry.id}` })),
    ...units.map((unit) => ({ path: `/p/${unit.id}`, lastModified: unit.revision.date })),
  ]);
}
