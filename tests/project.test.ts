// The one project loader: what pages, routes, scripts and downloads are built from is what the corpus
// check validated, loaded once per root; a copy of the corpus elsewhere on disk loads on its own.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GLOSSARY_DIR, UNITS_DIR } from '@/lib/corpus/files';
import { InvalidCorpusError } from '@/lib/corpus/problems';
import { checkProject, loadProject } from '@/lib/project/load';

const copies: string[] = [];
/** A copy of the project's corpus in a temporary root, with one file rewritten. */
function copyWith(file: string, rewrite: (text: string) => string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'reader-project-'));
  copies.push(root);
  cpSync('corpus', path.join(root, 'corpus'), { recursive: true });
  const target = path.join(root, file);
  writeFileSync(target, rewrite(readFileSync(target, 'utf8')));
  return root;
}
afterAll(() => copies.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('loadProject', () => {
  it('serves the objects the check built, once per process', () => {
    const project = loadProject();
    const check = checkProject();
    expect(check.ok).toBe(true);
    expect(loadProject()).toBe(project);
    expect(project.corpus).toBe(check.corpus);
    expect(project.index).toBe(check.index);
    expect(project.sentences).toBe(check.sentences);
    expect(project.words).toBe(check.words);
    expect(project.sentences.size).toBe(project.corpus.units.length);
    expect(project.words.size).toBe(project.corpus.units.length);
  });

  it('loads a copy of the corpus from its own root, beside the real one', () => {
    const real = loadProject();
    const entry = real.index.glossary.entries[0];
    const file = readdirSync(GLOSSARY_DIR)
      .map((name) => path.posix.join(GLOSSARY_DIR, name))
      .find((name) => readFileSync(name, 'utf8').split(entry.definition.en).length === 2)!;
    const root = copyWith(file, (text) => text.replace(entry.definition.en, `${entry.definition.en} (revised)`));

    const copy = loadProject(root);
    expect(copy).not.toBe(real);
    expect(loadProject(path.join(root, '.'))).toBe(copy);
    expect(copy.index.glossary.byId.get(entry.id)!.definition.en).toBe(`${entry.definition.en} (revised)`);
    expect(real.index.glossary.byId.get(entry.id)!.definition.en).toBe(entry.definition.en);
    expect(copy.corpus.units.map((u) => u.id)).toEqual(real.corpus.units.map((u) => u.id));
  });

  it('refuses a copy whose article cannot be built, naming the file', () => {
    const unitsFile = path.posix.join(UNITS_DIR, readdirSync(UNITS_DIR).sort()[0]);
    const root = copyWith(unitsFile, (text) => `${text}\n  - this is: [not yaml\n`);
    expect(() => loadProject(root)).toThrow(InvalidCorpusError);
    expect(() => loadProject(root)).toThrow(unitsFile);
    expect(checkProject(root).ok).toBe(false);
  });
});
