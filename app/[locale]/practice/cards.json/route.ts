import { routing } from '@/i18n/routing';
import { practiceData } from '@/lib/practice/cards';
import { loadProject } from '@/lib/project/load';
import { localeParams } from '@/i18n/params';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** The practice deck of one UI language, a static file the practice page fetches. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/practice/cards.json'>) {
  const { locale } = await localeParams(params);
  const { glossary, marked, occurrences } = loadProject().index;
  return Response.json(practiceData(glossary, loadProject().corpus.sections, marked, occurrences, locale));
}
