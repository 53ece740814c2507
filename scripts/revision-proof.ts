// `npm run test:revision`, part of `npm test`: a translator's next revision must not fail a code
// test. It publishes a new revision of one unit of every kind (the English changed, the revision
// raised, the old English kept in history, the review renewed, the lock renewed, as corpus/README.md
// describes) in a copy of the project (its node_modules linked, not copied) and runs the whole unit
// suite there. A test that pinned today's
// wording or revision numbers instead of reading them from the corpus fails in that run.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCorpusFiles } from '../lib/corpus/files';
import { loadProject } from '../lib/project/load';
import { patched, publishRevision } from '../tests/corpus-patch';

const ADDED = ', as revised';
const project = process.cwd();
const units = loadProject(project).corpus.units;
/** The first unit of each kind: a byline, a heading, a question, an answer, a list item and so on. */
const firstOfKind = [...new Set(units.map((u) => u.kind))].map((kind) => units.find((u) => u.kind === kind)!.id);

const copy = mkdtempSync(path.join(os.tmpdir(), 'revision-proof-'));
try {
  // Build output, test output and git stay behind; the packages are linked; everything else is copied.
  const skip = new Set(['node_modules', '.git', '.next', 'test-results', 'playwright-report', 'bench']);
  for (const name of readdirSync(project)) {
    if (!skip.has(name)) cpSync(path.join(project, name), path.join(copy, name), { recursive: true });
  }
  symlinkSync(path.join(project, 'node_modules'), path.join(copy, 'node_modules'));
  const files = patched(
    readCorpusFiles(project),
    firstOfKind.map((id) => publishRevision(id, ADDED)),
  );
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    writeFileSync(path.join(copy, file), text);
  }

  // The copy holds the new revisions: each unit's English changed and its revision raised.
  const revised = loadProject(copy).corpus.units;
  for (const id of firstOfKind) {
    const [before, after] = [units, revised].map((list) => list.find((u) => u.id === id)!);
    if (!after.en.includes(ADDED) || after.revision.number !== before.revision.number + 1) {
      throw new Error(`revision-proof: the copy does not hold a new revision of ${id}`);
    }
  }
  console.log(`revision-proof: a new revision of ${firstOfKind.join(', ')} in ${copy}; the unit suite runs there`);

  const vitest = path.join(project, 'node_modules', 'vitest', 'vitest.mjs');
  const run = spawnSync(process.execPath, [vitest, 'run'], { cwd: copy, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(
      `revision-proof: the unit suite fails on a corpus with a new revision of ${firstOfKind.join(', ')}: ` +
        'a test pins today’s wording; take its expectation from the corpus it loads',
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
