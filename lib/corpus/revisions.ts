import { createHash } from 'node:crypto';
import type { Unit } from './model';

/** What was published: per unit, the revision number and a hash of its English. */
export type RevisionLock = Record<string, { revision: number; sha256: string }>;

export const REVISION_LOCK_FILE = 'corpus/revisions.lock.json';

export function englishHash(en: string): string {
  return createHash('sha256').update(en, 'utf8').digest('hex');
}

/**
 * Problems with revisions against the committed lock: an English rendering changed without a new
 * revision number, a revision that went backwards, or a new revision that lost the text it replaced.
 */
export function revisionProblems(units: Unit[], lock: RevisionLock): string[] {
  const problems: string[] = [];
  for (const unit of units) {
    const locked = lock[unit.id];
    const hash = englishHash(unit.en);
    if (!locked) {
      problems.push(`unit ${unit.id}: not in ${REVISION_LOCK_FILE}; run npm run revisions:lock`);
      continue;
    }
    const current = unit.revision.number;
    if (current === locked.revision && hash !== locked.sha256) {
      problems.push(
        `unit ${unit.id}: its English changed but its revision is still ${current}; ` +
          `bump the revision, keep revision ${current} in history, then run npm run revisions:lock`,
      );
    } else if (current < locked.revision) {
      problems.push(`unit ${unit.id}: revision ${current} is older than the published revision ${locked.revision}`);
    } else if (current > locked.revision) {
      const kept = unit.history.find((h) => h.number === locked.revision);
      if (!kept || englishHash(kept.en) !== locked.sha256) {
        problems.push(`unit ${unit.id}: revision ${current} must keep revision ${locked.revision}'s English in history`);
      }
    }
  }
  return problems;
}

/** The lock for the units as they are now. */
export function lockFor(units: Unit[]): RevisionLock {
  return Object.fromEntries(units.map((u) => [u.id, { revision: u.revision.number, sha256: englishHash(u.en) }]));
}
