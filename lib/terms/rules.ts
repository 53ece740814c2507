import type { Unit } from '../corpus/model';
import { termForms } from './forms';
import { inflectionOf } from './inflection';
import type { TermIndex } from './term-index';
import { countHan, hasHan } from './syllables';

/** One thing a glossary editor must fix, located by file and by entry or unit. */
export interface GlossaryProblem {
  file: string;
  /** The glossary entry concerned. */
  entry?: string;
  /** The unit concerned, for problems found in a unit. */
  unit?: string;
  rule: GlossaryRule;
  message: string;
}

/** The glossary rules, each with what it asks for. */
export type GlossaryRule =
  /** every entry occurs in the article */
  | 'entry-occurs'
  /** every Chinese form occurs in the article’s Chinese */
  | 'zh-form-occurs'
  /** every English form occurs in the English of a pair where the term occurs */
  | 'en-form-occurs'
  /** every Chinese form and standard term has pinyin, one syllable per character */
  | 'form-pinyin'
  /** an entry whose article forms are not all standard has a usage note naming the standard term */
  | 'standard-note'
  /** every entry names at least one reference */
  | 'entry-reference'
  /** forms declared parallel exist and have the same status */
  | 'parallel-status'
  /** inflections of a term form are marked match-only, and no match-only form is exported as a term */
  | 'match-only'
  /** a unit whose Chinese has a term renders it with one of its English forms, or records why not */
  | 'term-rendered'
  /** a recorded exception names a term the unit’s Chinese has */
  | 'exception-valid';

export interface RuleInput {
  units: Unit[];
  index: TermIndex;
  /** The file that holds a unit, as named in messages. */
  unitFile: (unit: Unit) => string;
}

function occurrenceProblems({ units, index }: RuleInput): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const allZh = units.map((u) => u.zh).join('\n');
  const allZhLower = allZh.toLowerCase();
  const markedEn = new Set<string>();
  for (const marked of index.marked.values()) {
    for (const segment of marked.en)
      if (typeof segment !== 'string') markedEn.add(`${segment.termId}\n${segment.text.toLowerCase()}`);
  }
  for (const entry of index.glossary.entries) {
    const at = { file: entry.file, entry: entry.id };
    if (!index.occurrences.has(entry.id)) {
      problems.push({
        ...at,
        rule: 'entry-occurs',
        message: `${entry.zh} (${entry.en}) occurs nowhere in the article`,
      });
    }
    for (const form of entry.zhForms) {
      const found = hasHan(form.text) ? allZh.includes(form.text) : allZhLower.includes(form.text.toLowerCase());
      if (!found)
        problems.push({
          ...at,
          rule: 'zh-form-occurs',
          message: `Chinese form "${form.text}" does not occur in the article`,
        });
    }
    for (const form of entry.forms.en) {
      if (!markedEn.has(`${entry.id}\n${form.toLowerCase()}`)) {
        problems.push({
          ...at,
          rule: 'en-form-occurs',
          message: `English form "${form}" does not occur in the English of any pair where ${entry.zh} occurs`,
        });
      }
    }
  }
  return problems;
}

function pinyinProblems({ index }: RuleInput): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  for (const entry of index.glossary.entries) {
    const readings = [
      { text: entry.zh, pinyin: entry.reading, written: undefined as string | undefined, what: 'standard term' },
      ...entry.zhForms.map((f) => ({ text: f.text, pinyin: f.pinyin, written: f.pinyinWritten, what: 'form' })),
    ];
    for (const { text, pinyin, written, what } of readings) {
      if (!hasHan(text)) continue;
      const at = { file: entry.file, entry: entry.id, rule: 'form-pinyin' as const };
      if (!pinyin) {
        problems.push({
          ...at,
          message: `${what} "${text}" has no pinyin${written ? `: "${written}" is not pinyin` : ''}`,
        });
      } else if (pinyin.syllables.length !== countHan(text)) {
        problems.push({
          ...at,
          message: `${what} "${text}" has ${countHan(text)} characters but its pinyin "${pinyin.display}" has ${pinyin.syllables.length} syllables`,
        });
      }
    }
  }
  return problems;
}

function standardNoteProblems({ index }: RuleInput): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  for (const entry of index.glossary.entries) {
    const differing = entry.zhForms.filter(
      (f) => f.status === 'variant' || f.status === 'nonstandard' || f.status === 'misprint',
    );
    if (differing.length === 0) continue;
    const at = { file: entry.file, entry: entry.id, rule: 'standard-note' as const };
    const names = differing.map((f) => f.text).join(', ');
    if (!entry.note)
      problems.push({
        ...at,
        message: `the article writes ${names}, not the standard ${entry.zh}, but there is no usage note`,
      });
    else if (!entry.note.zh.includes(entry.zh))
      problems.push({ ...at, message: `the Chinese usage note does not name the standard term ${entry.zh}` });
    else {
      for (const form of differing) {
        if (!entry.note.zh.includes(form.text))
          problems.push({ ...at, message: `the Chinese usage note does not mention the article’s form ${form.text}` });
      }
    }
  }
  return problems;
}

