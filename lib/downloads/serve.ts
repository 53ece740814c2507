// Responses for the files built from the loaded project: the downloads (/downloads/…) and each
// paragraph's citation files (/cite/…, named and formatted by lib/cite/unit-files.ts and
// lib/cite/file-formats.ts). The route handlers under app/downloads and app/cite are thin and call
// these. Pure apart from reading the corpus, like the rest of lib/.
import { CITATION_FILE_TYPES, renderCitationFile } from '../cite/file-formats';
import { citeSource } from '../cite/source';
import { citationFiles } from '../cite/unit-files';
import { SITE_URL } from '../site';
import { downloadFiles, renderDownload, renderSchema } from './build';
import { contentType, JSON_SCHEMA_FILE } from './files';
import { loadProject } from '../project/load';

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

function file(body: string, mime: string, name: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': contentType(mime),
      // Opens in the browser where it can (JSON, text); a download keeps the file's name.
      'Content-Disposition': `inline; filename="${name}"`,
    },
  });
}

export function downloadParams(): { file: string }[] {
  return [...downloadFiles().map((f) => ({ file: f.name })), { file: JSON_SCHEMA_FILE }];
}

export function downloadFileResponse(name: string): Response {
  if (name === JSON_SCHEMA_FILE) return file(renderSchema(SITE_URL), 'application/schema+json', name);
  const found = downloadFiles().find((f) => f.name === name);
  return found ? file(renderDownload(found.kind, SITE_URL), found.mime, name) : notFound();
}

/** The date the static citations were built: their access date, as the unit page says. */
const buildDate = () => new Date().toISOString().slice(0, 10);

export function citationParams(): { file: string }[] {
  return citationFiles(loadProject().corpus.units.map((u) => u.id)).map(({ file: name }) => ({ file: name }));
}

export function citationFileResponse(name: string): Response {
  const corpus = loadProject().corpus;
  const found = citationFiles(corpus.units.map((u) => u.id)).find((f) => f.file === name);
  if (!found) return notFound();
  const unit = corpus.units.find((u) => u.id === found.unitId)!;
  const body = renderCitationFile(found.format, citeSource(corpus.meta, unit, SITE_URL), found.lang, buildDate());
  return file(body, CITATION_FILE_TYPES[found.format].mime, name);
}
