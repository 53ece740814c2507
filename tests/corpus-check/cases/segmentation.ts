// The corpus check's cases for one family of rules. Segmentation: each unit's sentences and how
// they align, and the reviewed word overrides. Each case patches the real corpus and lists the
// exact problems the patch adds (../fixture.ts runs them).
import { expect } from 'vitest';
import { IDS_FILE } from '@/lib/corpus/files';
import type { Problem, RuleId } from '@/lib/corpus/problems';
import { type Files, inSentenceEntry, lineOf, type Patch, put, replace } from '../../corpus-patch';
import { type Case, pos, unitProblem } from '../fixture';

const SCALING_S = 'corpus/sentences/03-scaling.yaml';

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

export const segmentationCases: Case[] = [
  // sentences
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
  // words
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
      put(SCALING_W, wordsFile('scaling', '  - { unit: scaling-05, text: 突破口, words: [突破口], reason: Test. }\n')),
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
        wordsFile('scaling', '  - { unit: scaling-05, text: 认为语言模型, words: [认为语言, 模型], reason: Test. }\n'),
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
      atOverride(f, CLAUDE_W, 'claude-3-5-19', 'reason: Invalid input: expected string, received undefined', 'schema'),
    ],
  },
];
