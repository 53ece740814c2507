// The corpus check's cases for one family of rules. Files and their shape: YAML and JSON syntax,
// and each file's schema. Each case patches the real corpus and lists the exact problems the patch
// adds (../fixture.ts runs them).
import { expect } from 'vitest';
import { ARTICLE_FILE, IDS_FILE, REVISION_LOCK_FILE } from '@/lib/corpus/files';
import { addToUnit, inUnit, lineOf, remove, replace } from '../../corpus-patch';
import { type Case, LEDE, LEDE_03_EN, PHILOSOPHY, unitProblem } from '../fixture';

export const fileCases: Case[] = [
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
];
