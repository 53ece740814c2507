import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParams } from '@/i18n/params';
import { glossaryPath, practicePath, readerPath, textPath } from '@/lib/routes';
import './offline-page.css';

export async function generateMetadata({ params }: PageProps<'/[locale]/offline'>): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * What the service worker shows, at the address asked for, when there is no network: for search,
 * which runs on the server, and for a page this browser has not kept. Says what works offline.
 */
export default async function OfflinePage({ params }: PageProps<'/[locale]/offline'>) {
  const { locale } = await localeParams(params);
  const t = await getTranslations('Offline');
  return (
    <main id="article" className="offline-page" tabIndex={-1}>
      <h1>{t('title')}</h1>
      <p>{t('search')}</p>
      <p>{t('available')}</p>
      <ul>
        <li>
          <a href={readerPath(locale)}>{t('reader')}</a>
        </li>
        <li>
          <a href={glossaryPath(locale)}>{t('glossary')}</a>
        </li>
        <li>
          <a href={practicePath(locale)}>{t('practice')}</a>
        </li>
        <li>
          <a href={textPath(locale)}>{t('text')}</a>
        </li>
      </ul>
      <p>{t('retry')}</p>
    </main>
  );
}
