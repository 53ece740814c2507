import { getMessages } from 'next-intl/server';
import { wordCardLabels } from '@/components/words/labels';
import { projectWordData } from '@/lib/project/word-data';
import { localeFileParams, localeOfFile } from '../../locale-files';

// Generated at build time, one file per UI language: the article's own words and the word card's
// labels, fetched when word mode is first used (or warmed when the page is idle in word mode).
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeFileParams;

export async function GET(_request: Request, { params }: RouteContext<'/data/words/[file]'>) {
  const locale = localeOfFile((await params).file);
  return Response.json({ labels: wordCardLabels(await getMessages({ locale })), ...projectWordData(locale) });
}
