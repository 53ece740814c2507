import { buildCorpus } from '../corpus/build';
import type { CorpusFiles } from '../corpus/files';
import { checkGlossary } from './glossary';
import { idProblems } from './ids';
import type { Corpus } from '../corpus/model';
import { errorsIn, RULES, type Problem } from '../corpus/problems';
import { qaProblems } from './qa';
import { parseRevisionLock, revisionProblems } from './revisions';
import { reviewProblems } from './reviews';
import { checkSentences } from './sentences';
import { checkWords } from './words';
import type { UnitSentences } from '../sentences/model';
import type { TermIndex } from '../terms/term-index';
import { jiebaCut } from '../words/jieba';
import type { Word } from '../words/segment';

export interface CorpusCheck {
  /** The article, when every unit could be read (even if other checks failed). */
  corpus?: Corpus;
  /** The glossary with the article marked, when both could be read. */
  index?: TermIndex;
  /** Every unit's aligned sentences, when they are all sound. */
  sentences?: Map<string, UnitSentences>;
  /** Every unit's words, when the overrides are all sound. */
  words?: Map<string, Word[]>;
  /** Every problem found, errors and warnings, in file order. */
  problems: Problem[];
  ok: boolean;
}

const ruleOrder = new Map<string, number>(RULES.map((rule, i) => [rule, i]));

/**
 * The one corpus check: structure and source text, permanent IDs, revisions, the glossary and its
 * use, the reviews, then translation QA. Each stage runs when what it reads is readable, so one broken file is
 * reported once, by name, and not as a cascade in the stages after it. The project loader
 * (lib/project/load.ts: `npm run check:corpus`, the build, the pages) calls it on the corpus on disk;
 * the tests also call it on patched copies in memory.
 */
export function checkCorpus(files: CorpusFiles): CorpusCheck {
  const { corpus, problems, locator, reviews } = buildCorpus(files);
  const units = corpus?.units;
  // Checks keyed by unit ID wait until IDs are unique and in their sections; checks over the whole
  // article (every ID resolves, every term occurs somewhere) also wait until the sections are in
  // order: a missing units file is one problem, not one per unit or term it held.
  const idsSound = !problems.some((p) => p.rule === 'unit-id');
  const whole = units && idsSound && !problems.some((p) => p.rule === 'sections') ? units : undefined;

  const sentences = checkSentences(files, whole, locator);
  problems.push(...sentences.problems);
  const groupCounts = sentences.sentences && new Map([...sentences.sentences].map(([id, s]) => [id, s.groups.length]));
  problems.push(...idProblems(files, whole, groupCounts));

  const lock = parseRevisionLock(files, problems);
  if (lock && units && idsSound) problems.push(...revisionProblems(units, lock, locator));

  if (whole && reviews.readable) problems.push(...reviewProblems(whole, reviews, locator, files));

  const glossary = checkGlossary(files, units, locator, Boolean(whole));
  problems.push(...glossary.problems);

  const words = checkWords(files, jiebaCut, whole, glossary.index?.marked, locator);
  problems.push(...words.problems);

  if (units && glossary.index) problems.push(...qaProblems(units, locator, glossary.index));

  problems.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || ruleOrder.get(a.rule)! - ruleOrder.get(b.rule)!,
  );
  return {
    corpus,
    index: glossary.index,
    sentences: sentences.sentences,
    words: words.words,
    problems,
    ok: errorsIn(problems).length === 0,
  };
}
