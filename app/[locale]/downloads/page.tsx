import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Downloads } from '@/components/downloads/Downloads';
import { localeParams } from '@/i18n/params';
import { downloadsPath } from '@/lib/routes';
import './downloads-page.css';

export async function generateMetadata({ params }: PageProps<'/[locale]/downloads'>): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Downloads' });
  return { title: t('title'), description: t('intro'), alternates: { canonical: downloadsPath(locale) } };
}

export default async function DownloadsPage() {
  const t = await getTranslations('Downloads');
  return (
    <main id="article" className="downloads-page" tabIndex={-1}>
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <Downloads show="both" headingLevel={2} />
      <h2>{t('citationsTitle')}</h2>
      <p>{t('citationsIntro')}</p>
    </main>
  );
}
