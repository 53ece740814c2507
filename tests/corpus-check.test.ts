import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build';
import type { Lang } from '@/lib/corpus/model';
import { checkCorpus } from '@/lib/check/corpus';
import {
  ARTICLE_FILE,
  IDS_FILE,
  PINYIN_SNAPSHOT_FILE,
  readCorpusFiles,
  REVISION_LOCK_FILE,
  reviewsFileFor,
  UNITS_DIR,
  yamlFilesIn,
} from '@/lib/corpus/files';
import { errorsIn, formatProblem, RULES, type Problem, type RuleId } from '@/lib/corpus/problems';
import { MISSING_REVIEWS_FILE } from '@/lib/check/reviews';
import {
  addToUnit,
  fileOfUnit,
  inSentenceEntry,
  inUnit,
  lineOf,
  patched,
  put,
  relock,
  remove,
  removeUnit,
  replace,
  reviseEnglish,
  uniqueSpansOf,
  type Files,
  type Patch,
} from './corpus-patch';

const base = readCorpusFiles();
const baseline = checkCorpus(base);
const known = new Set(baseline.problems.map(formatProblem));

// The English a translator may revise is taken from the corpus as it is, never written here, so a
// new revision fails no fixture. The Chinese is verbatim as published and may be quoted.
const unitOf = (id: string) => baseline.corpus!.units.find((u) => u.id === id)!;
const LEDE_03_EN = unitOf('lede-03').en;
/**
 * The unit the English and revision fixtures edit: the first never revised, without notes, whose
 * English is one plain sentence (no brackets or quotes) ending in two words and a period.
 */
const PLAIN = baseline.corpus!.units.find(
  (u) =>
    u.history.length === 0 &&
    u.notes.length === 0 &&
    baseline.sentences!.get(u.id)!.groups.length === 1 &&
    /^[^()[\]“”"‘’.!?]+ \p{L}+ \p{L}+\.$/u.test(u.en),
)!;
const [PRE, LAST] = PLAIN.en.slice(0, -1).split(' ').slice(-2);
/** The end of PLAIN’s English: its last two words and the period. */
const TAIL = `${PRE} ${LAST}.`;
const R = PLAIN.revision.number;

/** A unit whose Chinese has 泛心论 and whose English renders it as “panpsychism”. */
const PANPSYCHIST = baseline.corpus!.units.find((u) => u.zh.includes('泛心论') && /panpsychism/i.test(u.en))!;
/** A unit with a number of three or more digits written as often (and at least twice) in its Chinese as in its English. */
const TWICE = baseline.corpus!.units.flatMap((unit) => {
  const count = (text: string, n: string) => text.split(new RegExp(`(?<!\\d|\\d[.,])${n}(?!\\d|[.,]\\d)`)).length - 1;
  return [...new Set(unit.zh.match(/\d{3,}/g) ?? [])]
    .map((number) => ({ unit, number, times: count(unit.zh, number) }))
    .filter(({ number, times }) => times >= 2 && count(unit.en, number) === times);
})[0]!;

const LEDE = `${UNITS_DIR}/01-lede.yaml`;
const HIGHLIGHTS = `${UNITS_DIR}/02-highlights.yaml`;
const CLOSING = `${UNITS_DIR}/15-closing.yaml`;
const SOURCE = 'corpus/source/000_68891002fa1725f8.txt';
const PHILOSOPHY = 'corpus/glossary/philosophy.yaml';
const MACHINE_LEARNING = 'corpus/glossary/machine-learning.yaml';
const NOTE_NAMING_STANDARD = '文中一处误写为“泛新论”;正确写法是“泛心论”,“心”指心灵。';
const LEDE_S = 'corpus/sentences/01-lede.yaml';
const SCALING_S = 'corpus/sentences/03-scaling.yaml';

/** The line of a unit's `- id:` entry in the patched files. */
const unitLine = (f: Files, id: string) => lineOf(f, fileOfUnit(f, id), `- id: ${id}\n`);
/** The line of a unit's English text (the line after `en: |-`). */
const enLine = (f: Files, id: string) => lineOf(f, fileOfUnit(f, id), 'en: |-', `- id: ${id}\n`) + 1;
const zhLine = (f: Files, id: string) => lineOf(f, fileOfUnit(f, id), 'zh: |-', `- id: ${id}\n`) + 1;

const unitProblem = (f: Files, id: string, rule: RuleId, message: string | RegExp, extra: Partial<Problem> = {}) => ({
  rule,
  severity: 'error',
  file: fileOfUnit(f, id),
  line: unitLine(f, id),
  unit: id,
  message: typeof message === 'string' ? message : expect.stringMatching(message),
  ...extra,
});
/** A problem at the text `needle` of a unit's English or Chinese. */
const inEnglish = (f: Files, id: string, rule: RuleId, needle: string, message: string, severity = 'error') =>
  unitProblem(f, id, rule, message, {
    line: enLine(f, id),
    at: { field: 'en', char: pos(f, id, 'en', needle) },
    severity: severity as Problem['severity'],
  });
const inChinese = (f: Files, id: string, rule: RuleId, needle: string, message: string, severity = 'error') =>
  unitProblem(f, id, rule, message, {
    line: zhLine(f, id),
    at: { field: 'zh', char: pos(f, id, 'zh', needle) },
    severity: severity as Problem['severity'],
  });

/** The 1-based character at which `needle` starts in a unit's text, in the patched files. */
const pos = (f: Files, id: string, field: Lang, needle: string) => {
  const text = buildCorpus(f).corpus!.units.find((u) => u.id === id)![field];
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`pos: ${needle} not in ${id}.${field}`);
  return [...text.slice(0, index)].length + 1;
};

const newUnit = (id: string, zh: string, en: string, kind = 'lede') =>
  `  - id: ${id}\n    kind: ${kind}\n    speaker: editors\n    zh: |-\n      ${zh}\n    en: |-\n      ${en}\n    revision: { number: 1, date: "2026-11-28" }\n`;
const appendTo =
  (path: string, text: string): Patch =>
  (f) =>
    f.set(path, f.get(path)! + text);
const entry = (id: string, zh: string, en: string, extra = '') =>
  `  - id: ${id}\n    zh: ${zh}\n    en: ${en}\n    partOfSpeech: noun\n    forms: { zh: [${zh}], en: [${en}] }\n    definition: { zh: 一种观点。, en: A view. }\n    references: [sep]\n${extra}`;
/** Pins a reading in the pinyin snapshot, as npm run pinyin:snapshot would for a new form. */
const pin =
  (text: string, reading: string): Patch =>
  (f) => {
    const pinned = JSON.parse(f.get(PINYIN_SNAPSHOT_FILE)!);
    f.set(PINYIN_SNAPSHOT_FILE, JSON.stringify({ ...pinned, [text]: reading }, null, 2) + '\n');
  };
const dropLockEntry =
  (id: string): Patch =>
  (f) => {
    const lock = JSON.parse(f.get(REVISION_LOCK_FILE)!);
    delete lock[id];
    f.set(REVISION_LOCK_FILE, JSON.stringify(lock));
  };

/** A problem in the sentences entry of scaling-05 (2 Chinese and 2 English sentences, groups "1=1", "2=2"). */
const inEntry = (f: Files, needle: string, message: string | RegExp, extra: Partial<Problem> = {}) => ({
  rule: 'sentences',
  severity: 'error',
  file: SCALING_S,
  line: lineOf(f, SCALING_S, needle, '- unit: scaling-05'),
  unit: 'scaling-05',
  message: typeof message === 'string' ? message : expect.stringMatching(message),
  ...extra,
});
const ALIGN_05 = 'align: ["1=1", "2=2"]';
const realign = (groups: string): Patch => inSentenceEntry('scaling-05', ALIGN_05, `align: [${groups}]`);

