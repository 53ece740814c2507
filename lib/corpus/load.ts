import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus, type CorpusFile } from './build';
import type { Corpus } from './model';

/**
 * Reads a corpus folder (article.yaml, units/*.yaml, the source copy) and validates it.
 * `label` is how the folder is named in messages (the project's is `corpus`).
 */
export function loadCorpusFrom(dir: string, label = path.basename(dir)): Corpus {
  const read = (relative: string): CorpusFile => ({
    path: path.posix.join(label, relative),
    text: readFileSync(path.join(dir, relative), 'utf8'),
  });
  const article = read('article.yaml');
  const units = readdirSync(path.join(dir, 'units'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => read(`units/${name}`));
  // The source path is checked by the schema; read it leniently so a bad article.yaml reports itself.
  const sourceRelative = /^\s*file:\s*(\S+)\s*$/m.exec(article.text)?.[1] ?? 'source';
  let source: CorpusFile;
  try {
    source = read(sourceRelative);
  } catch {
    source = { path: path.posix.join(label, sourceRelative), text: '' };
  }
  return buildCorpus({ article, units, source });
}

let cached: Corpus | undefined;

/** The project's corpus, loaded once per process. */
export function loadCorpus(): Corpus {
  cached ??= loadCorpusFrom(path.join(process.cwd(), 'corpus'), 'corpus');
  return cached;
}