function referenceProblems({ index }: RuleInput): GlossaryProblem[] {
  return index.glossary.entries
    .filter((entry) => entry.references.length === 0)
    .map((entry) => ({
      file: entry.file,
      entry: entry.id,
      rule: 'entry-reference' as const,
      message: `${entry.zh} (${entry.en}) names no reference: add the source of its term, definition or note to references`,
    }));
}

function parallelProblems({ index }: RuleInput): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const owners = new Map<string, { entry: string; status: string }>();
  for (const entry of index.glossary.entries)
    for (const form of entry.zhForms) owners.set(form.text, { entry: entry.id, status: form.status });
  for (const entry of index.glossary.entries) {
    for (const form of entry.zhForms) {
      for (const other of form.parallel) {
        const at = { file: entry.file, entry: entry.id, rule: 'parallel-status' as const };
        const owner = owners.get(other);
        if (!owner)
          problems.push({
            ...at,
            message: `form "${form.text}" is declared parallel to "${other}", which is no form of any entry`,
          });
        else if (other === form.text)
          problems.push({ ...at, message: `form "${form.text}" is declared parallel to itself` });
        else if (owner.status !== form.status) {
          problems.push({
            ...at,
            message: `form "${form.text}" is ${form.status} but its parallel form "${other}" (${owner.entry}) is ${owner.status}: parallel forms take one status`,
          });
        }
      }
    }
  }
  return problems;
}

function matchOnlyProblems({ index }: RuleInput): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  for (const entry of index.glossary.entries) {
    const at = { file: entry.file, entry: entry.id, rule: 'match-only' as const };
    const matchOnly = new Set(entry.forms.enMatchOnly.map((f) => f.toLowerCase()));
    if (matchOnly.has(entry.en.toLowerCase()))
      problems.push({
        ...at,
        message: `the English headword "${entry.en}" is marked match-only; the headword is always a term`,
      });
    const admitted = [entry.en, ...entry.forms.en.filter((f) => !matchOnly.has(f.toLowerCase()))];
    for (const form of entry.forms.en) {
      if (matchOnly.has(form.toLowerCase()) || form.toLowerCase() === entry.en.toLowerCase()) continue;
      const base = admitted.find((other) => inflectionOf(form, other));
      if (base)
        problems.push({
          ...at,
          message: `English form "${form}" is an inflection of "${base}": mark it { text: ${form}, matchOnly: true }`,
        });
    }
    const marked = new Set([
      ...matchOnly,
      ...entry.zhForms.filter((f) => f.matchOnly).map((f) => f.text.toLowerCase()),
    ]);
    for (const form of termForms(entry)) {
      if (
        marked.has(form.term.toLowerCase()) &&
        form.term !== entry.zh &&
        form.term.toLowerCase() !== entry.en.toLowerCase()
      ) {
        problems.push({ ...at, message: `match-only form "${form.term}" is exported as a ${form.status} term` });
      }
    }
  }
  return problems;
}

function renderingProblems({ units, index, unitFile }: RuleInput): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  for (const unit of units) {
    const marked = index.marked.get(unit.id)!;
    const excepted = new Set(unit.termExceptions.map((e) => e.term));
    const at = { file: unitFile(unit), unit: unit.id };
    for (const term of marked.unmatched) {
      if (excepted.has(term)) continue;
      const entry = index.glossary.byId.get(term)!;
      problems.push({
        ...at,
        entry: term,
        rule: 'term-rendered',
        message: `its Chinese has ${entry.zh} (${term}) but its English has none of ${JSON.stringify(entry.forms.en)}: add the English form to ${entry.file} or record a termExceptions entry`,
      });
    }
    for (const exception of unit.termExceptions) {
      if (!index.glossary.byId.has(exception.term)) {
        problems.push({
          ...at,
          entry: exception.term,
          rule: 'exception-valid',
          message: `exception names unknown term "${exception.term}"`,
        });
      } else if (!marked.terms.includes(exception.term)) {
        problems.push({
          ...at,
          entry: exception.term,
          rule: 'exception-valid',
          message: `exception for ${exception.term}, which its Chinese does not contain`,
        });
      } else if (!marked.unmatched.includes(exception.term)) {
        problems.push({
          ...at,
          entry: exception.term,
          rule: 'exception-valid',
          message: `exception for ${exception.term}, whose English form its English has: remove the exception`,
        });
      }
    }
  }
  return problems;
}

/** Every glossary rule, in a stable order: what `check:glossary` and `check:corpus` report. */
export function glossaryProblems(input: RuleInput): GlossaryProblem[] {
  return [
    ...occurrenceProblems(input),
    ...pinyinProblems(input),
    ...standardNoteProblems(input),
    ...referenceProblems(input),
    ...parallelProblems(input),
    ...matchOnlyProblems(input),
    ...renderingProblems(input),
  ];
}

export function formatProblem(problem: GlossaryProblem): string {
  const where = problem.unit ? `unit ${problem.unit}` : `entry ${problem.entry}`;
  return `${problem.file}: ${where}: [${problem.rule}] ${problem.message}`;
}
