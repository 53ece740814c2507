import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { LANG_TAG } from '@/lib/locale';
import { glossaryPath, readerPath } from '@/lib/routes';
import './globals.css';
import './global-not-found.css';

// The proxy puts the locale of the request path (or the browser's choice) in this header.
async function requestLocale() {
  const locale = (await headers()).get('x-next-intl-locale');
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await requestLocale(), namespace: 'NotFound' });
  return { title: t('title') };
}

/**
 * The 404 page for every address that matches no page (unknown paths, unit IDs and terms).
 * The root layout sits under [locale], so this page brings its own document, in the request's language.
 */
export default async function GlobalNotFound() {
  const locale = await requestLocale();
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const layout = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <html lang={LANG_TAG[locale]}>
      <body>
        <header className="site-header">
          <a className="site-name" href={readerPath(locale)}>
            {layout('siteName')}
          </a>
          <nav className="site-nav" aria-label={layout('navLabel')}>
            <a href={glossaryPath(locale)}>{layout('navGlossary')}</a>
          </nav>
        </header>
        <main id="article" className="not-found">
          <h1>{t('title')}</h1>
          <p>{t('body')}</p>
          <p>
            <a href={readerPath(locale)}>{t('back')}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
