// Responses for the build-time files: the route handlers under app/downloads and app/cite are
// thin and call these. Pure apart from reading the corpus, like the rest of lib/.
import { exportCitation, EXPORT_FILES } from '../cite/file-formats';
import { citeSource } from '../cite/source';
import { citationFiles } from '../cite/unit-files';
import { SITE_URL } from '../site';
import { exportFiles, renderExport, renderSchema } from './build';
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
  return [...exportFiles().map((f) => ({ file: f.name })), { file: JSON_SCHEMA_FILE }];
}

export function buildSchemaOrExport(name: string): Response {
  if (name === JSON_SCHEMA_FILE) return file(renderSchema(SITE_URL), 'application/schema+json', name);
  const found = exportFiles().find((f) => f.name === name);
  return found ? file(renderExport(found.kind, SITE_URL), found.mime, name) : notFound();
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
  const body = exportCitation(found.format, citeSource(corpus.meta, unit, SITE_URL), found.lang, buildDate());
  return file(body, EXPORT_FILES[found.format].mime, name);
}
