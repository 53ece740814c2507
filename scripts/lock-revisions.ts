// Records each unit's revision and English hash in corpus/revisions.lock.json, once the revisions are
// consistent (a changed English needs a new revision number first).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus } from '../lib/corpus/build';
import { readCorpusFiles } from '../lib/corpus/files';
import { formatProblem, type Problem } from '../lib/corpus/problems';
import { lockFor, parseRevisionLock, REVISION_LOCK_FILE, revisionProblems } from '../lib/check/revisions';

const files = readCorpusFiles();
const { corpus, problems, locator } = buildCorpus(files);
const fail = (list: Problem[]) => {
  for (const problem of list) console.error(formatProblem(problem));
  process.exit(1);
};
if (!corpus) fail(problems.filter((p) => p.severity === 'error'));
const lockProblems: Problem[] = [];
// A missing lock starts afresh; a malformed one is not overwritten silently.
const lock = files.has(REVISION_LOCK_FILE) ? parseRevisionLock(files, lockProblems) : {};
if (!lock) fail(lockProblems);
// Units new to the lock are what this script adds; anything else must be fixed first.
const blocking = revisionProblems(corpus!.units, lock!, locator).filter((p) => lock![p.unit!]);
if (blocking.length > 0) fail(blocking);
writeFileSync(path.join(process.cwd(), REVISION_LOCK_FILE), JSON.stringify(lockFor(corpus!.units), null, 2) + '\n');
console.log(`locked ${corpus!.units.length} units in ${REVISION_LOCK_FILE}`);
