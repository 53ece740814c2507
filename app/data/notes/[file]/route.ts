import { loadCorpus } from '@/lib/corpus/load';
import type { Lang } from '@/lib/corpus/model';
import { notesData } from '@/lib/reader/data';
import { routing } from '@/i18n/routing';

// Generated at build time, one file per UI language; a note's text is fetched when it is opened.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ file: `${locale}.json` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/notes/[file]'>) {
  const locale = (await params).file.replace(/\.json$/, '') as Lang;
  return Response.json(notesData(loadCorpus(), locale));
}
