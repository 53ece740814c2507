import { loadCorpus } from '../corpus/load';
import { loadSentences } from '../sentences/load';
import { loadTermIndex } from '../terms/load';
import { EXPORT_FORMAT, EXPORT_KINDS, exportFileName, schemaPath, type ExportKind } from './files';
import { parallelTextSchema, toParallelJSON } from './json';
import { toMarkdown } from './markdown';
import { corpusRevision } from './revision';
import { toArticleTable, toGlossaryCSV } from './tables';
import { toTBX } from './tbx';
import { toTMX } from './tmx';

export interface ExportFile {
  kind: ExportKind;
  name: string;
  mime: string;
}

/** The article's slug and the corpus revision, which name every export. */
function exportNaming(): { slug: string; revision: string } {
  const corpus = loadCorpus();
  return { slug: corpus.meta.slug, revision: corpusRevision(corpus, loadTermIndex().glossary) };
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
  const corpus = loadCorpus();
  const { glossary } = loadTermIndex();
  const revision = corpusRevision(corpus, glossary);
  switch (kind) {
    case 'tmx':
      return toTMX(corpus, revision, loadSentences());
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
