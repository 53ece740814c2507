import { loadCorpus } from '@/lib/corpus/load';
import { pinyinData } from '@/lib/reader/pinyin';

// Generated at build time; the reader fetches it only when pinyin is switched on.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(pinyinData(loadCorpus().units));
}
