import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The corpus as text, keyed by path from the project root (`corpus/units/01-lede.yaml`). Checks read
 * only this map, so a test can check a patched copy of the real corpus without touching the disk.
 */
export type CorpusFiles = ReadonlyMap<string, string>;

export const CORPUS_DIR = 'corpus';
export const ARTICLE_FILE = `${CORPUS_DIR}/article.yaml`;
export const UNITS_DIR = `${CORPUS_DIR}/units`;
export const GLOSSARY_DIR = `${CORPUS_DIR}/glossary`;
/** Each units file's reviews, under the same name (`npm run check:corpus` checks them against the units). */
export const REVIEWS_DIR = `${CORPUS_DIR}/reviews`;
export const IDS_FILE = `${CORPUS_DIR}/ids.yaml`;
export const REVISION_LOCK_FILE = `${CORPUS_DIR}/revisions.lock.json`;
/** The generated pinyin of the glossary, pinned (npm run pinyin:snapshot writes it). */
export const PINYIN_SNAPSHOT_FILE = `${CORPUS_DIR}/pinyin.snapshot.json`;

/** A units file's reviews file: `corpus/units/03-scaling.yaml` → `corpus/reviews/03-scaling.yaml`. */
export const reviewsFileFor = (unitsFile: string): string =>
  path.posix.join(REVIEWS_DIR, path.posix.basename(unitsFile));

/** The YAML files directly inside a folder of the map, in name order. */
export function yamlFilesIn(files: CorpusFiles, dir: string): string[] {
  return [...files.keys()].filter((p) => path.posix.dirname(p) === dir && p.endsWith('.yaml')).sort();
}

/** Reads every file under `corpus/` of a project into memory. */
export function readCorpusFiles(root = process.cwd()): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(root, relative)).sort()) {
      const child = path.posix.join(relative, name);
      if (statSync(path.join(root, child)).isDirectory()) walk(child);
      else files.set(child, readFileSync(path.join(root, child), 'utf8'));
    }
  };
  walk(CORPUS_DIR);
  return files;
}
