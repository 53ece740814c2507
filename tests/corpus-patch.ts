// Bad-input fixtures as small in-memory patches of the real corpus: each patch states the few lines
// it breaks, and the check runs on the patched copy without touching the disk.
import { buildCorpus } from '@/lib/corpus/build';
import { REVISION_LOCK_FILE, UNITS_DIR, type CorpusFiles } from '@/lib/corpus/files';
import { englishHash } from '@/lib/check/revisions';
import { sentencesFileFor } from '@/lib/sentences/files';

export type Files = Map<string, string>;
export type Patch = (files: Files) => void;

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Replaces the one occurrence of `from` in a file; a patch that misses (or is ambiguous) fails loudly. */
export const replace =
  (path: string, from: string, to: string): Patch =>
  (files) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`patch: no file ${path}`);
    const count = occurrences(text, from);
    if (count !== 1) throw new Error(`patch: ${JSON.stringify(from)} occurs ${count} times in ${path}`);
    files.set(
      path,
      text.replace(from, () => to),
    );
  };

export const remove =
  (path: string): Patch =>
  (files) => {
    if (!files.delete(path)) throw new Error(`patch: no file ${path}`);
  };

export const put =
  (path: string, text: string): Patch =>
  (files) => {
    files.set(path, text);
  };

/** The units file that holds a unit. */
export function fileOfUnit(files: CorpusFiles, id: string): string {
  const found = [...files].find(([path, text]) => path.startsWith(UNITS_DIR) && text.includes(`- id: ${id}\n`));
  if (!found) throw new Error(`patch: no unit ${id}`);
  return found[0];
}

/** The YAML block of one unit, from its `- id:` line to the next unit. */
function blockOf(text: string, id: string): { start: number; end: number } {
  const start = text.indexOf(`  - id: ${id}\n`);
  const next = text.indexOf('\n  - id: ', start + 1);
  return { start, end: next < 0 ? text.length : next + 1 };
}

/** Replaces the one occurrence of `from` inside one unit's block. */
export const inUnit =
  (id: string, from: string, to: string): Patch =>
  (files) => {
    const path = fileOfUnit(files, id);
    const sentences = inSentences(path, id, from, to);
    const text = files.get(path)!;
    const { start, end } = blockOf(text, id);
    const block = text.slice(start, end);
    const count = occurrences(block, from);
    if (count !== 1) throw new Error(`patch: ${JSON.stringify(from)} occurs ${count} times in unit ${id}`);
    files.set(path, text.slice(0, start) + block.replace(from, () => to) + text.slice(end));
    sentences(files);
  };

/**
 * The same edit in the unit's sentences (corpus/sentences/), where the edited text lies inside one
 * sentence, so that a patch of a unit's text breaks only the rule under test. Edits of the YAML
 * around the text (a field, a line break) leave the sentences alone.
 */
const inSentences =
  (unitsFile: string, id: string, from: string, to: string): Patch =>
  (files) => {
    const path = sentencesFileFor(unitsFile);
    const text = files.get(path);
    if (text === undefined || from.includes('\n') || to.includes('\n') || to.trim() === '') return;
    const start = text.indexOf(`  - unit: ${id}\n`);
    if (start < 0) return;
    const next = text.indexOf('\n  - unit: ', start + 1);
    const end = next < 0 ? text.length : next + 1;
    const block = text.slice(start, end);
    if (occurrences(block, from) !== 1) return;
    files.set(path, text.slice(0, start) + block.replace(from, () => to) + text.slice(end));
  };

/** Replaces the one occurrence of `from` in one unit's entry of its sentences file. */
export const inSentenceEntry =
  (id: string, from: string, to: string): Patch =>
  (files) => {
    const path = sentencesFileFor(fileOfUnit(files, id));
    const text = files.get(path)!;
    const start = text.indexOf(`  - unit: ${id}\n`);
    const next = text.indexOf('\n  - unit: ', start + 1);
    const end = next < 0 ? text.length : next + 1;
    const block = text.slice(start, end);
    const count = occurrences(block, from);
    if (start < 0 || count !== 1)
      throw new Error(`patch: ${JSON.stringify(from)} occurs ${count} times in the sentences of ${id}`);
    files.set(path, text.slice(0, start) + block.replace(from, () => to) + text.slice(end));
  };

