import { getMessages } from 'next-intl/server';
import { citeLabels } from '@/components/cite/labels';
import { citeData } from '@/lib/reader/data';
import { loadProject } from '@/lib/project/load';
import { localeFileParams, localeOfFile } from '../../locale-files';

// Generated at build time, one file per UI language: the cite dialog's labels, the article's
// bibliographic data and each unit's. The dialog fetches it on first use.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeFileParams;

export async function GET(_request: Request, { params }: RouteContext<'/data/cite/[file]'>) {
  const locale = localeOfFile((await params).file);
  return Response.json({ labels: citeLabels(await getMessages({ locale })), ...citeData(loadProject().corpus) });
}
