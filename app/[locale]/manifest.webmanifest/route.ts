import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { LANG_TAG } from '@/lib/locale';
import { webAppManifest } from '@/lib/offline/manifest';
import { localeParams } from '@/i18n/params';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The web app manifest of one UI language, linked from its every page (the locale layout's metadata). */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/manifest.webmanifest'>) {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Manifest' });
  const meta = await getTranslations({ locale, namespace: 'Meta' });
  const manifest = webAppManifest(locale, LANG_TAG[locale], {
    name: t('name'),
    shortName: t('shortName'),
    description: meta('description'),
  });
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
}
