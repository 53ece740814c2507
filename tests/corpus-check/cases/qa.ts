// The corpus check's cases for one family of rules. Translation QA: completeness, numbers, carried
// names and addresses, stray Chinese, punctuation, the serial comma, one form per term, and the QA
// exceptions. Each case patches the real corpus and lists the exact problems the patch adds
// (../fixture.ts runs them).
import { UNITS_DIR } from '@/lib/corpus/files';
import type { Problem, RuleId } from '@/lib/corpus/problems';
import {
  addToUnit,
  fileOfUnit,
  type Files,
  inSentenceEntry,
  inUnit,
  lineOf,
  reviseEnglish,
  uniqueSpansOf,
} from '../../corpus-patch';
import {
  baseline,
  type Case,
  inChinese,
  LAST,
  LEDE_03_EN,
  PLAIN,
  pos,
  PRE,
  TAIL,
  unitOf,
  unitProblem,
} from '../fixture';

/** A unit with a number of three or more digits written as often (and at least twice) in its Chinese as in its English. */
const TWICE = baseline.corpus!.units.flatMap((unit) => {
  const count = (text: string, n: string) => text.split(new RegExp(`(?<!\\d|\\d[.,])${n}(?!\\d|[.,]\\d)`)).length - 1;
  return [...new Set(unit.zh.match(/\d{3,}/g) ?? [])]
    .map((number) => ({ unit, number, times: count(unit.zh, number) }))
    .filter(({ number, times }) => times >= 2 && count(unit.en, number) === times);
})[0]!;

const HIGHLIGHTS = `${UNITS_DIR}/02-highlights.yaml`;

/** The line of a unit's English text (the line after `en: |-`). */
const enLine = (f: Files, id: string) => lineOf(f, fileOfUnit(f, id), 'en: |-', `- id: ${id}\n`) + 1;

/** A problem at the text `needle` of a unit's English or Chinese. */
const inEnglish = (f: Files, id: string, rule: RuleId, needle: string, message: string, severity = 'error') =>
  unitProblem(f, id, rule, message, {
    line: enLine(f, id),
    at: { field: 'en', char: pos(f, id, 'en', needle) },
    severity: severity as Problem['severity'],
  });

export const qaCases: Case[] = [
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
