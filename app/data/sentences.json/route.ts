import { sentenceData } from '@/lib/reader/data';
import { loadProject } from '@/lib/project/load';

// Generated at build time; the reader fetches it when the sentence marks are first used.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(sentenceData(loadProject().sentences));
}
