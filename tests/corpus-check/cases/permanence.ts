// The corpus check's cases for one family of rules. Permanence: the published IDs, the revisions
// and their lock, and the reviews. Each case patches the real corpus and lists the exact problems
// the patch adds (../fixture.ts runs them).
import { expect } from 'vitest';
import { IDS_FILE, REVISION_LOCK_FILE } from '@/lib/corpus/files';
import { MISSING_REVIEWS_FILE } from '@/lib/check/reviews';
import { inUnit, lineOf, type Patch, put, remove, replace } from '../../corpus-patch';
import {
  baseline,
  type Case,
  CLOSING,
  CLOSING_R,
  LAST,
  LEDE,
  LEDE_R,
  PLAIN,
  PRE,
  R,
  reviewProblem,
  revisionOf,
  staleReview,
  TAIL,
  unitProblem,
} from '../fixture';

const dropLockEntry =
  (id: string): Patch =>
  (f) => {
    const lock = JSON.parse(f.get(REVISION_LOCK_FILE)!);
    delete lock[id];
    f.set(REVISION_LOCK_FILE, JSON.stringify(lock));
  };

/** A span or fix as the reviews check quotes it: its first 40 characters. */
const shown = (text: string) => ([...text].length > 40 ? `${[...text].slice(0, 40).join('')}…` : text);

/** The first unit's current English. */
const LEDE_EN = baseline.corpus!.units.find((u) => u.id === 'lede-01')!.en;

const ROLE = 'senior Chinese–English reviewer';

const reviewOf = (id: string, fields: { revision?: number; reviewer?: string; findings?: string } = {}) =>
  `  - unit: ${id}\n    revision: ${fields.revision ?? revisionOf(id)}\n    reviewer: ${fields.reviewer ?? ROLE}\n    date: "2026-12-03"\n    findings:${fields.findings ?? ' []'}\n`;

const sectionIds = (section: string) => baseline.corpus!.units.filter((u) => u.sectionId === section).map((u) => u.id);

/** A reviews file of the lede with a review of each unit; `edit` changes the list of reviews first. */
const ledeReviews = (edit: (reviews: string[]) => string[] = (r) => r, section = 'lede'): Patch =>
  put(LEDE_R, `section: ${section}\nreviews:\n${edit(sectionIds('lede').map((id) => reviewOf(id))).join('')}`);

const finding = (span: string, fix: string, category = 'accuracy') =>
  `\n      - category: ${category}\n        severity: minor\n        span: "${span}"\n        fix: "${fix}"\n`;

const at = (id: string, review: string) => (reviews: string[]) =>
  reviews.map((r) => (r.startsWith(`  - unit: ${id}\n`) ? review : r));

