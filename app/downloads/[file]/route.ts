import { downloadFileResponse, downloadParams } from '@/lib/downloads/serve';

// Every export is generated once, at build time, and served as a static file.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return downloadParams();
}

export async function GET(_request: Request, { params }: RouteContext<'/downloads/[file]'>) {
  const { file } = await params;
  return downloadFileResponse(file);
}
