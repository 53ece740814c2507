import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitch } from '@/components/LocaleSwitch';
import { OfflineSupport } from '@/components/offline/OfflineSupport';
import { DISPLAY_BOOT_URL } from '@/lib/display/boot-script';
import { LANG_TAG, otherLang } from '@/lib/locale';
import { THEME_COLOR } from '@/lib/offline/manifest';
import { SITE_URL } from '@/lib/site';
import { routing } from '@/i18n/routing';
import { downloadsPath, glossaryPath, manifestPath, practicePath, readerPath, textPath } from '@/lib/routes';
import { localeParams } from '@/i18n/params';
import { loadProject } from '@/lib/project/load';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// Unknown locales, terms and unit IDs match no page, so the localized global 404 answers them.
export const dynamicParams = false;

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('description'),
    manifest: manifestPath(locale),
  };
}

/** The browser's own bars take the page's paper colour, light or dark as the system is. */
export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: THEME_COLOR.light },
    { media: '(prefers-color-scheme: dark)', color: THEME_COLOR.dark },
  ],
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await localeParams(params);
  const t = await getTranslations('Layout');
  const { meta } = loadProject().corpus;
  const other = otherLang(locale);

  return (
    // The boot script sets the reader's display attributes on <html> before first paint.
    <html lang={LANG_TAG[locale]} suppressHydrationWarning>
      <head>
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- blocking on purpose: it must run before the body is painted */}
        <script src={DISPLAY_BOOT_URL} />
      </head>
      <body>
        <a className="skip-link" href="#article">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <a className="site-name" href={readerPath(locale)}>
            {t('siteName')}
          </a>
          <nav className="site-nav" aria-label={t('navLabel')}>
            <a className="nav-reader" href={readerPath(locale)}>
              {t('navReader')}
            </a>
            <a href={glossaryPath(locale)}>{t('navGlossary')}</a>
            <a href={downloadsPath(locale)}>{t('navDownloads')}</a>
            <a href={practicePath(locale)}>{t('navPractice')}</a>
            <a href={textPath(locale)}>{t('navText')}</a>
          </nav>
          <nav aria-label={t('languageLabel')}>
            <LocaleSwitch targetLocale={other} hrefLang={LANG_TAG[other]} label={t('switchTo')} />
          </nav>
        </header>
        {children}
        <footer className="site-footer">
          <p>{t('footer', { publisher: meta.publisher[locale] })}</p>
        </footer>
        <OfflineSupport locale={locale} />
      </body>
    </html>
  );
}
