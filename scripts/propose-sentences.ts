// Proposes sentence segmentation and alignment for every unit that has no entry in corpus/sentences/
// yet, and writes them into the sentences file of the unit's section. Recorded entries are never
// changed: the corpus keeps what translators decided. Review each proposal (corpus/README.md).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildCorpus } from '../lib/corpus/build';
import { readCorpusFiles } from '../lib/corpus/files';
import { errorsIn, formatProblem } from '../lib/corpus/problems';
import { formatSentencesFile, SENTENCES_DIR, sentencesFileFor } from '../lib/sentences/files';
import { proposeEntry } from '../lib/sentences/propose';
import type { SentenceEntry } from '../lib/sentences/schema';

const root = process.cwd();
const { corpus, problems, locator } = buildCorpus(readCorpusFiles(root));
if (!corpus) {
  for (const problem of errorsIn(problems)) console.error(formatProblem(problem));
  process.exit(1);
}
mkdirSync(path.join(root, SENTENCES_DIR), { recursive: true });
let proposed = 0;
const uneven: string[] = [];
for (const section of corpus.sections) {
  const file = sentencesFileFor(locator.fileOf(section.units[0].id)!);
  const full = path.join(root, file);
  const recorded = new Map<string, SentenceEntry>();
  if (existsSync(full)) {
    const doc = parse(readFileSync(full, 'utf8')) as { units?: SentenceEntry[] } | null;
    for (const entry of doc?.units ?? []) recorded.set(entry.unit, entry);
  }
  let added = 0;
  const entries = section.units.map((unit) => {
    const kept = recorded.get(unit.id);
    if (kept) return kept;
    added++;
    const entry = proposeEntry(unit);
    if (entry.zh.length !== entry.en.length)
      uneven.push(`${unit.id} (${entry.zh.length} zh, ${entry.en.length} en: ${entry.align.join(' ')})`);
    return entry;
  });
  // Entries for units no longer in the section stay, so the check names them rather than losing them.
  const orphans = [...recorded.values()].filter((e) => !section.units.some((u) => u.id === e.unit));
  if (added === 0) continue;
  writeFileSync(full, formatSentencesFile(section.id, [...entries, ...orphans]));
  proposed += added;
  console.log(`${file}: proposed ${added} unit${added === 1 ? '' : 's'}`);
}
console.log(`${proposed} proposal${proposed === 1 ? '' : 's'} written; recorded entries untouched.`);
if (uneven.length > 0) console.log(`Review first, sentence counts differ:\n  ${uneven.join('\n  ')}`);
