import { CorpusError, type CorpusIssue } from '../corpus/errors';
import { GLOSSARY_DIR, yamlFilesIn, type CorpusFiles } from '../corpus/files';
import type { UnitLocator } from '../corpus/locate';
import type { Unit } from '../corpus/model';
import type { Problem, RuleId } from '../corpus/problems';
import { glossaryProblems, type GlossaryProblem, type GlossaryRule } from '../terms/rules';
import { buildGlossary, type Glossary } from '../terms/glossary';
import { indexTerms, type TermIndex } from '../terms/term-index';
import { pinyinSnapshotProblems } from './pinyin-snapshot';

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

/** Which pipeline rule each glossary rule reports under. */
const PIPELINE_RULE: Record<GlossaryRule, RuleId> = {
  'entry-occurs': 'glossary-usage',
  'zh-form-occurs': 'glossary-usage',
  'en-form-occurs': 'glossary-usage',
  'form-pinyin': 'glossary-entry',
  'standard-note': 'glossary-entry',
  'entry-reference': 'glossary-entry',
  'parallel-status': 'glossary-entry',
  'match-only': 'glossary-entry',
  'term-rendered': 'terminology',
  'exception-valid': 'terminology',
};

/** A glossary rule's finding (lib/terms/rules.ts) in the pipeline's shape, with its line. */
function fromRule(problem: GlossaryProblem, places: ReturnType<typeof entryPlaces>, locator: UnitLocator): Problem {
  const rule = PIPELINE_RULE[problem.rule];
  if (problem.unit) {
    return {
      rule,
      severity: 'error',
      file: locator.fileOf(problem.unit) ?? problem.file,
      line: locator.lineOf(problem.unit),
      unit: problem.unit,
      message: problem.message,
    };
  }
  const place = problem.entry ? places.get(problem.entry) : undefined;
  return {
    rule,
    severity: 'error',
    file: place?.file ?? problem.file,
    line: place?.line,
    entry: problem.entry,
    message: problem.message,
  };
}

export interface GlossaryCheck {
  index?: TermIndex;
  problems: Problem[];
}

/**
 * The glossary's own shape, then the article marked with it, then (when the article is whole) the
 * glossary rules of lib/terms/rules.ts: every entry and form occurs, every form has its pinyin,
 * non-standard forms are explained, every entry is sourced, parallel forms share a status, no
 * match-only form is exported as a term, and every unit renders the terms of its Chinese with a
 * form; last, the generated pinyin against its snapshot.
 */
export function checkGlossary(
  files: CorpusFiles,
  units: Unit[] | undefined,
  locator: UnitLocator,
  whole: boolean,
): GlossaryCheck {
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
    return {
      problems: problems.filter(
        (p) =>
          !(p.rule === 'glossary-entry' && invalid.has(/^related entry "(.+)" does not exist$/.exec(p.message)?.[1])),
      ),
    };
  }
  if (!units) return { problems: [] };
  const index = indexTerms(units, glossary);
  if (!whole) return { index, problems: [] };
  return {
    index,
    problems: [
      ...glossaryProblems({ units, index, unitFile: (unit) => locator.fileOf(unit.id) ?? GLOSSARY_DIR }).map((p) =>
        fromRule(p, places, locator),
      ),
      ...pinyinSnapshotProblems(files, glossary),
    ],
  };
}
