// Records each unit's revision and English hash in corpus/revisions.lock.json, once the revisions are
// consistent (a changed English needs a new revision number first).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpusFrom } from '../lib/corpus/load';
import { lockFor, REVISION_LOCK_FILE, revisionProblems, type RevisionLock } from '../lib/corpus/revisions';

const file = path.join(process.cwd(), REVISION_LOCK_FILE);
const { units } = loadCorpusFrom(path.join(process.cwd(), 'corpus'), 'corpus');
const lock: RevisionLock = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
const blocking = revisionProblems(units, lock).filter((p) => !p.includes('not in'));
if (blocking.length > 0) {
  for (const problem of blocking) console.error(`- ${problem}`);
  process.exit(1);
}
writeFileSync(file, JSON.stringify(lockFor(units), null, 2) + '\n');
console.log(`locked ${units.length} units in ${REVISION_LOCK_FILE}`);