export const permanenceCases: Case[] = [
  // ids
  {
    rule: 'ids',
    name: 'an ID listed twice',
    patch: [replace(IDS_FILE, '  - lede-03\n', '  - lede-03\n  - lede-03\n')],
    problems: (f) => [
      {
        rule: 'ids',
        severity: 'error',
        file: IDS_FILE,
        line: lineOf(f, IDS_FILE, '- lede-03') + 1,
        unit: 'lede-03',
        message: `is listed twice under published (first at line ${lineOf(f, IDS_FILE, '- lede-03')})`,
      },
    ],
  },
  {
    rule: 'ids',
    name: 'a retired ID a unit still uses',
    patch: [replace(IDS_FILE, 'retired: {}', 'retired:\n  lede-03: { to: lede-04, reason: merged }')],
    problems: (f) => [
      {
        rule: 'ids',
        severity: 'error',
        file: IDS_FILE,
        line: lineOf(f, IDS_FILE, 'lede-03: {'),
        unit: 'lede-03',
        message: 'is retired but a unit still uses it',
      },
    ],
  },
  {
    rule: 'ids',
    name: 'a unit missing from ids.yaml',
    patch: [replace(IDS_FILE, '  - lede-03\n', '')],
    problems: () => [
      {
        rule: 'ids',
        severity: 'error',
        file: IDS_FILE,
        unit: 'lede-03',
        message: `is not in ${IDS_FILE}: add it under published`,
      },
    ],
  },
  {
    rule: 'ids',
    name: 'a missing ids.yaml',
    patch: [remove(IDS_FILE)],
    problems: () => [
      { rule: 'ids', severity: 'error', file: IDS_FILE, message: 'is missing: it lists every unit ID ever published' },
    ],
  },
  // revisions
  {
    rule: 'revisions',
    name: 'English changed without a new revision',
    patch: [inUnit(PLAIN.id, TAIL, `${PRE} single ${LAST}.`)],
    problems: (f) => [
      unitProblem(
        f,
        PLAIN.id,
        'revisions',
        `its English changed but its revision is still ${R}; bump the revision, keep revision ${R} in history, then run npm run revisions:lock`,
      ),
    ],
  },
  {
    rule: 'revisions',
    name: 'a new revision that drops the English it replaces',
    patch: [inUnit(PLAIN.id, TAIL, `${PRE} single ${LAST}.`), inUnit(PLAIN.id, `number: ${R},`, `number: ${R + 1},`)],
    problems: (f) => [
      staleReview(f, PLAIN.id, R + 1),
      unitProblem(f, PLAIN.id, 'revisions', `revision ${R + 1} must keep revision ${R}'s English in history`),
    ],
  },
  {
    rule: 'revisions',
    name: 'a revision older than the published one',
    patch: [
      replace(
        REVISION_LOCK_FILE,
        `"${PLAIN.id}": {\n    "revision": ${R}`,
        `"${PLAIN.id}": {\n    "revision": ${R + 1}`,
      ),
    ],
    problems: (f) => [
      unitProblem(f, PLAIN.id, 'revisions', `revision ${R} is older than the published revision ${R + 1}`),
    ],
  },
  {
    rule: 'revisions',
    name: 'a unit missing from the lock',
    patch: [dropLockEntry('lede-03')],
    problems: (f) => [
      unitProblem(f, 'lede-03', 'revisions', `is not in ${REVISION_LOCK_FILE}; run npm run revisions:lock`),
    ],
  },
  {
    rule: 'revisions',
    name: 'a missing lock',
    patch: [remove(REVISION_LOCK_FILE)],
    problems: () => [
      {
        rule: 'revisions',
        severity: 'error',
        file: REVISION_LOCK_FILE,
        message: 'is missing; run npm run revisions:lock',
      },
    ],
  },
  {
    rule: 'revisions',
    name: 'a lock of the wrong shape',
    patch: [put(REVISION_LOCK_FILE, '{ "lede-03": 1 }')],
    problems: () => [
      {
        rule: 'revisions',
        severity: 'error',
        file: REVISION_LOCK_FILE,
        message: expect.stringMatching(/^is not a revision lock/),
      },
    ],
  },
  // reviews
  {
    rule: 'reviews',
    name: 'a reviews file that reviews every unit at its revision, with sound findings, passes',
    patch: [
      ledeReviews(
        at(
          'lede-01',
          reviewOf('lede-01', {
            findings: finding('reporting from Aofeisi', 'reporting from Aofei Temple', 'audience'),
          }),
        ),
      ),
    ],
    problems: () => [],
  },
  {
    rule: 'reviews',
    name: 'a section with no reviews file',
    patch: [remove(CLOSING_R)],
    problems: () => [
      {
        rule: 'reviews',
        severity: MISSING_REVIEWS_FILE,
        file: CLOSING,
        message: `has no reviews file: review its units and record the reviews in ${CLOSING_R} (corpus/README.md, "Review a unit")`,
      },
    ],
  },
  {
    rule: 'reviews',
    name: 'a unit of a reviewed section left without a review',
    patch: [ledeReviews((r) => r.filter((x) => !x.startsWith('  - unit: lede-05\n')))],
    problems: (f) => [
      {
        rule: 'reviews',
        severity: 'error',
        file: LEDE_R,
        line: lineOf(f, LEDE_R, '- unit: lede-06'),
        unit: 'lede-05',
        message: `has no review in ${LEDE_R}: every unit of a reviewed section is reviewed once, in order`,
      },
    ],
  },
  {
    rule: 'reviews',
    name: 'a review of an earlier revision than the current one',
    patch: [ledeReviews(at('lede-01', reviewOf('lede-01', { revision: revisionOf('lede-01') - 1 })))],
    problems: (f) => [
      reviewProblem(
        f,
        LEDE_R,
        'lede-01',
        `reviews revision ${revisionOf('lede-01') - 1}, but the unit is at revision ${revisionOf('lede-01')}: review the current English and record revision ${revisionOf('lede-01')}`,
        'revision',
      ),
    ],
  },
  {
    rule: 'reviews',
    name: 'a review of a revision the unit does not have',
    patch: [ledeReviews(at('lede-03', reviewOf('lede-03', { revision: revisionOf('lede-03') + 1 })))],
    problems: (f) => [
      reviewProblem(
        f,
        LEDE_R,
        'lede-03',
        `reviews revision ${revisionOf('lede-03') + 1}, which the unit does not have (it is at revision ${revisionOf('lede-03')})`,
        'revision',
      ),
    ],
  },
  {
    rule: 'reviews',
    name: 'a finding whose span is in no earlier revision and whose fix is not in the English',
    // The whole current English is in no earlier revision (a revision changes it), and a fix longer
    // than the English cannot be in it: whatever the unit says today.
    patch: [ledeReviews(at('lede-01', reviewOf('lede-01', { findings: finding(LEDE_EN, `${LEDE_EN} anew`) })))],
    problems: (f) => [
      reviewProblem(
        f,
        LEDE_R,
        'lede-01',
        `finding 1: its span “${shown(LEDE_EN)}” is in no earlier revision of the unit's English (its history)`,
        'span',
      ),
      reviewProblem(
        f,
        LEDE_R,
        'lede-01',
        `finding 1: its fix “${shown(`${LEDE_EN} anew`)}” is not in the unit's current English`,
        'fix',
      ),
    ],
  },
  {
    rule: 'reviews',
    name: 'a unit reviewed twice',
    patch: [ledeReviews((r) => [...r.slice(0, 3), r[2], ...r.slice(3)])],
    problems: (f) => [
      {
        rule: 'reviews',
        severity: 'error',
        file: LEDE_R,
        line: lineOf(f, LEDE_R, '- unit: lede-03\n', '- unit: lede-03\n    revision') + 5,
        unit: 'lede-03',
        message: `is reviewed a second time (the first review is in ${LEDE_R}, line ${lineOf(f, LEDE_R, '- unit: lede-03\n')}): keep one review per unit`,
      },
    ],
  },
  {
    rule: 'reviews',
    name: "reviews out of the units' order",
    patch: [ledeReviews((r) => [r[0], r[1], r[3], r[2], ...r.slice(4)])],
    problems: (f) => [
      reviewProblem(f, LEDE_R, 'lede-03', "comes after the review of lede-04: list the reviews in the units' order"),
    ],
  },
  {
    rule: 'reviews',
    name: "a review in another section's file, and one of no unit",
    patch: [
      ledeReviews((r) => r.filter((x) => !x.startsWith('  - unit: lede-07\n'))),
      put(
        CLOSING_R,
        `section: closing\nreviews:\n${[...sectionIds('closing'), 'lede-07', 'closing-09'].map((id) => reviewOf(id, { revision: id === 'closing-09' ? 1 : undefined })).join('')}`,
      ),
    ],
    problems: (f) => [
      reviewProblem(f, CLOSING_R, 'lede-07', `belongs in ${LEDE_R}, beside its unit`),
      reviewProblem(f, CLOSING_R, 'closing-09', 'names no unit of the article: remove the review, or correct the ID'),
    ],
  },
  {
    rule: 'reviews',
    name: 'a reviews file with no units file, and one naming another section',
    patch: [put('corpus/reviews/16-more.yaml', 'section: more\nreviews: []\n'), ledeReviews(undefined, 'intro')],
    problems: () => [
      {
        rule: 'reviews',
        severity: 'error',
        file: LEDE_R,
        line: 1,
        message: `names section "intro", but ${LEDE} holds section "lede"`,
      },
      {
        rule: 'reviews',
        severity: 'error',
        file: 'corpus/reviews/16-more.yaml',
        line: 1,
        message: "has no units file beside it (corpus/units/16-more.yaml): a reviews file takes its units file's name",
      },
    ],
  },
  {
    rule: 'schema',
    name: 'a review naming a person, and a finding of no MQM category',
    patch: [
      ledeReviews(
        at(
          'lede-01',
          reviewOf('lede-01', {
            reviewer: 'Jane Doe',
            findings: finding('reporting from Aofeisi', 'reporting from Aofei Temple', 'grammar'),
          }),
        ),
      ),
    ],
    problems: (f) => [
      reviewProblem(f, LEDE_R, 'lede-01', `reviewer: must be a reviewer's role: one of ${ROLE}`, 'reviewer', 'schema'),
      reviewProblem(f, LEDE_R, 'lede-01', /^findings\.0\.category: /, 'category', 'schema'),
    ],
  },
];
