// Pins the pinyin pinyin-pro generates for the glossary (corpus/pinyin.snapshot.json). Run it
// deliberately: after adding a glossary form, or after a pinyin-pro update once every changed
// reading the check reported has been confirmed (a wrong one is fixed by writing its pinyin in
// the glossary instead). Review the diff before committing it.
import { writeFileSync } from 'node:fs';
import { PINYIN_SNAPSHOT_FILE } from '../lib/corpus/files';
import { InvalidCorpusError } from '../lib/corpus/problems';
import { checkProject } from '../lib/project/load';
import { generatedReadings, snapshotText } from '../lib/terms/pinyin-snapshot';

// The glossary as the check built it; a stale snapshot is the one error this script exists to clear.
const { index, problems } = checkProject();
if (!index) throw new InvalidCorpusError(problems);
const readings = generatedReadings(index.glossary);
writeFileSync(PINYIN_SNAPSHOT_FILE, snapshotText(readings));
console.log(`${PINYIN_SNAPSHOT_FILE}: ${Object.keys(readings).length} generated readings pinned`);
