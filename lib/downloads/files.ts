// The names and addresses of every download (the whole article and the glossary, built at build
// time): shared by the route handlers that serve them, the downloads list that links them, and the
// tests that read them back.
import { downloadFilePath } from '../routes';

export const ARTICLE_DOWNLOADS = ['tmx', 'csv', 'tsv', 'json', 'md'] as const;
export const GLOSSARY_DOWNLOADS = ['tbx', 'tbx2', 'glossary-csv'] as const;
type ArticleDownload = (typeof ARTICLE_DOWNLOADS)[number];
type GlossaryDownload = (typeof GLOSSARY_DOWNLOADS)[number];
export type DownloadKind = ArticleDownload | GlossaryDownload;
export const DOWNLOAD_KINDS: readonly DownloadKind[] = [...ARTICLE_DOWNLOADS, ...GLOSSARY_DOWNLOADS];

export const DOWNLOAD_FORMATS: Record<DownloadKind, { suffix: string; mime: string; name: string }> = {
  tmx: { suffix: '.tmx', mime: 'application/x-tmx+xml', name: 'TMX 1.4b' },
  csv: { suffix: '.csv', mime: 'text/csv', name: 'CSV' },
  tsv: { suffix: '.tsv', mime: 'text/tab-separated-values', name: 'TSV' },
  json: { suffix: '.json', mime: 'application/json', name: 'JSON' },
  md: { suffix: '.md', mime: 'text/markdown', name: 'Markdown' },
  tbx: { suffix: '-glossary.tbx', mime: 'application/x-tbx+xml', name: 'TBX-Basic (ISO 30042:2019)' },
  tbx2: { suffix: '-glossary.tbx2.tbx', mime: 'application/x-tbx+xml', name: 'TBX-Basic (TBX 2, 2008)' },
  'glossary-csv': { suffix: '-glossary.csv', mime: 'text/csv', name: 'CSV' },
};

// The downloads are served at /downloads/<slug>_<corpus revision><suffix> (lib/routes.ts downloadFilePath).
/** The JSON Schema of the JSON download, versioned by its own number, not by the corpus. */
export const JSON_SCHEMA_FILE = 'parallel-text.v1.schema.json';

export const downloadFileName = (slug: string, revision: string, kind: DownloadKind) =>
  `${slug}_${revision}${DOWNLOAD_FORMATS[kind].suffix}`;

export const schemaPath = () => downloadFilePath(JSON_SCHEMA_FILE);

/** The content type a file is served with: every text download is UTF-8. */
export const contentType = (mime: string) => `${mime}; charset=utf-8`;
