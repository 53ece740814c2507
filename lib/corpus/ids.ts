import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { IDS_FILE } from './files';
import { UNIT_ID } from './schema';

const unitId = z.string().regex(UNIT_ID, 'must look like "section-NN"');
const reason = z.string().trim().min(1, 'must not be empty');
/** A sentence address: a unit ID and a group number, `scaling-05#s2`. */
export const SENTENCE_ADDRESS = /^([a-z0-9]+(?:-[a-z0-9]+)*-\d{2})#s([1-9]\d*)$/;
const sentenceAddress = z.string().regex(SENTENCE_ADDRESS, 'must look like "section-NN#sN"');
export const idManifestSchema = z.strictObject({
  published: z.array(unitId),
  retired: z.record(unitId, z.strictObject({ to: unitId, reason })),
  /** Per unit, how many sentence addresses (#s1 … #sN) have been published. Only ever raised. */
  sentences: z.record(unitId, z.number().int().min(1)).optional(),
  /** Sentence addresses that no longer exist, each pointing to the address that now holds its text. */
  retiredSentences: z.record(sentenceAddress, z.strictObject({ to: sentenceAddress, reason })).optional(),
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
