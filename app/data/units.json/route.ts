import { loadCorpus } from '@/lib/corpus/load';
import { unitCiteData } from '@/lib/reader/data';

// Generated at build time; the cite dialog fetches it on first use.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(unitCiteData(loadCorpus()));
}
