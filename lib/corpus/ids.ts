import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { IDS_FILE, type CorpusFiles } from './files';
import type { Unit } from './model';
import type { Problem } from './problems';
import { UNIT_ID } from './schema';
import { parseYaml, validate } from './yaml';

export { IDS_FILE };

const unitId = z.string().regex(UNIT_ID, 'must look like "section-NN"');
export const idManifestSchema = z.strictObject({
  published: z.array(unitId),
  retired: z.record(unitId, z.strictObject({ to: unitId, reason: z.string().trim().min(1, 'must not be empty') })),
});
export type IdManifest = z.infer<typeof idManifestSchema>;

/** The manifest as the app reads it, once the corpus check has passed. */
export function readIdManifest(root = process.cwd()): IdManifest {
  return idManifestSchema.parse(parse(readFileSync(path.join(root, IDS_FILE), 'utf8')));
}

/** The unit an ID leads to today: itself, or the unit a retired ID now lives in. */
export function resolveUnitId(id: string, current: Set<string>, manifest: IdManifest): string | undefined {
  const seen = new Set<string>();
  let at = id;
  while (!current.has(at)) {
    const next = manifest.retired[at]?.to;
    if (!next || seen.has(at)) return undefined;
    seen.add(at);
    at = next;
  }
  return at;
}

/**
 * Every published ID must still resolve; every current unit must be published; no ID is reused.
 * A manifest that does not parse reports only itself. `units` is left out when the article is not
 * readable, so only the manifest's own shape is checked.
 */
export function idProblems(files: CorpusFiles, units?: Unit[]): Problem[] {
  const problems: Problem[] = [];
  const text = files.get(IDS_FILE);
  if (text === undefined) return [{ rule: 'ids', severity: 'error', file: IDS_FILE, message: 'is missing: it lists every unit ID ever published' }];
  const file = parseYaml(IDS_FILE, text, problems);
  const manifest = file && validate(idManifestSchema, file.doc.toJS(), file, problems);
  if (!file || !manifest || !units) return problems;

  const at = (line: number | undefined, unit?: string) => ({ rule: 'ids' as const, severity: 'error' as const, file: IDS_FILE, line, unit });
  const current = new Set(units.map((u) => u.id));
  const firstIndex = new Map<string, number>();
  manifest.published.forEach((id, index) => {
    const line = file.lineOf(['published', index]);
    if (firstIndex.has(id)) {
      problems.push({ ...at(line, id), message: `is listed twice under published (first at line ${file.lineOf(['published', firstIndex.get(id)!])})` });
      return;
    }
    firstIndex.set(id, index);
    if (current.has(id) && manifest.retired[id]) problems.push({ ...at(file.lineOf(['retired', id]), id), message: 'is retired but a unit still uses it' });
    if (!resolveUnitId(id, current, manifest)) {
      problems.push({ ...at(line, id), message: 'was published but no unit has this ID, and it is not retired to one: restore the unit, or retire the ID pointing to the unit that now holds its text' });
    }
  });
  for (const id of current) {
    if (!firstIndex.has(id)) problems.push({ ...at(undefined, id), message: `is not in ${IDS_FILE}: add it under published` });
  }
  return problems;
}
