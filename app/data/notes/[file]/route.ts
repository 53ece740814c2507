import { notesData } from '@/lib/reader/data';
import { loadProject } from '@/lib/project/load';
import { localeFileParams, localeOfFile } from '../../locale-files';

// Generated at build time, one file per UI language; a note's text is fetched when it is opened.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeFileParams;

export async function GET(_request: Request, { params }: RouteContext<'/data/notes/[file]'>) {
  return Response.json(notesData(loadProject().corpus, localeOfFile((await params).file)));
}