/** Adds fields (YAML lines at the unit's indentation) to the end of a unit. */
export const addToUnit =
  (id: string, yaml: string): Patch =>
  (files) => {
    const path = fileOfUnit(files, id);
    const text = files.get(path)!;
    const { end } = blockOf(text, id);
    const lines = yaml
      .trim()
      .split('\n')
      .map((line) => `    ${line}\n`)
      .join('');
    const newline = end === text.length && !text.endsWith('\n') ? '\n' : '';
    files.set(path, text.slice(0, end) + newline + lines + text.slice(end));
  };

/** Removes a unit's whole block from its file. */
export const removeUnit =
  (id: string): Patch =>
  (files) => {
    const path = fileOfUnit(files, id);
    const text = files.get(path)!;
    const { start, end } = blockOf(text, id);
    files.set(path, text.slice(0, start) + text.slice(end));
  };

/** Records a unit's current English in the lock, as `npm run revisions:lock` would after a proper revision. */
export const relock =
  (id: string): Patch =>
  (files) => {
    const unit = buildCorpus(files).corpus?.units.find((u) => u.id === id);
    if (!unit) throw new Error(`relock: unit ${id} does not build`);
    const lock = JSON.parse(files.get(REVISION_LOCK_FILE)!);
    lock[id] = { revision: unit.revision.number, sha256: englishHash(unit.en) };
    files.set(REVISION_LOCK_FILE, JSON.stringify(lock, null, 2) + '\n');
  };

/**
 * Replaces the one occurrence of `from` in a unit's current English (its `en:` field, which `from`
 * may include, but not the earlier revisions in its history), and in its sentences.
 */
const inCurrentEnglish =
  (id: string, from: string, to: string): Patch =>
  (files) => {
    const path = fileOfUnit(files, id);
    const sentences = inSentences(path, id, from, to);
    const text = files.get(path)!;
    const { start, end } = blockOf(text, id);
    const block = text.slice(start, end);
    const field = /^ {4}en: \|-\n(?: {6}.*(?:\n|$))+/m.exec(block);
    if (!field) throw new Error(`patch: unit ${id} has no en: |- field`);
    const count = occurrences(field[0], from);
    if (count !== 1)
      throw new Error(`patch: ${JSON.stringify(from)} occurs ${count} times in the English of unit ${id}`);
    const at = start + field.index;
    files.set(path, text.slice(0, at) + field[0].replace(from, () => to) + text.slice(at + field[0].length));
    sentences(files);
  };

/** Changes a unit's English as a published revision would, so only the rule under test fires. */
export const reviseEnglish =
  (id: string, from: string, to: string): Patch =>
  (files) => {
    inCurrentEnglish(id, from, to)(files);
    relock(id)(files);
  };

/**
 * The shortest stretch of `text` around each occurrence of `needle` that occurs in it only once
 * (widened a character at a time, to the right first), for a patch that must name a unique span.
 */
export function uniqueSpansOf(text: string, needle: string): string[] {
  const spans: string[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    let [start, end] = [at, at + needle.length];
    while (text.indexOf(text.slice(start, end)) !== text.lastIndexOf(text.slice(start, end))) {
      if (end < text.length) end++;
      else start--;
    }
    spans.push(text.slice(start, end));
  }
  return spans;
}

export function patched(base: CorpusFiles, patches: Patch[]): Files {
  const files = new Map(base);
  for (const patch of patches) patch(files);
  return files;
}

/** The 1-based line of the first occurrence of `needle` in a file (after `after`, when given). */
export function lineOf(files: CorpusFiles, path: string, needle: string, after?: string): number {
  const text = files.get(path)!;
  const from = after ? text.indexOf(after) : 0;
  const index = text.indexOf(needle, from);
  if (from < 0 || index < 0) throw new Error(`lineOf: ${JSON.stringify(needle)} not in ${path}`);
  return text.slice(0, index).split('\n').length;
}
