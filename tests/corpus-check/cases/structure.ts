// The corpus check's cases for one family of rules. The article's structure: unit IDs, speakers,
// history, sections, and the Chinese against the source. Each case patches the real corpus and
// lists the exact problems the patch adds (../fixture.ts runs them).
import { expect } from 'vitest';
import { ARTICLE_FILE, IDS_FILE, REVISION_LOCK_FILE, UNITS_DIR, yamlFilesIn } from '@/lib/corpus/files';
import { addToUnit, inUnit, lineOf, put, relock, remove, removeUnit, replace } from '../../corpus-patch';
import {
  appendTo,
  baseline,
  type Case,
  CLOSING,
  CLOSING_R,
  inChinese,
  LEDE,
  LEDE_R,
  PLAIN,
  R,
  reviewProblem,
  staleReview,
  unitProblem,
} from '../fixture';

const SOURCE = 'corpus/source/000_68891002fa1725f8.txt';

const LEDE_S = 'corpus/sentences/01-lede.yaml';

const newUnit = (id: string, zh: string, en: string, kind = 'lede') =>
  `  - id: ${id}\n    kind: ${kind}\n    speaker: editors\n    zh: |-\n      ${zh}\n    en: |-\n      ${en}\n    revision: { number: 1, date: "2026-11-28" }\n`;

export const structureCases: Case[] = [
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
];
