import { tooltipData } from '@/lib/terms/tooltip';
import { loadProject } from '@/lib/project/load';
import { localeFileParams, localeOfFile } from '../../locale-files';

// Generated at build time, one file per UI language; the tooltip fetches it on first use.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeFileParams;

export async function GET(_request: Request, { params }: RouteContext<'/data/terms/[file]'>) {
  const { glossary, occurrences } = loadProject().index;
  const entries = glossary.entries.filter((entry) => occurrences.has(entry.id));
  return Response.json(tooltipData(entries, localeOfFile((await params).file)));
}
