import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleHeader } from '@/components/reader/ArticleHeader';
import { ParallelText } from '@/components/reader/ParallelText';
import { PrintSource } from '@/components/reader/PrintSource';
import { ReaderToolsLayer } from '@/components/behaviour/ReaderToolsLayer';
import { TextIslands } from '@/components/behaviour/TextIslands';
import { TableOfContents } from '@/components/reader/TableOfContents';
import { readIdManifest, resolveUnitId } from '@/lib/corpus/ids';
import { loadProject } from '@/lib/project/load';
import { localeParams } from '@/i18n/params';
import { LANG_TAG } from '@/lib/locale';
import { readerPath } from '@/lib/routes';
import { languageAlternates } from '@/lib/route-match';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const { meta } = loadProject().corpus;
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    title: { absolute: `${meta.title[locale]} · ${t('siteName')}` },
    description: t('description'),
    alternates: { canonical: readerPath(locale), languages: languageAlternates(LANG_TAG, readerPath) },
  };
}

export default async function ReaderPage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await localeParams(params);
  const corpus = loadProject().corpus;
  const { marked } = loadProject().index;
  const manifest = readIdManifest();
  const current = new Set(corpus.units.map((u) => u.id));
  const retired = Object.fromEntries(
    Object.keys(manifest.retired).flatMap((id) => {
      const to = resolveUnitId(id, current, manifest);
      return to ? [[id, to]] : [];
    }),
  );
  return (
    <main id="article" className="reader" tabIndex={-1}>
      <ArticleHeader meta={corpus.meta} locale={locale} />
      <div className="reader-body">
        <div className="reader-side">
          <TableOfContents sections={corpus.sections} locale={locale} />
        </div>
        <div className="reader-main">
          <ReaderToolsLayer locale={locale} speakers={corpus.meta.speakers} retired={retired} />
          <ParallelText corpus={corpus} marked={marked} locale={locale} />
        </div>
      </div>
      <PrintSource meta={corpus.meta} locale={locale} />
      <TextIslands locale={locale} cite />
    </main>
  );
}