const LEDE_R = 'corpus/reviews/01-lede.yaml';
/** A span or fix as the reviews check quotes it: its first 40 characters. */
const shown = (text: string) => ([...text].length > 40 ? `${[...text].slice(0, 40).join('')}…` : text);
/** The first unit's current English. */
const LEDE_EN = baseline.corpus!.units.find((u) => u.id === 'lede-01')!.en;
const CLOSING_R = 'corpus/reviews/15-closing.yaml';
const ROLE = 'senior Chinese–English reviewer';
/** The current revision of a unit in the real corpus. */
const revisionOf = (id: string) => baseline.corpus!.units.find((u) => u.id === id)!.revision.number;
const reviewOf = (id: string, fields: { revision?: number; reviewer?: string; findings?: string } = {}) =>
  `  - unit: ${id}\n    revision: ${fields.revision ?? revisionOf(id)}\n    reviewer: ${fields.reviewer ?? ROLE}\n    date: "2026-12-03"\n    findings:${fields.findings ?? ' []'}\n`;
const sectionIds = (section: string) => baseline.corpus!.units.filter((u) => u.sectionId === section).map((u) => u.id);
/** A reviews file of the lede with a review of each unit; `edit` changes the list of reviews first. */
const ledeReviews = (edit: (reviews: string[]) => string[] = (r) => r, section = 'lede'): Patch =>
  put(LEDE_R, `section: ${section}\nreviews:\n${edit(sectionIds('lede').map((id) => reviewOf(id))).join('')}`);
const finding = (span: string, fix: string, category = 'accuracy') =>
  `\n      - category: ${category}\n        severity: minor\n        span: "${span}"\n        fix: "${fix}"\n`;
const reviewLine = (f: Files, path: string, id: string, field?: string) =>
  field ? lineOf(f, path, `${field}:`, `- unit: ${id}\n`) : lineOf(f, path, `- unit: ${id}\n`);
const reviewProblem = (
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
const staleReview = (f: Files, id: string, now: number) =>
  reviewProblem(
    f,
    reviewsFileFor(fileOfUnit(f, id)),
    id,
    `reviews revision ${revisionOf(id)}, but the unit is at revision ${now}: review the current English and record revision ${now}`,
    'revision',
  );
const at = (id: string, review: string) => (reviews: string[]) =>
  reviews.map((r) => (r.startsWith(`  - unit: ${id}\n`) ? review : r));

function reviewCases(): Case[] {
  return [
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
          message:
            "has no units file beside it (corpus/units/16-more.yaml): a reviews file takes its units file's name",
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
        reviewProblem(
          f,
          LEDE_R,
          'lede-01',
          `reviewer: must be a reviewer's role: one of ${ROLE}`,
          'reviewer',
          'schema',
        ),
        reviewProblem(f, LEDE_R, 'lede-01', /^findings\.0\.category: /, 'category', 'schema'),
      ],
    },
  ];
}

const CLAUDE_W = 'corpus/words/04-claude-3-5.yaml';
const SCALING_W = 'corpus/words/03-scaling.yaml';
const wordsFile = (section: string, overrides: string) => `section: ${section}\noverrides:\n${overrides}`;
/** A problem at an override's `- unit:` line. */
const atOverride = (
  f: Files,
  file: string,
  unit: string,
  message: string,
  rule: RuleId = 'words',
  needle = `unit: ${unit}`,
) => ({
  rule,
  severity: 'error',
  file,
  line: lineOf(f, file, needle),
  unit,
  message,
});

function wordCases(): Case[] {
  return [
    {
      rule: 'words',
      name: 'an override whose words do not join to its text',
      patch: [replace(CLAUDE_W, 'words: [不尽如人意]', 'words: [不尽, 如人]')],
      problems: (f) => [
        atOverride(
          f,
          CLAUDE_W,
          'claude-3-5-19',
          "the words “不尽 | 如人” join to “不尽如人”, not to the override's text “不尽如人意”",
        ),
      ],
    },
    {
      rule: 'words',
      name: 'an override whose text is not in its unit is unused',
      patch: [replace(CLAUDE_W, 'text: 不尽如人意\n    words: [不尽如人意]', 'text: 不尽人意\n    words: [不尽人意]')],
      problems: (f) => [
        atOverride(
          f,
          CLAUDE_W,
          'claude-3-5-19',
          "the override's text “不尽人意” is not in the unit's Chinese: remove the override, or correct its text",
        ),
      ],
    },
    {
      rule: 'words',
      name: 'an override that changes nothing is unused',
      patch: [
        put(
          SCALING_W,
          wordsFile('scaling', '  - { unit: scaling-05, text: 突破口, words: [突破口], reason: Test. }\n'),
        ),
      ],
      problems: (f) => [
        atOverride(
          f,
          SCALING_W,
          'scaling-05',
          'the override for “突破口” changes nothing (jieba already cuts it “突破口”): remove it',
        ),
      ],
    },
    {
      rule: 'words',
      name: 'an override that splits a glossary form',
      patch: [
        put(
          SCALING_W,
          wordsFile(
            'scaling',
            '  - { unit: scaling-05, text: 认为语言模型, words: [认为语言, 模型], reason: Test. }\n',
          ),
        ),
      ],
      problems: (f) => [
        atOverride(
          f,
          SCALING_W,
          'scaling-05',
          'the override for “认为语言模型” cuts through the glossary term “语言模型” (language-model): a term is always one word',
        ),
      ],
    },
    {
      rule: 'words',
      name: 'an override in the wrong section file',
      patch: [
        put(
          SCALING_W,
          wordsFile('scaling', '  - { unit: claude-3-5-19, text: 很大影响, words: [很, 大, 影响], reason: Test. }\n'),
        ),
      ],
      problems: (f) => [atOverride(f, SCALING_W, 'claude-3-5-19', `belongs in ${CLAUDE_W}, beside its unit`)],
    },
    {
      rule: 'words',
      name: 'an override for a unit the article lacks',
      patch: [
        put(SCALING_W, wordsFile('scaling', '  - { unit: scaling-99, text: 专家, words: [专, 家], reason: Test. }\n')),
      ],
      problems: (f) => [
        atOverride(f, SCALING_W, 'scaling-99', 'names no unit of the article: remove the override, or correct the ID'),
      ],
    },
    {
      rule: 'words',
      name: 'a second override for the same text',
      patch: [
        replace(
          CLAUDE_W,
          '(不 | 尽如人意).\n',
          '(不 | 尽如人意).\n  - { unit: claude-3-5-19, text: 不尽如人意, words: [不, 尽如人意], reason: Test. }\n',
        ),
      ],
      problems: (f) => [
        atOverride(
          f,
          CLAUDE_W,
          'claude-3-5-19',
          `has a second override for “不尽如人意” (the first is in ${CLAUDE_W}, line ${lineOf(f, CLAUDE_W, '- unit: claude-3-5-19')})`,
          'words',
          '{ unit: claude-3-5-19',
        ),
      ],
    },
    {
      rule: 'schema',
      name: 'an override without a reason',
      patch: [
        replace(
          CLAUDE_W,
          '    reason: One set expression, "falls short of what one hopes"; jieba cuts off its 不 (不 | 尽如人意).\n',
          '',
        ),
      ],
      problems: (f) => [
        atOverride(
          f,
          CLAUDE_W,
          'claude-3-5-19',
          'reason: Invalid input: expected string, received undefined',
          'schema',
        ),
      ],
    },
  ];
}

