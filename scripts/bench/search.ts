// Full-text search at 1×, 10× and 100× the corpus: index build time and heap, and the median time of
// each query of a fixed set (Chinese substrings short and long, English inflections, pinyin three
// ways, a query with no hit). Synthetic corpora repeat the real sentence groups under new unit IDs,
// each copy's Chinese rotated and English words rotated, so copies are not identical.
import { performance } from 'node:perf_hooks';
import { createSearchEngine, type SearchDoc } from '../../lib/search/engine';
import { searchDocs } from '../../lib/search/load';
import { termTarget } from '../../lib/search/term-hits';
import { SEARCH_QUERY_MS } from './budgets';
import { atMost, medianMs, ms, row, type Row } from './report';
import { loadProject } from '../../lib/project/load';

const SEARCH_SCALES = [1, 10, 100] as const;

const SEARCH_QUERIES: [label: string, query: string][] = [
  ['zh, 1 character', '的'],
  ['zh, 2 characters', '模型'],
  ['zh, across words', '规模同时'],
  ['zh, long phrase', '发现模型性能随着规模的增加而不断提升'],
  ['en, inflection', 'scaled'],
  ['en, two words', 'language models'],
  ['pinyin, tone marks', 'fàn xīn lùn'],
  ['pinyin, tone numbers', 'fan4 xin1 lun4'],
  ['pinyin, plain', 'fanxinlun'],
  ['no hit', 'zyzzyva'],
];

function rotate<T>(items: T[], by: number): T[] {
  if (items.length === 0) return items;
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

function syntheticDocs(docs: SearchDoc[], factor: number): SearchDoc[] {
  return Array.from({ length: factor }, (_, copy) =>
    docs.map((doc) =>
      copy === 0
        ? doc
        : {
            ...doc,
            unit: `${doc.unit}x${copy}`,
            zh: rotate([...doc.zh], copy).join(''),
            en: rotate(doc.en.split(' '), copy).join(' '),
          },
    ),
  ).flat();
}

const heapMB = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};

export interface SearchTiming {
  scale: number;
  docs: number;
  buildMs: number;
  /** Heap held by the index (heap after building minus before), in MB; exact only with --expose-gc. */
  heapMB: number;
  gc: boolean;
  queries: { label: string; query: string; ms: number; total: number }[];
}

export function measureSearch(): SearchTiming[] {
  const base = searchDocs();
  const targets = loadProject().index.glossary.entries.map(termTarget);
  return SEARCH_SCALES.map((scale) => {
    const docs = syntheticDocs(base, scale);
    const before = heapMB();
    const start = performance.now();
    let engine: ReturnType<typeof createSearchEngine> | undefined = createSearchEngine(docs, targets);
    const buildMs = performance.now() - start;
    const heap = heapMB() - before;
    const queries = SEARCH_QUERIES.map(([label, query]) => ({
      label,
      query,
      ms: medianMs(() => engine!.search(query), scale === 100 ? 7 : 15),
      total: engine!.search(query).total,
    }));
    engine = undefined;
    return {
      scale,
      docs: docs.length,
      buildMs,
      heapMB: heap,
      gc: typeof (globalThis as { gc?: unknown }).gc === 'function',
      queries,
    };
  });
}

export function searchRows(timings: SearchTiming[]): Row[] {
  return timings.flatMap((t) => [
    row(
      'search',
      `${t.scale}× corpus (${t.docs.toLocaleString('en')} sentence groups)`,
      'index build',
      t.buildMs,
      ms(t.buildMs),
    ),
    row(
      'search',
      `${t.scale}× corpus`,
      'index heap',
      t.heapMB,
      `${t.heapMB.toFixed(1)} MB`,
      undefined,
      t.gc ? undefined : 'approximate: run with node --expose-gc',
    ),
    ...t.queries.map((q) =>
      row(
        'search',
        `${t.scale}× “${q.query}” (${q.label}, ${q.total} hits)`,
        'query, median',
        q.ms,
        ms(q.ms),
        atMost(q.ms, SEARCH_QUERY_MS, ms),
      ),
    ),
  ]);
}
