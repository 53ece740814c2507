// Records in corpus/ids.yaml how many sentence addresses (#s1 … #sN) each unit has published, once the
// sentences check passes. Counts are only ever raised: a unit whose groups shrink keeps its count, and
// the check then asks for each lost address to be retired (corpus/README.md, "Sentences").
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { buildCorpus } from '../lib/corpus/build';
import { IDS_FILE, readCorpusFiles } from '../lib/corpus/files';
import { errorsIn, formatProblem } from '../lib/corpus/problems';
import { checkSentences } from '../lib/check/sentences';

const files = readCorpusFiles();
const { corpus, problems, locator } = buildCorpus(files);
const checked = corpus && checkSentences(files, corpus.units, locator);
const blocking = errorsIn([...problems, ...(checked?.problems ?? [])]);
if (!checked?.sentences || blocking.length > 0) {
  for (const problem of blocking) console.error(formatProblem(problem));
  process.exit(1);
}
const file = path.join(process.cwd(), IDS_FILE);
const doc = parseDocument(readFileSync(file, 'utf8'));
const recorded = (doc.toJS().sentences ?? {}) as Record<string, number>;
let raised = 0;
for (const unit of corpus!.units) {
  const count = checked.sentences.get(unit.id)!.groups.length;
  if ((recorded[unit.id] ?? 0) >= count) continue;
  doc.setIn(['sentences', unit.id], count);
  raised++;
}
if (!doc.has('retiredSentences')) doc.set('retiredSentences', doc.createNode({}));
writeFileSync(file, doc.toString({ lineWidth: 0 }));
console.log(`${raised} unit${raised === 1 ? '' : 's'} with newly published sentence addresses in ${IDS_FILE}`);
