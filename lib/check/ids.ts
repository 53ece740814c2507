// The `ids` rule: the manifest of published unit IDs and sentence addresses (corpus/ids.yaml) against
// the article, so that no address a reader has bookmarked stops working.
import { IDS_FILE, type CorpusFiles } from '../corpus/files';
import { idManifestSchema, resolveUnitId, SENTENCE_ADDRESS, type IdManifest } from '../corpus/ids';
import type { Unit } from '../corpus/model';
import type { Problem } from '../corpus/problems';
import { parseYaml, validate, type YamlFile } from '../corpus/yaml';

/**
 * Every published ID must still resolve; every current unit must be published; no ID is reused.
 * A manifest that does not parse reports only itself. `units` is left out when the article is not
 * readable, so only the manifest's own shape is checked.
 */
export function idProblems(files: CorpusFiles, units?: Unit[], groupCounts?: ReadonlyMap<string, number>): Problem[] {
  const problems: Problem[] = [];
  const text = files.get(IDS_FILE);
  if (text === undefined)
    return [
      { rule: 'ids', severity: 'error', file: IDS_FILE, message: 'is missing: it lists every unit ID ever published' },
    ];
  const file = parseYaml(IDS_FILE, text, problems);
  const manifest = file && validate(idManifestSchema, file.doc.toJS(), file, problems);
  if (!file || !manifest || !units) return problems;

  const at = (line: number | undefined, unit?: string) => ({
    rule: 'ids' as const,
    severity: 'error' as const,
    file: IDS_FILE,
    line,
    unit,
  });
  const current = new Set(units.map((u) => u.id));
  const firstIndex = new Map<string, number>();
  manifest.published.forEach((id, index) => {
    const line = file.lineOf(['published', index]);
    if (firstIndex.has(id)) {
      problems.push({
        ...at(line, id),
        message: `is listed twice under published (first at line ${file.lineOf(['published', firstIndex.get(id)!])})`,
      });
      return;
    }
    firstIndex.set(id, index);
    if (current.has(id) && manifest.retired[id])
      problems.push({ ...at(file.lineOf(['retired', id]), id), message: 'is retired but a unit still uses it' });
    if (!resolveUnitId(id, current, manifest)) {
      problems.push({
        ...at(line, id),
        message:
          'was published but no unit has this ID, and it is not retired to one: restore the unit, or retire the ID pointing to the unit that now holds its text',
      });
    }
  });
  for (const id of current) {
    if (!firstIndex.has(id))
      problems.push({ ...at(undefined, id), message: `is not in ${IDS_FILE}: add it under published` });
  }
  if (groupCounts) problems.push(...sentenceAddressProblems(manifest, groupCounts, current, file));
  return problems;
}

/**
 * The sentence address `unit#sN` as it resolves today: the unit (through retired unit IDs) and the
 * group, following retired sentence addresses. A group past the unit's current count, with no
 * retirement recorded, resolves to the unit alone (`n` undefined).
 */
function resolveSentenceAddress(
  unit: string,
  n: number,
  current: Set<string>,
  manifest: IdManifest,
  groupCounts: ReadonlyMap<string, number>,
): { unit: string; n?: number } | undefined {
  const seen = new Set<string>();
  let address = `${unit}#s${n}`;
  for (
    let next = manifest.retiredSentences?.[address];
    next && !seen.has(address);
    next = manifest.retiredSentences?.[address]
  ) {
    seen.add(address);
    address = next.to;
  }
  const [, id, group] = SENTENCE_ADDRESS.exec(address)!;
  const resolved = resolveUnitId(id, current, manifest);
  if (!resolved) return undefined;
  const k = Number(group);
  return resolved === id && k <= (groupCounts.get(id) ?? 0) ? { unit: id, n: k } : { unit: resolved };
}

/**
 * Sentence addresses never break: each unit's published count is recorded, and a unit whose groups
 * shrink below it must retire each lost address to the one that now holds its text. A unit with more
 * groups than recorded must publish them (npm run sentences:publish).
 */
function sentenceAddressProblems(
  manifest: IdManifest,
  groupCounts: ReadonlyMap<string, number>,
  current: Set<string>,
  file: YamlFile,
): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string[], unit: string) => ({
    rule: 'ids' as const,
    severity: 'error' as const,
    file: IDS_FILE,
    line: file.lineOf(path),
    unit,
  });
  const published = manifest.sentences ?? {};
  const retired = manifest.retiredSentences ?? {};
  for (const [unit, count] of groupCounts) {
    const recorded = published[unit];
    if (recorded === undefined || recorded < count) {
      problems.push({
        ...at(recorded === undefined ? ['sentences'] : ['sentences', unit], unit),
        message: `has ${count} sentence group${count === 1 ? '' : 's'} but ${recorded ?? 'none'} published in ${IDS_FILE}: run npm run sentences:publish`,
      });
      continue;
    }
    for (let n = count + 1; n <= recorded; n++) {
      if (retired[`${unit}#s${n}`]) continue;
      problems.push({
        ...at(['sentences', unit], unit),
        message: `sentence ${n} (${unit}#s${n}) was published but the unit now has ${count} group${count === 1 ? '' : 's'}: retire the address under retiredSentences, pointing to the group that holds its text`,
      });
    }
  }
  for (const [address, { to }] of Object.entries(retired)) {
    const [, unit, n] = SENTENCE_ADDRESS.exec(address)!;
    const target = resolveSentenceAddress(unit, Number(n), current, manifest, groupCounts);
    if (!target?.n) {
      problems.push({
        ...at(['retiredSentences', address], unit),
        message: `retired sentence ${address} points to ${to}, which is no sentence of the article`,
      });
    }
  }
  return problems;
}
