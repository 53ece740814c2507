import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../corpus/load';
import { buildGlossary, type Glossary } from './glossary';
import { markUnits, occurrences, type MarkedUnit } from './mark';

/** Reads every `*.yaml` in a glossary folder. `label` names the folder in messages. */
export function loadGlossaryFrom(dir: string, label = path.basename(dir)): Glossary {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ path: path.posix.join(label, name), text: readFileSync(path.join(dir, name), 'utf8') }));
  return buildGlossary(files);
}

export interface TermIndex {
  glossary: Glossary;
  marked: Map<string, MarkedUnit>;
  /** Unit IDs where each term occurs, in reading order. */
  occurrences: Map<string, string[]>;
}

let cached: TermIndex | undefined;

/** The project's glossary with every unit of the article marked, computed once per process. */
export function loadTermIndex(): TermIndex {
  if (!cached) {
    const glossary = loadGlossaryFrom(path.join(process.cwd(), 'corpus', 'glossary'), 'corpus/glossary');
    const { units } = loadCorpus();
    const marked = markUnits(units, glossary);
    cached = { glossary, marked, occurrences: occurrences(units, marked) };
  }
  return cached;
}
