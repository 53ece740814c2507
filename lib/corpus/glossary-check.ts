import { CorpusError, type CorpusIssue } from './errors';
import { GLOSSARY_DIR, yamlFilesIn, type CorpusFiles } from './files';
import type { UnitLocator } from './locate';
import type { Unit } from './model';
import type { Problem } from './problems';
import { glossaryProblems } from '../terms/consistency';
import { buildGlossary, type Glossary } from '../terms/glossary';
import type { TermIndex } from '../terms/load';
import { markUnits, occurrences } from '../terms/mark';

/** Where each glossary entry is written: its file and the line of its `id`. */
function entryPlaces(files: { path: string; text: string }[]): Map<string, { file: string; line: number }> {
  const places = new Map<string, { file: string; line: number }>();
  for (const { path, text } of files) {
    text.split('\n').forEach((line, i) => {
      const id = /^\s*-\s+id:\s*["']?([a-z0-9-]+)["']?\s*$/.exec(line)?.[1];
      if (id && !places.has(id)) places.set(id, { file: path, line: i + 1 });
    });
  }
  return places;
}

/** The glossary builder's own problems, in the pipeline's shape. */
function fromBuildIssue(issue: CorpusIssue, places: ReturnType<typeof entryPlaces>): Problem {
  const yaml = issue.message.startsWith('YAML:');
  const schema = /^[a-zA-Z][\w.]*: /.test(issue.message);
  const yamlLine = /at line (\d+)/.exec(issue.message)?.[1];
  const place = issue.entry ? places.get(issue.entry) : undefined;
  return {
    rule: yaml ? 'syntax' : schema ? 'schema' : 'glossary-entry',
    severity: 'error',
    file: issue.file,
    line: yamlLine ? Number(yamlLine) : place?.file === issue.file ? place.line : undefined,
    entry: issue.entry,
    message: yaml ? issue.message.split('\n')[0] : issue.message,
  };
}

/** A consistency finding (one sentence naming its entry or unit) in the pipeline's shape. */
function fromConsistency(sentence: string, places: ReturnType<typeof entryPlaces>, locator: UnitLocator): Problem {
  const unit = /^unit (\S+?): (.*)$/s.exec(sentence);
  if (unit) {
    return { rule: 'terminology', severity: 'error', file: locator.fileOf(unit[1]) ?? GLOSSARY_DIR, line: locator.lineOf(unit[1]), unit: unit[1], message: unit[2] };
  }
  const entry = /^entry (\S+?)(?::\s+|\s+)(.*)$/s.exec(sentence);
  if (entry) {
    const place = places.get(entry[1]);
    // "entry x (词) occurs nowhere…" reads "词 occurs nowhere…" once the entry is named apart.
    const message = entry[2].replace(/^\((.+?)\) /, '$1 ');
    return { rule: 'glossary-usage', severity: 'error', file: place?.file ?? GLOSSARY_DIR, line: place?.line, entry: entry[1], message };
  }
  return { rule: 'glossary-usage', severity: 'error', file: GLOSSARY_DIR, message: sentence };
}

/** English forms no unit ever uses for their term: a form to remove, or a rendering to align. */
function unusedEnglishForms(glossary: Glossary, index: TermIndex, places: ReturnType<typeof entryPlaces>): Problem[] {
  const used = new Map<string, Set<string>>();
  for (const marked of index.marked.values()) {
    for (const segment of marked.en) {
      if (typeof segment === 'string') continue;
      const set = used.get(segment.termId) ?? new Set<string>();
      set.add(segment.text.toLowerCase());
      used.set(segment.termId, set);
    }
  }
  const problems: Problem[] = [];
  for (const entry of glossary.entries) {
    if (!index.occurrences.has(entry.id)) continue;
    for (const form of entry.forms.en) {
      if (used.get(entry.id)?.has(form.toLowerCase())) continue;
      const place = places.get(entry.id);
      problems.push({
        rule: 'glossary-usage',
        severity: 'warning',
        file: place?.file ?? GLOSSARY_DIR,
        line: place?.line,
        entry: entry.id,
        message: `English form "${form}" occurs in no unit where the term occurs`,
      });
    }
  }
  return problems;
}

export interface GlossaryCheck {
  index?: TermIndex;
  problems: Problem[];
}

/**
 * The glossary's own shape, then the article marked with it, then (when the article is whole) their
 * consistency: every entry and form occurs, and every unit renders the terms of its Chinese with a
 * glossary form.
 */
export function checkGlossary(files: CorpusFiles, units: Unit[] | undefined, locator: UnitLocator, whole: boolean): GlossaryCheck {
  const glossaryFiles = yamlFilesIn(files, GLOSSARY_DIR).map((path) => ({ path, text: files.get(path)! }));
  const places = entryPlaces(glossaryFiles);
  let glossary: Glossary;
  try {
    glossary = buildGlossary(glossaryFiles);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    const problems = error.issues.map((issue) => fromBuildIssue(issue, places));
    // An entry that fails the schema is left out, so entries relating to it would echo its problem.
    const invalid = new Set(problems.filter((p) => p.rule === 'schema').map((p) => p.entry));
    return { problems: problems.filter((p) => !(p.rule === 'glossary-entry' && invalid.has(/^related entry "(.+)" does not exist$/.exec(p.message)?.[1]))) };
    throw error;
  }
  if (!units) return { problems: [] };
  const marked = markUnits(units, glossary);
  const index: TermIndex = { glossary, marked, occurrences: occurrences(units, marked) };
  if (!whole) return { index, problems: [] };
  return {
    index,
    problems: [
      ...glossaryProblems(units, index).map((sentence) => fromConsistency(sentence, places, locator)),
      ...unusedEnglishForms(glossary, index, places),
    ],
  };
}