function sentenceCases(): Case[] {
  return [
    {
      rule: 'sentences',
      name: 'a Chinese sentence that differs from the unit, by sentence and character',
      patch: [inSentenceEntry('scaling-05', '      - 但每次质疑后', '      - 但每次质疑之后')],
      problems: (f) => [
        inEntry(f, '- 但每次质疑之后', /^Chinese sentence 2 does not match the unit's text: it has “之后,业界总能/, {
          at: { field: 'zh', char: pos(f, 'scaling-05', 'zh', '后,业界') },
        }),
      ],
    },
    {
      rule: 'sentences',
      name: 'an English sentence that lost the space after it: the two no longer concatenate to the unit',
      patch: [inSentenceEntry('scaling-05', 'quantity of data. "', 'quantity of data."')],
      problems: (f) => [
        inEntry(
          f,
          '- But each time',
          "English sentence 2 does not match the unit's text: it has “But each tim…” where the unit has “ But each ti…”",
          { at: { field: 'en', char: pos(f, 'scaling-05', 'en', ' But each') } },
        ),
      ],
    },
    {
      rule: 'sentences',
      name: 'sentences that stop before the unit does',
      patch: [
        inSentenceEntry(
          'scaling-05',
          '      - 但每次质疑后,业界总能找到突破口,或者通过继续扩展模型来克服这些问题。\n',
          '',
        ),
        realign('"1=1,2"'),
      ],
      problems: (f) => [
        inEntry(
          f,
          '- 一开始有不少',
          "the Chinese sentences end before the unit's text does: “但每次质疑后,业界总能找…” is in no sentence",
          { at: { field: 'zh', char: pos(f, 'scaling-05', 'zh', '但每次质疑后') } },
        ),
      ],
    },
    {
      rule: 'sentences',
      name: 'a sentence in no group',
      patch: [realign('"1=1"')],
      problems: (f) => [
        inEntry(
          f,
          '- 但每次质疑后',
          'Chinese sentence 2 belongs to no group: add it to the group it corresponds to in align',
        ),
        inEntry(
          f,
          '- But each time',
          'English sentence 2 belongs to no group: add it to the group it corresponds to in align',
        ),
      ],
    },
    {
      rule: 'sentences',
      name: 'a sentence in two groups',
      patch: [realign('"1=1,2", "2=2"')],
      problems: (f) => [inEntry(f, 'align:', 'English sentence 2 is in group 1 and again in group 2')],
    },
    {
      rule: 'sentences',
      name: 'a group empty on one side',
      patch: [realign('"1=1,2", "2="')],
      problems: (f) => [
        inEntry(f, 'align:', 'group 2 ("2=") has no English sentence: every group pairs sentences of both languages'),
      ],
    },
    {
      rule: 'sentences',
      name: 'a sentence number out of range',
      patch: [realign('"1=1", "2=2,3"')],
      problems: (f) => [inEntry(f, 'align:', 'group 2 ("2=2,3"): there is no English sentence 3 (the unit has 2)')],
    },
    {
      rule: 'sentences',
      name: 'a group that is not in the notation',
      patch: [realign('"1=1", "2-2"')],
      problems: (f) => [
        inEntry(
          f,
          'align:',
          'group 2 ("2-2"): "2-2" must have one "=" between the Chinese and the English sentence numbers',
        ),
      ],
    },
    {
      rule: 'sentences',
      name: 'groups out of the Chinese order',
      patch: [realign('"2=2", "1=1"')],
      problems: (f) => [inEntry(f, 'align:', 'group 2 ("1=1"): groups must follow the Chinese, in order')],
    },
    {
      rule: 'sentences',
      name: 'a unit with no sentence entry, at the unit',
      patch: [(f) => f.set(SCALING_S, f.get(SCALING_S)!.replace(/ {2}- unit: scaling-05\n(?: {4}.*\n| {6}.*\n)+/, ''))],
      problems: (f) => [
        unitProblem(
          f,
          'scaling-05',
          'sentences',
          `has no sentences in ${SCALING_S}: run npm run sentences:propose, then review the proposal`,
        ),
      ],
    },
    {
      rule: 'sentences',
      name: 'an entry for an unknown unit',
      patch: [inSentenceEntry('scaling-05', '- unit: scaling-05', '- unit: scaling-55')],
      problems: (f) => [
        {
          rule: 'sentences',
          severity: 'error',
          file: SCALING_S,
          line: lineOf(f, SCALING_S, '- unit: scaling-55'),
          unit: 'scaling-55',
          message: 'names no unit of the article: remove the entry, or correct the ID',
        },
        unitProblem(
          f,
          'scaling-05',
          'sentences',
          `has no sentences in ${SCALING_S}: run npm run sentences:propose, then review the proposal`,
        ),
      ],
    },
    {
      rule: 'sentences',
      name: 'an entry that is not a list of sentences',
      patch: [inSentenceEntry('scaling-05', ALIGN_05, 'align: []')],
      problems: (f) => [inEntry(f, 'align: []', 'align: must list at least one group', { rule: 'schema' })],
    },
    // Sentence addresses are published in ids.yaml and never break.
    {
      rule: 'ids',
      name: 'a unit whose sentence groups shrink without retiring the lost address',
      patch: [realign('"1,2=1,2"')],
      problems: (f) => [
        {
          rule: 'ids',
          severity: 'error',
          file: IDS_FILE,
          line: lineOf(f, IDS_FILE, '  scaling-05: 2'),
          unit: 'scaling-05',
          message:
            'sentence 2 (scaling-05#s2) was published but the unit now has 1 group: retire the address under retiredSentences, pointing to the group that holds its text',
        },
      ],
    },
    {
      rule: 'ids',
      name: 'a lost sentence address retired to the group that holds its text resolves',
      patch: [
        realign('"1,2=1,2"'),
        replace(
          IDS_FILE,
          'retiredSentences: {}',
          'retiredSentences:\n  scaling-05#s2: { to: scaling-05#s1, reason: Merged into one group. }',
        ),
      ],
      problems: () => [],
    },
    {
      rule: 'ids',
      name: 'a sentence address retired to a group that does not exist',
      patch: [
        realign('"1,2=1,2"'),
        replace(
          IDS_FILE,
          'retiredSentences: {}',
          'retiredSentences:\n  scaling-05#s2: { to: scaling-05#s4, reason: Merged. }',
        ),
      ],
      problems: (f) => [
        {
          rule: 'ids',
          severity: 'error',
          file: IDS_FILE,
          line: lineOf(f, IDS_FILE, 'scaling-05#s2:'),
          unit: 'scaling-05',
          message: 'retired sentence scaling-05#s2 points to scaling-05#s4, which is no sentence of the article',
        },
      ],
    },
    {
      rule: 'ids',
      name: 'more sentence groups than published',
      patch: [replace(IDS_FILE, '  scaling-05: 2', '  scaling-05: 1')],
      problems: (f) => [
        {
          rule: 'ids',
          severity: 'error',
          file: IDS_FILE,
          line: lineOf(f, IDS_FILE, '  scaling-05: 1'),
          unit: 'scaling-05',
          message: `has 2 sentence groups but 1 published in ${IDS_FILE}: run npm run sentences:publish`,
        },
      ],
    },
  ];
}

interface Case {
  rule: RuleId;
  name: string;
  patch: Patch[];
  /** Every problem the patch adds to the real corpus's, in report order. */
  problems: (f: Files) => unknown[];
}

