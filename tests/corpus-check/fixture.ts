// The corpus check's fixture: the real corpus, read and checked once per test file, and the helpers
// the rule families' cases (./cases/) write their patches and expected problems with. A case is a
// small patch of the real corpus and the exact problems it must add; the English a fixture quotes is
// read from the corpus as it is, so a translator's next revision fails none.
import { expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build';
import type { Lang } from '@/lib/corpus/model';
import { checkCorpus } from '@/lib/check/corpus';
import { readCorpusFiles, reviewsFileFor, UNITS_DIR } from '@/lib/corpus/files';
import { formatProblem, type Problem, type RuleId } from '@/lib/corpus/problems';
import { fileOfUnit, type Files, lineOf, type Patch, patched } from '../corpus-patch';

const base = readCorpusFiles();
export const baseline = checkCorpus(base);
const known = new Set(baseline.problems.map(formatProblem));

// The English a translator may revise is taken from the corpus as it is, never written here, so a
// new revision fails no fixture. The Chinese is verbatim as published and may be quoted.
export const unitOf = (id: string) => baseline.corpus!.units.find((u) => u.id === id)!;

export const LEDE_03_EN = unitOf('lede-03').en;

/**
 * The unit the English and revision fixtures edit: the first never revised, without notes, whose
 * English is one plain sentence (no brackets or quotes) ending in two words and a period.
 */
export const PLAIN = baseline.corpus!.units.find(
  (u) =>
    u.history.length === 0 &&
    u.notes.length === 0 &&
    baseline.sentences!.get(u.id)!.groups.length === 1 &&
    /^[^()[\]“”"‘’.!?]+ \p{L}+ \p{L}+\.$/u.test(u.en),
)!;

export const [PRE, LAST] = PLAIN.en.slice(0, -1).split(' ').slice(-2);

/** The end of PLAIN’s English: its last two words and the period. */
export const TAIL = `${PRE} ${LAST}.`;

export const R = PLAIN.revision.number;

export const LEDE = `${UNITS_DIR}/01-lede.yaml`;

export const CLOSING = `${UNITS_DIR}/15-closing.yaml`;

export const PHILOSOPHY = 'corpus/glossary/philosophy.yaml';

/** The line of a unit's `- id:` entry in the patched files. */
const unitLine = (f: Files, id: string) => lineOf(f, fileOfUnit(f, id), `- id: ${id}\n`);

/** The line of a unit's Chinese text (the line after `zh: |-`). */
const zhLine = (f: Files, id: string) => lineOf(f, fileOfUnit(f, id), 'zh: |-', `- id: ${id}\n`) + 1;

export const unitProblem = (
  f: Files,
  id: string,
  rule: RuleId,
  message: string | RegExp,
  extra: Partial<Problem> = {},
) => ({
  rule,
  severity: 'error',
  file: fileOfUnit(f, id),
  line: unitLine(f, id),
  unit: id,
  message: typeof message === 'string' ? message : expect.stringMatching(message),
  ...extra,
});

export const inChinese = (f: Files, id: string, rule: RuleId, needle: string, message: string, severity = 'error') =>
  unitProblem(f, id, rule, message, {
    line: zhLine(f, id),
    at: { field: 'zh', char: pos(f, id, 'zh', needle) },
    severity: severity as Problem['severity'],
  });

/** The 1-based character at which `needle` starts in a unit's text, in the patched files. */
export const pos = (f: Files, id: string, field: Lang, needle: string) => {
  const text = buildCorpus(f).corpus!.units.find((u) => u.id === id)![field];
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`pos: ${needle} not in ${id}.${field}`);
  return [...text.slice(0, index)].length + 1;
};

export const appendTo =
  (path: string, text: string): Patch =>
  (f) =>
    f.set(path, f.get(path)! + text);

export const LEDE_R = 'corpus/reviews/01-lede.yaml';

export const CLOSING_R = 'corpus/reviews/15-closing.yaml';

/** The current revision of a unit in the real corpus. */
export const revisionOf = (id: string) => baseline.corpus!.units.find((u) => u.id === id)!.revision.number;

const reviewLine = (f: Files, path: string, id: string, field?: string) =>
  field ? lineOf(f, path, `${field}:`, `- unit: ${id}\n`) : lineOf(f, path, `- unit: ${id}\n`);

export const reviewProblem = (
  f: Files,
  path: string,
  id: string,
  message: string | RegExp,
  field?: string,
  rule: RuleId = 'reviews',
) => ({
  rule,
  severity: 'error',
  file: path,
  line: reviewLine(f, path, id, field),
  unit: id,
  message: typeof message === 'string' ? message : expect.stringMatching(message),
});

/** The review of a unit whose revision was raised to `now` without a new review (in its section's reviews file). */
export const staleReview = (f: Files, id: string, now: number) =>
  reviewProblem(
    f,
    reviewsFileFor(fileOfUnit(f, id)),
    id,
    `reviews revision ${revisionOf(id)}, but the unit is at revision ${now}: review the current English and record revision ${now}`,
    'revision',
  );

export interface Case {
  rule: RuleId;
  name: string;
  patch: Patch[];
  /** Every problem the patch adds to the real corpus's, in report order. */
  problems: (f: Files) => unknown[];
}

/** One test per case: the patched corpus reports exactly the case's problems beyond the real corpus's. */
export function eachCaseFails(cases: Case[]) {
  it.each(cases.map((c) => [c.rule, c.name, c] as const))('%s: %s', (_rule, _name, c) => {
    const files = patched(base, c.patch);
    const added = checkCorpus(files).problems.filter((p) => !known.has(formatProblem(p)));
    expect(added).toEqual(c.problems(files));
  });
}
