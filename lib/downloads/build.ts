import { DOWNLOAD_FORMATS, DOWNLOAD_KINDS, downloadFileName, schemaPath, type DownloadKind } from './files';
import { parallelTextSchema, toParallelJSON } from './json';
import { toMarkdown } from './markdown';
import { corpusRevision } from './revision';
import { toArticleTable, toGlossaryCSV } from './tables';
import { toTBX } from './tbx';
import { toTMX } from './tmx';
import { loadProject } from '../project/load';

export interface DownloadFile {
  kind: DownloadKind;
  name: string;
  mime: string;
}

/** The article's slug and the corpus revision, which name every download. */
function downloadNaming(): { slug: string; revision: string } {
  const corpus = loadProject().corpus;
  return { slug: corpus.meta.slug, revision: corpusRevision(corpus, loadProject().index.glossary) };
}

/** Every download of the current corpus, by name. */
export function downloadFiles(): DownloadFile[] {
  const { slug, revision } = downloadNaming();
  return DOWNLOAD_KINDS.map((kind) => ({
    kind,
    name: downloadFileName(slug, revision, kind),
    mime: DOWNLOAD_FORMATS[kind].mime,
  }));
}

/** The contents of one download. `siteUrl` is the public address the files link to. */
export function renderDownload(kind: DownloadKind, siteUrl: string): string {
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
