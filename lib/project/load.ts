// The one project loader. Every page, route, script, export and test that needs the article, the
// glossary, the sentences or the words takes them from here, so what the app serves is what
// `checkCorpus` validated: the same objects, built once per process.
import path from 'node:path';
import { checkCorpus, type CorpusCheck } from '../check/corpus';
import { readCorpusFiles } from '../corpus/files';
import type { Corpus } from '../corpus/model';
import { InvalidCorpusError } from '../corpus/problems';
import type { UnitSentences } from '../sentences/model';
import type { TermIndex } from '../terms/term-index';
import type { Word } from '../words/segment';

/** The checked project: everything the app is built from. */
export interface Project {
  corpus: Corpus;
  /** The glossary with every unit of the article marked. */
  index: TermIndex;
  /** Every unit's aligned sentences, keyed by unit ID. */
  sentences: Map<string, UnitSentences>;
  /** Every unit's words, keyed by unit ID, cut with the corpus's reviewed overrides. */
  words: Map<string, Word[]>;
}

// Keyed by the resolved root, so that a test can load a patched copy of the corpus beside the real one.
const checks = new Map<string, CorpusCheck>();
const projects = new Map<string, Project>();

/** The full corpus check of the project under `root` (`corpus/` in it), run once per process and root. */
export function checkProject(root = process.cwd()): CorpusCheck {
  const key = path.resolve(root);
  let check = checks.get(key);
  if (!check) {
    check = checkCorpus(readCorpusFiles(key));
    checks.set(key, check);
  }
  return check;
}

/**
 * The project under `root`, from its checked pipeline. The build refuses any error before a page is
 * rendered (prebuild and next.config.ts); this refuses only a project whose parts could not be built,
 * naming every error, so that the dev server keeps serving while a translator fixes a warning-level
 * or QA problem.
 */
export function loadProject(root = process.cwd()): Project {
  const key = path.resolve(root);
  const loaded = projects.get(key);
  if (loaded) return loaded;
  const { corpus, index, sentences, words, problems } = checkProject(key);
  if (!corpus || !index || !sentences || !words) throw new InvalidCorpusError(problems);
  const project = { corpus, index, sentences, words };
  projects.set(key, project);
  return project;
}
