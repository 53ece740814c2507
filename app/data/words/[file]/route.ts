import { loadCorpus } from '@/lib/corpus/load';
import { loadTermIndex } from '@/lib/terms/load';
import { wordData } from '@/lib/words/data';
import { loadCedict } from '@/lib/words/dictionary';
import { loadWords } from '@/lib/words/load';
import { localeFileParams, localeOfFile } from '../../locale-files';

// Generated at build time, one file per UI language: the article's own words, fetched on first use.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeFileParams;

export async function GET(_request: Request, { params }: RouteContext<'/data/words/[file]'>) {
  const data = wordData(loadCorpus().units, loadWords(), loadTermIndex().glossary.byId, loadCedict(), localeOfFile((await params).file));
  return Response.json(data);
}
