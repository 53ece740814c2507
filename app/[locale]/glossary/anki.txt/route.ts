import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { practiceData } from '@/lib/practice/cards';
import { SITE_URL } from '@/lib/site';
import { ankiDeck } from '@/lib/practice/anki';
import { loadProject } from '@/lib/project/load';
import { localeParams } from '@/i18n/params';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The glossary as an Anki deck, built once at build time. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/glossary/anki.txt'>) {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Practice' });
  const { glossary, marked, occurrences } = loadProject().index;
  const data = practiceData(glossary, loadProject().corpus.sections, marked, occurrences, locale);
  const text = ankiDeck(data, locale, SITE_URL, {
    deck: t('ankiDeck'),
    inArticle: t('inArticle'),
    example: t('example'),
  });
  return new Response(text, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-disposition': `attachment; filename="parallel-reader-glossary-${locale}.txt"`,
    },
  });
}
