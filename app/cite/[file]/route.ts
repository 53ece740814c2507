import { citationFileResponse, citationParams } from '@/lib/downloads/serve';

// Every unit's BibTeX, RIS and CSL-JSON in each quoted language, generated at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return citationParams();
}

export async function GET(_request: Request, { params }: RouteContext<'/cite/[file]'>) {
  const { file } = await params;
  return citationFileResponse(file);
}
