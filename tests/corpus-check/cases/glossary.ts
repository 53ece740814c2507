// The corpus check's cases for one family of rules. The glossary: its entries and their pinyin,
// their use in the article, and the terminology of every unit. Each case patches the real corpus
// and lists the exact problems the patch adds (../fixture.ts runs them).
import { PINYIN_SNAPSHOT_FILE } from '@/lib/corpus/files';
import { addToUnit, lineOf, type Patch, remove, replace, reviseEnglish, uniqueSpansOf } from '../../corpus-patch';
import { appendTo, baseline, type Case, PHILOSOPHY, unitProblem } from '../fixture';

/** A unit whose Chinese has 泛心论 and whose English renders it as “panpsychism”. */
const PANPSYCHIST = baseline.corpus!.units.find((u) => u.zh.includes('泛心论') && /panpsychism/i.test(u.en))!;

const MACHINE_LEARNING = 'corpus/glossary/machine-learning.yaml';

const NOTE_NAMING_STANDARD = '文中一处误写为“泛新论”;正确写法是“泛心论”,“心”指心灵。';

const entry = (id: string, zh: string, en: string, extra = '') =>
  `  - id: ${id}\n    zh: ${zh}\n    en: ${en}\n    partOfSpeech: noun\n    forms: { zh: [${zh}], en: [${en}] }\n    definition: { zh: 一种观点。, en: A view. }\n    references: [sep]\n${extra}`;

/** Pins a reading in the pinyin snapshot, as npm run pinyin:snapshot would for a new form. */
const pin =
  (text: string, reading: string): Patch =>
  (f) => {
    const pinned = JSON.parse(f.get(PINYIN_SNAPSHOT_FILE)!);
    f.set(PINYIN_SNAPSHOT_FILE, JSON.stringify({ ...pinned, [text]: reading }, null, 2) + '\n');
  };

export const glossaryCases: Case[] = [
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
];
