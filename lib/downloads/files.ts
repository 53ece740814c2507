// The names and addresses of every build-time export: shared by the route handlers that serve
// them, the downloads list that links them, and the tests that read them back.
import { downloadFilePath } from '../routes';

export const ARTICLE_EXPORTS = ['tmx', 'csv', 'tsv', 'json', 'md'] as const;
export const GLOSSARY_EXPORTS = ['tbx', 'tbx2', 'glossary-csv'] as const;
type ArticleExport = (typeof ARTICLE_EXPORTS)[number];
type GlossaryExport = (typeof GLOSSARY_EXPORTS)[number];
export type ExportKind = ArticleExport | GlossaryExport;
export const EXPORT_KINDS: readonly ExportKind[] = [...ARTICLE_EXPORTS, ...GLOSSARY_EXPORTS];

export const EXPORT_FORMAT: Record<ExportKind, { suffix: string; mime: string; name: string }> = {
  tmx: { suffix: '.tmx', mime: 'application/x-tmx+xml', name: 'TMX 1.4b' },
  csv: { suffix: '.csv', mime: 'text/csv', name: 'CSV' },
  tsv: { suffix: '.tsv', mime: 'text/tab-separated-values', name: 'TSV' },
  json: { suffix: '.json', mime: 'application/json', name: 'JSON' },
  md: { suffix: '.md', mime: 'text/markdown', name: 'Markdown' },
  tbx: { suffix: '-glossary.tbx', mime: 'application/x-tbx+xml', name: 'TBX-Basic (ISO 30042:2019)' },
  tbx2: { suffix: '-glossary.tbx2.tbx', mime: 'application/x-tbx+xml', name: 'TBX-Basic (TBX 2, 2008)' },
  'glossary-csv': { suffix: '-glossary.csv', mime: 'text/csv', name: 'CSV' },
};

// The exports are served at /downloads/<slug>_<corpus revision><suffix> (lib/routes.ts downloadFilePath).
/** The JSON Schema of the JSON export, versioned by its own number, not by the corpus. */
export const JSON_SCHEMA_FILE = 'parallel-text.v1.schema.json';

export const exportFileName = (slug: string, revision: string, kind: ExportKind) =>
  `${slug}_${revision}${EXPORT_FORMAT[kind].suffix}`;

export const schemaPath = () => downloadFilePath(JSON_SCHEMA_FILE);

/** The content type a file is served with: every text export is UTF-8. */
export const contentType = (mime: string) => `${mime}; charset=utf-8`;
