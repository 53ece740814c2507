import { pinyinData } from '@/lib/reader/pinyin';
import { loadProject } from '@/lib/project/load';

// Generated at build time; the reader fetches it only when pinyin is switched on.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(pinyinData(loadProject().corpus.units));
}
