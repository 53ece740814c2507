// Term marking and glossary search at 1×, 10× and 100× the corpus: time per round and per unit of
// work, with the budget that the work scales linearly (per-unit time at N× within SCALING_SLOWDOWN× of 1×).
import type { Unit } from '../../lib/corpus/model';
import type { Glossary } from '../../lib/terms/glossary';
import { markUnits } from '../../lib/terms/mark';
import { matchesQuery, type SearchableTerm } from '../../lib/terms/query-match';
import { searchableTerm } from '../../lib/terms/searchable';
import { SCALING_SLOWDOWN } from './budgets';
import { medianMs, ms, row, type Row } from './report';
import { loadProject } from '../../lib/project/load';

const SCALES = [1, 10, 100] as const;
const QUERIES = ['fàn xīn lùn', 'fan4 xin1 lun4', 'fanxinlun', '解释性', 'interp', 'zzz', 'a', '<script>', '((('];

function scaledUnits(units: Unit[], factor: number): Unit[] {
  return Array.from({ length: factor }, (_, copy) => units.map((u) => ({ ...u, id: `${u.id}~${copy}` }))).flat();
}

function scaledTerms(glossary: Glossary, factor: number): SearchableTerm[] {
  const terms = glossary.entries.map(searchableTerm);
  return Array.from({ length: factor }, () => terms).flat();
}

export interface TermTiming {
  task: 'mark' | 'search';
  scale: number;
  ms: number;
  /** Characters marked, or term comparisons made, per round. */
  work: number;
}

export function measureTerms(): TermTiming[] {
  const { units } = loadProject().corpus;
  const { glossary } = loadProject().index;
  const out: TermTiming[] = [];
  for (const scale of SCALES) {
    const corpus = scaledUnits(units, scale);
    const chars = corpus.reduce((sum, u) => sum + u.zh.length + u.en.length, 0);
    out.push({
      task: 'mark',
      scale,
      ms: medianMs(() => markUnits(corpus, glossary), scale === 100 ? 3 : 9),
      work: chars,
    });
    const terms = scaledTerms(glossary, scale);
    out.push({
      task: 'search',
      scale,
      ms: medianMs(() => QUERIES.forEach((q) => terms.filter((t) => matchesQuery(t, q))), scale === 100 ? 5 : 21),
      work: QUERIES.length * terms.length,
    });
  }
  return out;
}

export function termRows(timings: TermTiming[]): Row[] {
  return timings.map((t) => {
    const base = timings.find((b) => b.task === t.task && b.scale === 1)!;
    const perWork = t.ms / t.work;
    const basePerWork = base.ms / base.work;
    const subject =
      t.task === 'mark'
        ? `mark ${t.scale}× corpus (${t.work.toLocaleString('en')} chars)`
        : `glossary search ${t.scale}× (${t.work.toLocaleString('en')} comparisons)`;
    const rate =
      t.task === 'mark'
        ? `${Math.round(t.work / (t.ms / 1000)).toLocaleString('en')} chars/s`
        : `${Math.round(t.work / (t.ms / 1000)).toLocaleString('en')} cmp/s`;
    return row(
      'terms',
      subject,
      'time per round',
      t.ms,
      `${ms(t.ms)} (${rate})`,
      t.scale === 1
        ? undefined
        : {
            text: `linear: ≤ ${SCALING_SLOWDOWN}× 1×'s per-unit time`,
            pass: perWork <= basePerWork * SCALING_SLOWDOWN,
          },
      t.scale === 1 ? undefined : `${(perWork / basePerWork).toFixed(2)}× the per-unit time at 1×`,
    );
  });
}
