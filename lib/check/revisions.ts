import { createHash } from 'node:crypto';
import { REVISION_LOCK_FILE, type CorpusFiles } from '../corpus/files';
import type { UnitLocator } from '../corpus/locate';
import type { Unit } from '../corpus/model';
import type { Problem } from '../corpus/problems';

export { REVISION_LOCK_FILE };

/** What was published: per unit, the revision number and a hash of its English. */
export type RevisionLock = Record<string, { revision: number; sha256: string }>;

export function englishHash(en: string): string {
  return createHash('sha256').update(en, 'utf8').digest('hex');
}

/** Reads the committed lock; a file that is not a lock is a problem naming itself. */
export function parseRevisionLock(files: CorpusFiles, problems: Problem[]): RevisionLock | undefined {
  const text = files.get(REVISION_LOCK_FILE);
  const fail = (rule: 'syntax' | 'revisions', message: string) => {
    problems.push({ rule, severity: 'error', file: REVISION_LOCK_FILE, message });
    return undefined;
  };
  if (text === undefined) return fail('revisions', 'is missing; run npm run revisions:lock');
  let lock: unknown;
  try {
    lock = JSON.parse(text);
  } catch (error) {
    return fail('syntax', `JSON: ${(error as Error).message}`);
  }
  const valid =
    lock &&
    typeof lock === 'object' &&
    !Array.isArray(lock) &&
    Object.values(lock).every((v) => v && typeof v.revision === 'number' && typeof v.sha256 === 'string');
  return valid
    ? (lock as RevisionLock)
    : fail(
        'revisions',
        'is not a revision lock ({ "unit-id": { "revision": n, "sha256": "…" } }); run npm run revisions:lock',
      );
}

/**
 * Problems with revisions against the committed lock: an English rendering changed without a new
 * revision number, a revision that went backwards, or a new revision that lost the text it replaced.
 */
export function revisionProblems(units: Unit[], lock: RevisionLock, locator?: UnitLocator): Problem[] {
  const problems: Problem[] = [];
  for (const unit of units) {
    const report = (message: string) =>
      problems.push({
        rule: 'revisions',
        severity: 'error',
        file: locator?.fileOf(unit.id) ?? REVISION_LOCK_FILE,
        line: locator?.lineOf(unit.id),
        unit: unit.id,
        message,
      });
    const locked = lock[unit.id];
    const hash = englishHash(unit.en);
    if (!locked) {
      report(`is not in ${REVISION_LOCK_FILE}; run npm run revisions:lock`);
      continue;
    }
    const current = unit.revision.number;
    if (current === locked.revision && hash !== locked.sha256) {
      report(
        `its English changed but its revision is still ${current}; bump the revision, keep revision ${current} in history, then run npm run revisions:lock`,
      );
    } else if (current < locked.revision) {
      report(`revision ${current} is older than the published revision ${locked.revision}`);
    } else if (current > locked.revision) {
      const kept = unit.history.find((h) => h.number === locked.revision);
      if (!kept || englishHash(kept.en) !== locked.sha256)
        report(`revision ${current} must keep revision ${locked.revision}'s English in history`);
    }
  }
  return problems;
}

/** The lock for the units as they are now. */
export function lockFor(units: Unit[]): RevisionLock {
  return Object.fromEntries(units.map((u) => [u.id, { revision: u.revision.number, sha256: englishHash(u.en) }]));
}
