import { loadCorpus } from '@/lib/corpus/load';
import { citeData } from '@/lib/reader/data';

// Generated at build time: the article's bibliographic data and each unit's; the cite dialog
// fetches it on first use.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(citeData(loadCorpus()));
}
