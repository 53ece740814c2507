import { termTipData } from '@/lib/reader/data';
import { loadTermIndex } from '@/lib/terms/load';
import { routing } from '@/i18n/routing';
import type { Lang } from '@/lib/corpus/model';

// Generated at build time, one file per UI language; the tooltip fetches it on first use.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ file: `${locale}.json` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/terms/[file]'>) {
  const locale = (await params).file.replace(/\.json$/, '') as Lang;
  const { glossary, occurrences } = loadTermIndex();
  return Response.json(termTipData(glossary.entries.filter((entry) => occurrences.has(entry.id)), locale));
}
