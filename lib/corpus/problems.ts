/**
 * The one shape every corpus check reports in: what rule failed, how badly, and where — the file,
 * the line where it is known, the unit or glossary entry, and for a unit's text the character.
 */

import type { Lang } from './model';

/** Every rule the corpus check applies. The guide (corpus/README.md) explains each one. */
export const RULES = [
  // Files and their shape
  'syntax',
  'schema',
  // The article's structure
  'unit-id',
  'speaker',
  'history',
  'sections',
  'source',
  'sentences',
  'words',
  // Permanence
  'ids',
  'revisions',
  'reviews',
  // The glossary
  'glossary-entry',
  'glossary-usage',
  'terminology',
  // Translation QA
  'completeness',
  'numbers',
  'carried-tokens',
  'stray-chinese',
  'punctuation',
  'serial-comma',
  'one-form',
  'qa-exception',
] as const;
export type RuleId = (typeof RULES)[number];

export type Severity = 'error' | 'warning';

/** Where in a unit's text a problem sits: the field and the 1-based character. */
interface TextPosition {
  field: Lang;
  char: number;
}

export interface Problem {
  rule: RuleId;
  severity: Severity;
  /** Path from the project root, e.g. `corpus/units/03-scaling.yaml`. */
  file: string;
  /** 1-based line in `file`, where known. */
  line?: number;
  unit?: string;
  /** A glossary entry, for problems in the glossary. */
  entry?: string;
  at?: TextPosition;
  message: string;
}

/** `file:line: error [rule] unit X (en, character 12): message`, as compilers and editors expect. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const subject = p.unit ? ` unit ${p.unit}` : p.entry ? ` entry ${p.entry}` : '';
  const at = p.at ? ` (${p.at.field}, character ${p.at.char})` : '';
  return `${where}: ${p.severity} [${p.rule}]${subject}${at}: ${p.message}`;
}

export const errorsIn = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

/** Thrown where the app needs a valid corpus and gets a malformed one; lists every error. */
export class InvalidCorpusError extends Error {
  constructor(readonly problems: Problem[]) {
    const errors = errorsIn(problems);
    super(
      `The corpus is malformed (${errors.length} error${errors.length === 1 ? '' : 's'}):\n` +
        errors.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'InvalidCorpusError';
  }
}
