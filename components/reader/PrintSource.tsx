import { getTranslations } from 'next-intl/server';
import type { ArticleMeta } from '@/lib/corpus/schema';
import { LANG_TAG, type Locale } from '@/lib/locale';
import { absoluteUrl, readerPath } from '@/lib/routes';
import { SITE_URL } from '@/lib/site';

/** Shown on paper only: where the printout comes from and what its two columns are. */
export async function PrintSource({ meta, locale }: { meta: ArticleMeta; locale: Locale }) {
  const t = await getTranslations('Reading');
  const date = new Intl.DateTimeFormat(LANG_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(meta.published),
  );
  return (
    <p className="print-only print-source">
      {t('printSource', {
        url: absoluteUrl(SITE_URL, readerPath(locale)),
        author: meta.author[locale],
        publisher: meta.publisher[locale],
        date,
      })}
    </p>
  );
}
