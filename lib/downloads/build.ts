import { EXPORT_FORMAT, EXPORT_KINDS, exportFileName, schemaPath, type ExportKind } from './files';
import { parallelTextSchema, toParallelJSON } from './json';
import { toMarkdown } from './markdown';
import { corpusRevision } from './revision';
import { toArticleTable, toGlossaryCSV } from './tables';
import { toTBX } from './tbx';
import { toTMX } from './tmx';
import { loadProject } from '../project/load';

export interface ExportFile {
  kind: ExportKind;
  name: string;
  mime: string;
}

/** The article's slug and the corpus revision, which name every export. */
function exportNaming(): { slug: string; revision: string } {
  const corpus = loadProject().corpus;
  return { slug: corpus.meta.slug, revision: corpusRevision(corpus, loadProject().index.glossary) };
}

/** Every export file of the current corpus, by name. */
export function exportFiles(): ExportFile[] {
  const { slug, revision } = exportNaming();
  return EXPORT_KINDS.map((kind) => ({
    kind,
    name: exportFileName(slug, revision, kind),
    mime: EXPORT_FORMAT[kind].mime,
  }));
}

/** The contents of one export. `siteUrl` is the public address the files link to. */
export function renderExport(kind: ExportKind, siteUrl: string): string {
  const corpus = loadProject().corpus;
  const { glossary } = loadProject().index;
  const revision = corpusRevision(corpus, glossary);
  switch (kind) {
    case 'tmx':
      return toTMX(corpus, revision, loadProject().sentences);
    case 'csv':
      return toArticleTable(corpus, ',');
    case 'tsv':
      return toArticleTable(corpus, '\t');
    case 'json':
      return toParallelJSON(corpus, revision, siteUrl, `${siteUrl}${schemaPath()}`);
    case 'md':
      return toMarkdown(corpus, revision, siteUrl);
    case 'tbx':
      return toTBX(glossary, corpus.meta, revision, 2019);
    case 'tbx2':
      return toTBX(glossary, corpus.meta, revision, 2008);
    case 'glossary-csv':
      return toGlossaryCSV(glossary);
  }
}

export function renderSchema(siteUrl: string): string {
  return JSON.stringify(parallelTextSchema(`${siteUrl}${schemaPath()}`), null, 2) + '\n';
}