const cases: Case[] = [
  // syntax
  {
    rule: 'syntax',
    name: 'a YAML error in a units file reports only itself, with its line',
    patch: [inUnit('lede-03', '    kind: lede\n', '    kind: lede\n    kind: lead\n')],
    problems: (f) => [
      {
        rule: 'syntax',
        severity: 'error',
        file: LEDE,
        line: lineOf(f, LEDE, 'kind: lead'),
        message: 'YAML: Map keys must be unique',
      },
    ],
  },
  {
    rule: 'syntax',
    name: 'a YAML error in ids.yaml names ids.yaml',
    patch: [replace(IDS_FILE, 'retired: {}', 'retired: {')],
    problems: () => [
      {
        rule: 'syntax',
        severity: 'error',
        file: IDS_FILE,
        line: expect.any(Number),
        message: expect.stringMatching(/^YAML: /),
      },
    ],
  },
  {
    rule: 'syntax',
    name: 'a JSON error in the revision lock names the lock',
    patch: [replace(REVISION_LOCK_FILE, '{\n  "lede-01"', '{,\n  "lede-01"')],
    problems: () => [
      { rule: 'syntax', severity: 'error', file: REVISION_LOCK_FILE, message: expect.stringMatching(/^JSON: /) },
    ],
  },
  {
    rule: 'syntax',
    name: 'a YAML error in a glossary file names the file and line',
    patch: [
      replace(
        PHILOSOPHY,
        'zh: [泛心论, panpsychism, { text: 泛新论, status: misprint }]',
        'zh: [泛心论, panpsychism, { text: 泛新论, status: misprint }',
      ),
    ],
    problems: () => [
      {
        rule: 'syntax',
        severity: 'error',
        file: PHILOSOPHY,
        line: expect.any(Number),
        message: expect.stringMatching(/^YAML: /),
      },
    ],
  },
  // schema
  {
    rule: 'schema',
    name: 'a unit without English',
    patch: [inUnit('lede-03', `    en: |-\n      ${LEDE_03_EN}\n`, '')],
    problems: (f) => [unitProblem(f, 'lede-03', 'schema', /^en: Invalid input: expected string/, { rule: 'schema' })],
  },
  {
    rule: 'schema',
    name: 'an empty English rendering',
    patch: [inUnit('lede-03', LEDE_03_EN, '  ')],
    problems: (f) => [
      unitProblem(f, 'lede-03', 'schema', 'en: must not be empty', {
        line: lineOf(f, LEDE, 'en: |-', '- id: lede-03'),
      }),
    ],
  },
  {
    rule: 'schema',
    name: 'an unknown kind, at the line of the kind',
    patch: [inUnit('lede-03', 'kind: lede', 'kind: lead')],
    problems: (f) => [
      unitProblem(f, 'lede-03', 'schema', /^kind: Invalid option: expected one of "byline"\|/, {
        line: lineOf(f, LEDE, 'kind: lead'),
      }),
    ],
  },
  {
    rule: 'schema',
    name: 'an unknown speaker',
    patch: [inUnit('lede-03', 'speaker: editors', 'speaker: editor')],
    problems: (f) => [
      unitProblem(f, 'lede-03', 'schema', /^speaker: Invalid option/, { line: lineOf(f, LEDE, 'speaker: editor\n') }),
    ],
  },
  {
    rule: 'schema',
    name: 'a malformed field of article.yaml',
    patch: [replace(ARTICLE_FILE, 'published: "2024-11-13"', 'published: "13 November 2024"')],
    problems: (f) => [
      {
        rule: 'schema',
        severity: 'error',
        file: ARTICLE_FILE,
        line: lineOf(f, ARTICLE_FILE, 'published:'),
        message: expect.stringMatching(/^published: /),
      },
    ],
  },
  {
    rule: 'schema',
    name: 'a malformed ids.yaml names itself and the line, with no stack trace',
    patch: [replace(IDS_FILE, '  - lede-03\n', '  - Lede 3\n')],
    problems: (f) => [
      {
        rule: 'schema',
        severity: 'error',
        file: IDS_FILE,
        line: lineOf(f, IDS_FILE, 'Lede 3'),
        message: 'published.2: must look like "section-NN"',
      },
    ],
  },
  {
    rule: 'schema',
    name: 'a glossary entry without its English',
    patch: [replace(PHILOSOPHY, '    en: panpsychism\n    partOfSpeech: noun\n', '    partOfSpeech: noun\n')],
    problems: (f) => [
      {
        rule: 'schema',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: panpsychism'),
        entry: 'panpsychism',
        message: expect.stringMatching(/^en: Invalid input/),
      },
    ],
  },
  {
    rule: 'schema',
    name: 'a glossary entry without its part of speech',
    patch: [replace(PHILOSOPHY, '    en: panpsychism\n    partOfSpeech: noun\n', '    en: panpsychism\n')],
    problems: (f) => [
      {
        rule: 'schema',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: panpsychism'),
        entry: 'panpsychism',
        message: 'partOfSpeech: is required: give one of noun, verb, adjective, adverb, properNoun, other',
      },
    ],
  },
  {
    rule: 'schema',
    name: 'a glossary entry with a part of speech outside TBX-Basic’s picklist',
    patch: [
      replace(
        PHILOSOPHY,
        '    en: panpsychism\n    partOfSpeech: noun\n',
        '    en: panpsychism\n    partOfSpeech: noun phrase\n',
      ),
    ],
    problems: (f) => [
      {
        rule: 'schema',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: panpsychism'),
        entry: 'panpsychism',
        message:
          'partOfSpeech: "noun phrase" is not a part of speech: give one of noun, verb, adjective, adverb, properNoun, other',
      },
    ],
  },
  {
    rule: 'schema',
    name: 'a QA exception naming an unknown rule',
    patch: [addToUnit('lede-03', 'qaExceptions:\n  - { rule: grammar, text: x, reason: Test. }')],
    problems: (f) => [
      unitProblem(f, 'lede-03', 'schema', /^qaExceptions\.0\.rule: Invalid option/, {
        line: lineOf(f, LEDE, 'rule: grammar'),
      }),
    ],
  },
  {
    rule: 'schema',
    name: 'a missing article.yaml',
    patch: [remove(ARTICLE_FILE)],
    problems: () => [{ rule: 'schema', severity: 'error', file: ARTICLE_FILE, message: 'is missing' }],
  },
  // unit-id
  {
    rule: 'unit-id',
    name: 'a duplicate ID, once, without echoes in IDs or revisions',
    patch: [inUnit('lede-04', '- id: lede-04', '- id: lede-03')],
    problems: (f) => [
      {
        rule: 'unit-id',
        severity: 'error',
        file: LEDE,
        line: lineOf(f, LEDE, '- id: lede-03', 'id: lede-03\n    kind'),
        unit: 'lede-03',
        message: `duplicate ID (first used in ${LEDE})`,
      },
    ],
  },
  {
    rule: 'unit-id',
    name: 'an ID outside its section',
    patch: [inUnit('lede-03', '- id: lede-03', '- id: intro-03')],
    problems: (f) => [unitProblem(f, 'intro-03', 'unit-id', 'ID must start with its section, "lede-"')],
  },
  // speaker
  {
    rule: 'speaker',
    name: 'a speaker the article does not describe, for each of their units',
    patch: [
      replace(
        ARTICLE_FILE,
        '  interviewer: { zh: Lex Fridman, en: Lex Fridman, role: { zh: 采访者, en: interviewer } }\n',
        '',
      ),
    ],
    problems: (f) =>
      baseline
        .corpus!.units.filter((u) => u.speaker === 'interviewer')
        .map((u) => unitProblem(f, u.id, 'speaker', `speaker "interviewer" is not described in ${ARTICLE_FILE}`))
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
  },
  // history
  {
    rule: 'history',
    name: 'a history entry not older than the revision',
    patch: [addToUnit(PLAIN.id, `history:\n  - { number: ${R}, date: "2026-11-27", en: Old. }`)],
    problems: (f) => [unitProblem(f, PLAIN.id, 'history', `history must hold only revisions before ${R}`)],
  },
  {
    rule: 'history',
    name: 'a revision number listed twice in history',
    patch: [
      inUnit(PLAIN.id, `revision: { number: ${R},`, `revision: { number: ${R + 2},`),
      addToUnit(
        PLAIN.id,
        `history:\n  - { number: ${R}, date: "2026-11-28", en: ${JSON.stringify(PLAIN.en)} }\n  - { number: ${R}, date: "2026-11-28", en: ${JSON.stringify(PLAIN.en)} }`,
      ),
      relock(PLAIN.id),
    ],
    problems: (f) => [
      staleReview(f, PLAIN.id, R + 2),
      unitProblem(f, PLAIN.id, 'history', 'history lists a revision number twice'),
    ],
  },
  // sections
  {
    rule: 'sections',
    name: 'a deleted units file is one problem, not one per unit',
    patch: [remove(CLOSING)],
    problems: (f) => [
      {
        rule: 'sections',
        severity: 'error',
        file: ARTICLE_FILE,
        line: lineOf(f, ARTICLE_FILE, '- id: closing'),
        message: 'section "closing" has no units file in corpus/units',
      },
    ],
  },
  {
    rule: 'sections',
    name: 'a section defined by two files',
    patch: [put(`${UNITS_DIR}/16-more.yaml`, `section: closing\nunits:\n${newUnit('closing-03', '更多', 'More')}`)],
    problems: () => [
      {
        rule: 'sections',
        severity: 'error',
        file: `${UNITS_DIR}/16-more.yaml`,
        line: 1,
        message: `section "closing" is also defined in ${CLOSING}`,
      },
    ],
  },
  {
    rule: 'sections',
    name: 'a title for a section that opens with a heading',
    patch: [replace(ARTICLE_FILE, '  - id: scaling\n', '  - id: scaling\n    title: { zh: 扩展, en: Scaling }\n')],
    problems: (f) => [
      {
        rule: 'sections',
        severity: 'error',
        file: ARTICLE_FILE,
        line: lineOf(f, ARTICLE_FILE, '- id: scaling'),
        message: 'section "scaling" opens with a heading, so it takes no title here',
      },
    ],
  },
  {
    rule: 'sections',
    name: 'no title for a section without a heading',
    patch: [replace(ARTICLE_FILE, '    title: { zh: 完整视频, en: Full video }\n', '')],
    problems: (f) => [
      {
        rule: 'sections',
        severity: 'error',
        file: ARTICLE_FILE,
        line: lineOf(f, ARTICLE_FILE, '- id: closing'),
        message: 'section "closing" has no heading unit and needs a title',
      },
    ],
  },
  {
    rule: 'sections',
    name: 'a units file whose section is not listed',
    patch: [replace(ARTICLE_FILE, '  - id: beauty\n', '')],
    problems: () => [
      {
        rule: 'sections',
        severity: 'error',
        file: `${UNITS_DIR}/14-beauty.yaml`,
        message: `section "beauty" is not listed in ${ARTICLE_FILE}`,
      },
    ],
  },
  {
    rule: 'sections',
    name: 'no units files at all',
    patch: [(f) => yamlFilesIn(f, UNITS_DIR).forEach((path) => f.delete(path))],
    problems: (f) => [
      ...baseline.corpus!.sections.map((s) => ({
        rule: 'sections',
        severity: 'error',
        file: ARTICLE_FILE,
        line: lineOf(f, ARTICLE_FILE, `- id: ${s.id}\n`),
        message: `section "${s.id}" has no units file in corpus/units`,
      })),
      { rule: 'sections', severity: 'error', file: UNITS_DIR, message: 'holds no units files' },
    ],
  },
  // sentences
  ...sentenceCases(),
  ...wordCases(),
  // source
  {
    rule: 'source',
    name: 'a source file that does not exist',
    patch: [replace(ARTICLE_FILE, 'file: source/000_68891002fa1725f8.txt', 'file: source/missing.txt')],
    problems: (f) => [
      {
        rule: 'source',
        severity: 'error',
        file: ARTICLE_FILE,
        line: lineOf(f, ARTICLE_FILE, 'file: source/missing.txt'),
        message: 'source file corpus/source/missing.txt does not exist',
      },
    ],
  },
  {
    rule: 'source',
    name: 'a body start the source lacks',
    patch: [replace(ARTICLE_FILE, 'bodyStartsWith: 梦晨 发自 凹非寺', 'bodyStartsWith: 梦晨 发自 北京')],
    problems: (f) => [
      {
        rule: 'source',
        severity: 'error',
        file: ARTICLE_FILE,
        line: lineOf(f, ARTICLE_FILE, 'bodyStartsWith'),
        message: `no line starts with the body's first words "梦晨 发自 北京" in ${SOURCE}`,
      },
    ],
  },
  {
    rule: 'source',
    name: 'a body end the source lacks',
    patch: [
      replace(
        ARTICLE_FILE,
        'bodyEndsWith: https://www.youtube.com/watch?v=ugvHCXCOmm4',
        'bodyEndsWith: https://example.org/',
      ),
    ],
    problems: (f) => [
      {
        rule: 'source',
        severity: 'error',
        file: ARTICLE_FILE,
        line: lineOf(f, ARTICLE_FILE, 'bodyEndsWith'),
        message: `no line after the body's start ends with "https://example.org/" in ${SOURCE}`,
      },
    ],
  },
  {
    rule: 'source',
    name: 'a deleted unit is reported as missing, with the ID that no longer resolves',
    patch: [removeUnit('lede-03')],
    problems: (f) => [
      {
        rule: 'ids',
        severity: 'error',
        file: IDS_FILE,
        line: lineOf(f, IDS_FILE, '- lede-03'),
        unit: 'lede-03',
        message: expect.stringMatching(/^was published but no unit has this ID/),
      },
      reviewProblem(f, LEDE_R, 'lede-03', 'names no unit of the article: remove the review, or correct the ID'),
      {
        rule: 'sentences',
        severity: 'error',
        file: LEDE_S,
        line: lineOf(f, LEDE_S, '- unit: lede-03'),
        unit: 'lede-03',
        message: 'names no unit of the article: remove the entry, or correct the ID',
      },
      {
        rule: 'source',
        severity: 'error',
        file: SOURCE,
        line: lineOf(f, SOURCE, 'Claude团队三巨头'),
        message:
          'no unit holds this paragraph of the article, “Claude团队三巨头同时接受采访,回应一切。”; it belongs between lede-02 and lede-04',
      },
    ],
  },
  {
    rule: 'source',
    name: 'a unit whose Chinese is not in the source',
    patch: [
      replace(
        LEDE,
        '  - id: lede-04\n',
        `${newUnit('lede-08', '这一段不在原文里。', 'This paragraph is not in the article.')}  - id: lede-04\n`,
      ),
    ],
    problems: (f) => [
      {
        rule: 'ids',
        severity: 'error',
        file: IDS_FILE,
        unit: 'lede-08',
        message: `is not in ${IDS_FILE}: add it under published`,
      },
      {
        ...reviewProblem(
          f,
          LEDE_R,
          'lede-04',
          `has no review in ${LEDE_R}: every unit of a reviewed section is reviewed once, in order`,
        ),
        unit: 'lede-08',
      },
      unitProblem(
        f,
        'lede-08',
        'source',
        `its Chinese is not in the source: line ${lineOf(f, SOURCE, '整整5个小时')} of ${SOURCE} follows lede-03 there`,
      ),
      unitProblem(
        f,
        'lede-08',
        'sentences',
        `has no sentences in ${LEDE_S}: run npm run sentences:propose, then review the proposal`,
      ),
      unitProblem(f, 'lede-08', 'revisions', `is not in ${REVISION_LOCK_FILE}; run npm run revisions:lock`),
    ],
  },
  {
    rule: 'source',
    name: 'one altered character, by line and character',
    patch: [inUnit('lede-03', '回应一切', '回答一切')],
    problems: (f) => [
      inChinese(
        f,
        'lede-03',
        'source',
        '答一切',
        `Chinese differs from the source (${SOURCE}, line ${lineOf(f, SOURCE, 'Claude团队三巨头')}) at character 20: the source has "应" (U+5E94), the unit has "答" (U+7B54)`,
      ),
    ],
  },
  {
    rule: 'source',
    name: 'a list item given another kind',
    patch: [inUnit('highlights-03', 'kind: list-item', 'kind: narration')],
    problems: (f) => [
      unitProblem(
        f,
        'highlights-03',
        'source',
        `is a list item in the source (${SOURCE}, line ${lineOf(f, SOURCE, '顶尖的AI研究团队')}) but has kind "narration"`,
      ),
    ],
  },
  {
    rule: 'source',
    name: 'a list item that is not one in the source',
    patch: [inUnit('highlights-01', 'kind: list-heading', 'kind: list-item')],
    problems: (f) => [
      unitProblem(
        f,
        'highlights-01',
        'source',
        `has kind "list-item" but line ${lineOf(f, SOURCE, '创始人Amodei')} of ${SOURCE} is not a list item`,
      ),
    ],
  },
  {
    rule: 'source',
    name: 'a unit after the end of the article',
    patch: [appendTo(CLOSING, newUnit('closing-03', '谢谢观看。', 'Thanks for watching.', 'narration'))],
    problems: (f) => [
      {
        rule: 'ids',
        severity: 'error',
        file: IDS_FILE,
        unit: 'closing-03',
        message: `is not in ${IDS_FILE}: add it under published`,
      },
      {
        ...reviewProblem(
          f,
          CLOSING_R,
          'closing-02',
          `has no review in ${CLOSING_R}: every unit of a reviewed section is reviewed once, in order`,
        ),
        unit: 'closing-03',
      },
      unitProblem(f, 'closing-03', 'source', 'has no paragraph in the source: the article ended before it'),
      unitProblem(
        f,
        'closing-03',
        'sentences',
        'has no sentences in corpus/sentences/15-closing.yaml: run npm run sentences:propose, then review the proposal',
      ),
      unitProblem(f, 'closing-03', 'revisions', `is not in ${REVISION_LOCK_FILE}; run npm run revisions:lock`),
    ],
  },
  {
    rule: 'source',
    name: 'a source that differs everywhere stops after 20 problems',
    patch: [(f) => f.set(SOURCE, f.get(SOURCE)!.replaceAll('。', '.'))],
    problems: () => [
      { rule: 'source', severity: 'error', file: SOURCE, message: 'more than 20 differences; the rest are not listed' },
      ...Array.from({ length: 20 }, () =>
        expect.objectContaining({
          rule: 'source',
          message: expect.stringMatching(
            /^Chinese differs from the source .* the source has "\." \(U\+002E\), the unit has "。"/,
          ),
        }),
      ),
    ],
  },
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
  ...reviewCases(),
  // glossary-entry
  {
    rule: 'glossary-entry',
    name: 'a duplicate entry ID',
    patch: [appendTo(PHILOSOPHY, entry('panpsychism', '万物有灵论', 'animism'))],
    problems: (f) => [
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: panpsychism'),
        entry: 'panpsychism',
        message: `duplicate entry ID (first used in ${PHILOSOPHY})`,
      },
    ],
  },
  {
    rule: 'glossary-entry',
    name: 'a form claimed by two entries',
    patch: [appendTo(PHILOSOPHY, entry('animism', '泛心论', 'animism'))],
    problems: (f) => [
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: animism'),
        entry: 'animism',
        message: 'form "泛心论" is also a form of panpsychism',
      },
    ],
  },
  {
    rule: 'glossary-entry',
    name: 'an entry related to itself, and to an entry that does not exist',
    patch: [appendTo(PHILOSOPHY, entry('animism', '万物有灵论', 'animism', '    related: [animism, totemism]\n'))],
    problems: (f) => [
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: animism'),
        entry: 'animism',
        message: 'lists itself as related',
      },
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: animism'),
        entry: 'animism',
        message: 'related entry "totemism" does not exist',
      },
    ],
  },
  {
    rule: 'glossary-entry',
    name: 'an entry that names no reference',
    patch: [
      (f) =>
        f.set(
          PHILOSOPHY,
          f.get(PHILOSOPHY)!.replace(/(id: panpsychism\n[\s\S]*?) {4}references:\n(?: {6}- .*\n)+/, '$1'),
        ),
    ],
    problems: (f) => [
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: panpsychism'),
        entry: 'panpsychism',
        message:
          '泛心论 (panpsychism) names no reference: add the source of its term, definition or note to references',
      },
    ],
  },
  {
    rule: 'glossary-entry',
    name: 'forms declared parallel with another status, and with no form',
    patch: [
      replace(
        PHILOSOPHY,
        '{ text: 泛新论, status: misprint }',
        '{ text: 泛新论, status: misprint, parallel: [超叠加, 泛旧论] }',
      ),
    ],
    problems: (f) => [
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: panpsychism'),
        entry: 'panpsychism',
        message:
          'form "泛新论" is misprint but its parallel form "超叠加" (superposition) is nonstandard: parallel forms take one status',
      },
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: panpsychism'),
        entry: 'panpsychism',
        message: 'form "泛新论" is declared parallel to "泛旧论", which is no form of any entry',
      },
    ],
  },
  {
    rule: 'glossary-entry',
    name: 'an inflection not marked match-only, and a headword marked match-only',
    patch: [
      replace(MACHINE_LEARNING, '{ text: neural networks, matchOnly: true }', 'neural networks'),
      replace(PHILOSOPHY, '      en: [panpsychism]', '      en: [{ text: panpsychism, matchOnly: true }]'),
    ],
    problems: (f) => [
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: MACHINE_LEARNING,
        line: lineOf(f, MACHINE_LEARNING, 'id: neural-network'),
        entry: 'neural-network',
        message:
          'English form "neural networks" is an inflection of "neural network": mark it { text: neural networks, matchOnly: true }',
      },
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: panpsychism'),
        entry: 'panpsychism',
        message: 'the English headword "panpsychism" is marked match-only; the headword is always a term',
      },
    ],
  },
  {
    rule: 'glossary-entry',
    name: 'a generated pinyin that differs from its snapshot, one it lacks, and one no form has',
    patch: [
      replace(PINYIN_SNAPSHOT_FILE, '"泛心论": "fànxīnlùn"', '"泛心论": "fànxīnlún"'),
      replace(PINYIN_SNAPSHOT_FILE, '  "泛新论": "fànxīnlùn",\n', '  "泛旧论": "fànjiùlùn",\n'),
    ],
    problems: (f) => [
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PINYIN_SNAPSHOT_FILE,
        entry: 'panpsychism',
        message: 'does not pin "泛新论", generated as "fànxīnlùn": check the reading and run npm run pinyin:snapshot',
      },
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PINYIN_SNAPSHOT_FILE,
        line: lineOf(f, PINYIN_SNAPSHOT_FILE, '"泛心论"'),
        entry: 'panpsychism',
        message:
          'pins "泛心论" as "fànxīnlún" but pinyin-pro now generates "fànxīnlùn": if the new reading is right, or the glossary writes this pinyin, run npm run pinyin:snapshot; else write the pinyin in the glossary',
      },
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PINYIN_SNAPSHOT_FILE,
        line: lineOf(f, PINYIN_SNAPSHOT_FILE, '"泛旧论"'),
        message: 'pins "泛旧论", which is no standard term or form of the glossary: run npm run pinyin:snapshot',
      },
    ],
  },
  {
    rule: 'glossary-entry',
    name: 'no pinyin snapshot',
    patch: [remove(PINYIN_SNAPSHOT_FILE)],
    problems: () => [
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PINYIN_SNAPSHOT_FILE,
        message: 'is missing: check the generated readings and run npm run pinyin:snapshot',
      },
    ],
  },
  // glossary-usage
  {
    rule: 'glossary-usage',
    name: 'an entry and a Chinese form that occur nowhere',
    patch: [appendTo(PHILOSOPHY, entry('animism', '万物有灵论', 'animism')), pin('万物有灵论', 'wànwùyǒulínglùn')],
    problems: (f) => [
      {
        rule: 'glossary-usage',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: animism'),
        entry: 'animism',
        message: '万物有灵论 (animism) occurs nowhere in the article',
      },
      {
        rule: 'glossary-usage',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: animism'),
        entry: 'animism',
        message: 'Chinese form "万物有灵论" does not occur in the article',
      },
      {
        rule: 'glossary-usage',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: animism'),
        entry: 'animism',
        message: 'English form "animism" does not occur in the English of any pair where 万物有灵论 occurs',
      },
    ],
  },
  {
    rule: 'glossary-usage',
    name: 'an English form no unit uses',
    patch: [replace(PHILOSOPHY, '      en: [panpsychism]', '      en: [panpsychism, panpsychist view]')],
    problems: (f) => [
      {
        rule: 'glossary-usage',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: panpsychism'),
        entry: 'panpsychism',
        message: 'English form "panpsychist view" does not occur in the English of any pair where 泛心论 occurs',
      },
    ],
  },
  {
    rule: 'glossary-entry',
    name: 'a form whose written pinyin has the wrong number of syllables',
    patch: [
      replace(PHILOSOPHY, '{ text: 泛新论, status: misprint }', '{ text: 泛新论, status: misprint, pinyin: fànxīn }'),
    ],
    problems: (f) => [
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: panpsychism'),
        entry: 'panpsychism',
        message: 'form "泛新论" has 3 characters but its pinyin "fànxīn" has 2 syllables',
      },
    ],
  },
  {
    rule: 'glossary-entry',
    name: 'a non-standard form with no usage note naming the standard term',
    patch: [
      replace(PHILOSOPHY, '{ text: 泛新论, status: misprint }', '{ text: 泛新论, status: variant }'),
      replace(PHILOSOPHY, NOTE_NAMING_STANDARD, NOTE_NAMING_STANDARD.replace(/泛心论/g, '该词')),
    ],
    problems: (f) => [
      {
        rule: 'glossary-entry',
        severity: 'error',
        file: PHILOSOPHY,
        line: lineOf(f, PHILOSOPHY, 'id: panpsychism'),
        entry: 'panpsychism',
        message: 'the Chinese usage note does not name the standard term 泛心论',
      },
    ],
  },
  // terminology
  {
    rule: 'terminology',
    name: 'a unit whose English drops a term of its Chinese',
    patch: uniqueSpansOf(PANPSYCHIST.en, 'panpsychism').map((span) =>
      reviseEnglish(PANPSYCHIST.id, span, span.replace('panpsychism', 'the view that all things have minds')),
    ),
    problems: (f) => [
      unitProblem(
        f,
        PANPSYCHIST.id,
        'terminology',
        'its Chinese has 泛心论 (panpsychism) but its English has none of ["panpsychism"]: add the English form to corpus/glossary/philosophy.yaml or record a termExceptions entry',
      ),
    ],
  },
  {
    rule: 'terminology',
    name: 'term exceptions for an unknown term and for a term the Chinese lacks',
    patch: [
      addToUnit(
        'lede-03',
        'termExceptions:\n  - { term: no-such-term, reason: Test. }\n  - { term: panpsychism, reason: Test. }',
      ),
    ],
    problems: (f) => [
      unitProblem(f, 'lede-03', 'terminology', 'exception names unknown term "no-such-term"'),
      unitProblem(f, 'lede-03', 'terminology', 'exception for panpsychism, which its Chinese does not contain'),
    ],
  },
  // completeness
  {
    rule: 'completeness',
    name: 'English that is a copy of the Chinese',
    patch: [reviseEnglish('lede-03', LEDE_03_EN, 'Claude团队三巨头同时接受采访,回应一切。')],
    problems: (f) => [
      inEnglish(
        f,
        'lede-03',
        'completeness',
        'Claude团队',
        'the English is a copy of the Chinese: the unit is untranslated',
      ),
      inEnglish(
        f,
        'lede-03',
        'stray-chinese',
        '团队',
        'Chinese text “团队三巨头同时接受采访,回应一切。” in the English',
      ),
    ],
  },
  {
    rule: 'completeness',
    name: 'a placeholder left in the English',
    patch: [reviseEnglish(PLAIN.id, TAIL, `${PRE} ${LAST} TODO.`)],
    problems: (f) => [inEnglish(f, PLAIN.id, 'completeness', 'TODO', 'placeholder “TODO” left in the English')],
  },
  // numbers
  {
    rule: 'numbers',
    name: '万 not converted: the number is missing, and the English one is extra',
    // 10万 is verbatim Chinese, so the English has 100,000 whatever its wording.
    patch: [reviseEnglish('lede-06', '100,000', '10,000')],
    problems: (f) => [
      inChinese(
        f,
        'lede-06',
        'numbers',
        '10万',
        '10万 is not in the English (10万 is 100,000: 万 is 10,000 and 亿 is 100,000,000)',
      ),
      inEnglish(f, 'lede-06', 'numbers', '10,000', '“10,000” in the English is not a number of the Chinese', 'warning'),
    ],
  },
  {
    rule: 'numbers',
    name: '亿 misconverted, naming what the English says instead',
    patch: [reviseEnglish('scaling-18', 'around $1 billion', 'around $10 billion')],
    problems: (f) => [
      inChinese(
        f,
        'scaling-18',
        'numbers',
        '10 亿',
        '10 亿 is not in the English (10 亿 is 1,000,000,000: 万 is 10,000 and 亿 is 100,000,000); the English has “10 billion”, which is 10,000,000,000',
      ),
    ],
  },
  {
    rule: 'numbers',
    name: 'a currency dropped',
    patch: [reviseEnglish('scaling-18', 'around $1 billion', 'around 1 billion')],
    problems: (f) => [
      inChinese(
        f,
        'scaling-18',
        'numbers',
        '10 亿',
        '10 亿 is in US dollars ($), but the English “1 billion” names no currency',
      ),
    ],
  },
  {
    rule: 'numbers',
    name: 'a year with a thousands separator',
    patch: [reviseEnglish('scaling-10', 'a 2020 paper', 'a 2,020 paper')],
    problems: (f) => [
      inChinese(
        f,
        'scaling-10',
        'numbers',
        '2020',
        'the year 2020 is written “2,020” in the English; write years without separators',
      ),
    ],
  },
  {
    rule: 'numbers',
    name: 'a range broken up',
    patch: [reviseEnglish('scaling-29', unitOf('scaling-29').en.match(/\b5(?: to |–)10\b/)![0], '5, or 10')],
    problems: (f) => [
      inChinese(
        f,
        'scaling-29',
        'numbers',
        '5到10',
        'the range 5–10 is not a range in the English (write “5–10” or “5 to 10”)',
      ),
    ],
  },
  {
    rule: 'numbers',
    name: 'a number given fewer times than the Chinese has it (a warning)',
    patch: uniqueSpansOf(TWICE.unit.en, TWICE.number)
      .slice(0, 1)
      .map((span) => reviseEnglish(TWICE.unit.id, span, span.replace(TWICE.number, 'several'))),
    problems: (f) => [
      inChinese(
        f,
        TWICE.unit.id,
        'numbers',
        TWICE.number,
        `${TWICE.number} occurs ${TWICE.times} times in the Chinese but ${TWICE.times - 1} in the English`,
        'warning',
      ),
    ],
  },
  // carried-tokens
  {
    rule: 'carried-tokens',
    name: 'a name not carried over',
    patch: [
      reviseEnglish(
        'lede-04',
        ` ${unitOf('lede-04').en.match(/\S+ Askell/)![0]}`,
        ` ${unitOf('lede-04').en.match(/(\S+) Askell/)![1]}`,
      ),
    ],
    problems: (f) => [inChinese(f, 'lede-04', 'carried-tokens', 'Askell', '“Askell” is not carried into the English')],
  },
  {
    rule: 'carried-tokens',
    name: 'an address not carried over',
    patch: [
      reviseEnglish(
        'closing-02',
        '    en: |-\n      https://www.youtube.com/watch?v=ugvHCXCOmm4',
        '    en: |-\n      https://youtu.be/ugvHCXCOmm4',
      ),
      inSentenceEntry(
        'closing-02',
        '    en:\n      - https://www.youtube.com/watch?v=ugvHCXCOmm4',
        '    en:\n      - https://youtu.be/ugvHCXCOmm4',
      ),
    ],
    problems: (f) => [
      inChinese(
        f,
        'closing-02',
        'carried-tokens',
        'https',
        'the address https://www.youtube.com/watch?v=ugvHCXCOmm4 is not in the English',
      ),
    ],
  },
  // stray-chinese
  {
    rule: 'stray-chinese',
    name: 'Chinese characters in the English',
    patch: [reviseEnglish(PLAIN.id, TAIL, `${PRE} ${LAST} (三巨头).`)],
    problems: (f) => [inEnglish(f, PLAIN.id, 'stray-chinese', '三巨头', 'Chinese text “三巨头” in the English')],
  },
  // punctuation
  {
    rule: 'punctuation',
    name: 'a closing bracket with no opening one',
    patch: [reviseEnglish(PLAIN.id, TAIL, `${PRE} ${LAST}).`)],
    problems: (f) => [inEnglish(f, PLAIN.id, 'punctuation', ').', ') closes nothing: no ( before it')],
  },
  {
    rule: 'punctuation',
    name: 'a bracket never closed',
    patch: [reviseEnglish(PLAIN.id, TAIL, `(${PRE} ${LAST}.`)],
    problems: (f) => [inEnglish(f, PLAIN.id, 'punctuation', `(${PRE}`, '( is never closed')],
  },
  {
    rule: 'punctuation',
    name: 'a bracket closed by another',
    patch: [reviseEnglish(PLAIN.id, TAIL, `(${PRE} ${LAST}].`)],
    problems: (f) => [inEnglish(f, PLAIN.id, 'punctuation', `(${PRE}`, '( is closed by ] instead of )')],
  },
  {
    rule: 'punctuation',
    name: 'a quotation closed by a bracket',
    patch: [reviseEnglish(PLAIN.id, TAIL, `“${PRE} ${LAST}).`)],
    problems: (f) => [inEnglish(f, PLAIN.id, 'punctuation', `“${PRE}`, '“ is closed by ) instead of ”')],
  },
  {
    rule: 'punctuation',
    name: 'an odd number of straight quotes',
    patch: [reviseEnglish(PLAIN.id, TAIL, `"${PRE} ${LAST}.`)],
    problems: (f) => [inEnglish(f, PLAIN.id, 'punctuation', `"${PRE}`, 'an odd number of straight quotes (")')],
  },
  {
    rule: 'punctuation',
    name: 'unbalanced quotes in the verbatim Chinese are warnings, silenced by a reasoned exception',
    patch: [
      inUnit(
        'highlights-15',
        '    qaExceptions:\n      - rule: punctuation\n',
        '    qaExceptionsRemoved:\n      - rule: punctuation\n',
      ),
      (f) => f.set(HIGHLIGHTS, f.get(HIGHLIGHTS)!.replace(/ {4}qaExceptionsRemoved:\n(?: {6}.*\n| {8}.*\n)+/, '')),
    ],
    problems: (f) => [
      inChinese(f, 'highlights-15', 'punctuation', '”器官', '” closes nothing: no “ before it', 'warning'),
      inChinese(f, 'highlights-15', 'punctuation', '”级别', '” closes nothing: no “ before it', 'warning'),
    ],
  },
  // serial-comma
  {
    rule: 'serial-comma',
    name: 'a list without the serial comma is an error, quoting the list and its fix',
    patch: [reviseEnglish('lede-04', 'the company, and the industry', 'the company and the industry')],
    problems: (f) => [
      inEnglish(
        f,
        'lede-04',
        'serial-comma',
        'about the models, the',
        'a list without the serial comma: “about the models, the company and” should be “about the models, the company, and” (STYLE.md, “Register and form”)',
        'error',
      ),
    ],
  },
  {
    rule: 'serial-comma',
    name: 'a reasoned exception accepts a list the rule misreads',
    patch: [
      reviseEnglish('lede-04', 'the company, and the industry', 'the company and the industry'),
      addToUnit(
        'lede-04',
        'qaExceptions:\n  - { rule: serial-comma, text: "about the models, the company and", reason: Test. }',
      ),
    ],
    problems: () => [],
  },
  // one-form
  {
    rule: 'one-form',
    name: 'a Chinese term form rendered by another admitted English form than in the other units is an error on that unit',
    patch: [
      reviseEnglish('scaling-21', 'If AGI is used', 'If artificial general intelligence is used'),
      reviseEnglish('scaling-21', 'But if AGI is seen', 'But if artificial general intelligence is seen'),
    ],
    problems: (f) => [
      inEnglish(
        f,
        'scaling-21',
        'one-form',
        'artificial general intelligence',
        '“artificial general intelligence” renders AGI (agi), which 2 units render “AGI”: use one English form per concept, or record a reasoned exception (STYLE.md, “Terms”)',
      ),
    ],
  },
  {
    rule: 'one-form',
    name: 'a reasoned exception accepts the other form',
    patch: [
      reviseEnglish('scaling-21', 'If AGI is used', 'If artificial general intelligence is used'),
      reviseEnglish('scaling-21', 'But if AGI is seen', 'But if artificial general intelligence is seen'),
      addToUnit(
        'scaling-21',
        'qaExceptions:\n  - { rule: one-form, text: artificial general intelligence, reason: Test. }',
      ),
    ],
    problems: () => [],
  },
  // qa-exception
  {
    rule: 'qa-exception',
    name: 'an exception that matches nothing',
    patch: [addToUnit('lede-03', 'qaExceptions:\n  - { rule: numbers, text: "7", reason: Test. }')],
    problems: (f) => [
      unitProblem(f, 'lede-03', 'qa-exception', 'the numbers exception for “7” matches no finding: remove it'),
    ],
  },
  {
    rule: 'qa-exception',
    name: 'an exception that accepts a finding silences it',
    patch: [
      reviseEnglish('scaling-10', 'a 2020 paper', 'a 2,020 paper'),
      addToUnit('scaling-10', 'qaExceptions:\n  - { rule: numbers, text: "2020", reason: Test. }'),
    ],
    problems: () => [],
  },
];

describe('the real corpus', () => {
  it('passes every check, with no errors', () => {
    expect(errorsIn(baseline.problems).map(formatProblem)).toEqual([]);
    expect(baseline.corpus?.units.length).toBeGreaterThan(150);
    expect(baseline.index?.glossary.entries.length).toBeGreaterThan(50);
  });
});

describe('every rule fails a patched corpus, naming file, line, unit and rule', () => {
  it('has a case for every rule', () => {
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(RULES));
  });

  it.each(cases.map((c) => [c.rule, c.name, c] as const))('%s: %s', (_rule, _name, c) => {
    const files = patched(base, c.patch);
    const added = checkCorpus(files).problems.filter((p) => !known.has(formatProblem(p)));
    expect(added).toEqual(c.problems(files));
  });
});
