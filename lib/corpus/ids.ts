import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Unit } from './model';
import { UNIT_ID } from './schema';

export const IDS_FILE = 'corpus/ids.yaml';

const unitId = z.string().regex(UNIT_ID);
export const idManifestSchema = z.strictObject({
  published: z.array(unitId),
  retired: z.record(unitId, z.strictObject({ to: unitId, reason: z.string().trim().min(1) })),
});
export type IdManifest = z.infer<typeof idManifestSchema>;

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

/** Every published ID must still resolve; every current unit must be published; no ID is reused. */
export function idProblems(units: Unit[], manifest: IdManifest): string[] {
  const problems: string[] = [];
  const current = new Set(units.map((u) => u.id));
  const published = new Set(manifest.published);
  if (published.size !== manifest.published.length) problems.push(`${IDS_FILE} lists an ID twice`);
  for (const id of manifest.published) {
    if (current.has(id) && manifest.retired[id]) problems.push(`${id} is retired but a unit still uses it`);
    if (!resolveUnitId(id, current, manifest)) problems.push(`${id} was published but no longer resolves to a unit`);
  }
  for (const id of current) {
    if (!published.has(id)) problems.push(`unit ${id} is not in ${IDS_FILE}: add it under published`);
  }
  return problems;
}
