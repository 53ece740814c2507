import type { Unit } from '../corpus/model';
import type { TermIndex } from './load';
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

export const GLOSSARY_RULES = {
  'entry-occurs': 'every entry occurs in the article',
  'zh-form-occurs': 'every Chinese form occurs in the article’s Chinese',
  'en-form-occurs': 'every English form occurs in the English of a pair where the term occurs',
  'form-pinyin': 'every Chinese form and standard term has pinyin, one syllable per character',
  'standard-note': 'an entry whose article forms are not all standard has a usage note naming the standard term',
  'term-rendered': 'a unit whose Chinese has a term renders it with one of its English forms, or records why not',
  'exception-valid': 'a recorded exception names a term the unit’s Chinese has',
} as const;
export type GlossaryRule = keyof typeof GLOSSARY_RULES;

export interface RuleInput {
  units: Unit[];
  index: TermIndex;
  /** The file that holds a unit, as named in messages. */
  unitFile: (unit: Unit) => string;
}

export function occurrenceProblems({ units, index }: RuleInput): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const allZh = units.map((u) => u.zh).join('\n');
  const allZhLower = allZh.toLowerCase();
  const markedEn = new Set<string>();
  for (const marked of index.marked.values()) {
    for (const segment of marked.en) if (typeof segment !== 'string') markedEn.add(`${segment.termId}\n${segment.text.toLowerCase()}`);
  }
  for (const entry of index.glossary.entries) {
    const at = { file: entry.file, entry: entry.id };
    if (!index.occurrences.has(entry.id)) {
      problems.push({ ...at, rule: 'entry-occurs', message: `${entry.zh} (${entry.en}) occurs nowhere in the article` });
    }
    for (const form of entry.zhForms) {
      const found = hasHan(form.text) ? allZh.includes(form.text) : allZhLower.includes(form.text.toLowerCase());
      if (!found) problems.push({ ...at, rule: 'zh-form-occurs', message: `Chinese form "${form.text}" does not occur in the article` });
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

export function pinyinProblems({ index }: RuleInput): GlossaryProblem[] {
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
        problems.push({ ...at, message: `${what} "${text}" has no pinyin${written ? `: "${written}" is not pinyin` : ''}` });
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

export function standardNoteProblems({ index }: RuleInput): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  for (const entry of index.glossary.entries) {
    const differing = entry.zhForms.filter((f) => f.status === 'variant' || f.status === 'nonstandard' || f.status === 'misprint');
    if (differing.length === 0) continue;
    const at = { file: entry.file, entry: entry.id, rule: 'standard-note' as const };
    const names = differing.map((f) => f.text).join(', ');
    if (!entry.note) problems.push({ ...at, message: `the article writes ${names}, not the standard ${entry.zh}, but there is no usage note` });
    else if (!entry.note.zh.includes(entry.zh)) problems.push({ ...at, message: `the Chinese usage note does not name the standard term ${entry.zh}` });
    else {
      for (const form of differing) {
        if (!entry.note.zh.includes(form.text)) problems.push({ ...at, message: `the Chinese usage note does not mention the article’s form ${form.text}` });
      }
    }
  }
  return problems;
}

export function renderingProblems({ units, index, unitFile }: RuleInput): GlossaryProblem[] {
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
        problems.push({ ...at, entry: exception.term, rule: 'exception-valid', message: `exception names unknown term "${exception.term}"` });
      } else if (!marked.terms.includes(exception.term)) {
        problems.push({ ...at, entry: exception.term, rule: 'exception-valid', message: `exception for ${exception.term}, which its Chinese does not contain` });
      } else if (!marked.unmatched.includes(exception.term)) {
        problems.push({ ...at, entry: exception.term, rule: 'exception-valid', message: `exception for ${exception.term}, whose English form its English has: remove the exception` });
      }
    }
  }
  return problems;
}

/** Every glossary rule, in a stable order: what `check:glossary` and `check:corpus` report. */
export function glossaryProblems(input: RuleInput): GlossaryProblem[] {
  return [...occurrenceProblems(input), ...pinyinProblems(input), ...standardNoteProblems(input), ...renderingProblems(input)];
}

export function formatProblem(problem: GlossaryProblem): string {
  const where = problem.unit ? `unit ${problem.unit}` : `entry ${problem.entry}`;
  return `${problem.file}: ${where}: [${problem.rule}] ${problem.message}`;
}
