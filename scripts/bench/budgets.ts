// Every budget the benchmarks print figures against, in one place. A budget is a printed pass/over,
// never a timed test: these machines are shared and noisy. kB = 1,000 bytes.

export const KB = 1000;

/** Page weight: HTML raw and gzipped, and the gzipped JavaScript the page loads. */
export interface WeightBudget {
  htmlRaw: number;
  htmlGzip: number;
  jsGzip: number;
  /** Where the budget comes from. */
  source: string;
}

/** The reader (`/zh`, `/en`), from the lean-reader issue (#7). */
export const READER_WEIGHT: WeightBudget = {
  htmlRaw: 400 * KB,
  htmlGzip: 100 * KB,
  jsGzip: 180 * KB,
  source: 'lean reader (#7)',
};

/** Every other page: no heavier than the reader may be. */
export const PAGE_WEIGHT: WeightBudget = { ...READER_WEIGHT, source: 'site-wide ceiling = reader budget' };

/** Lighthouse 12, mobile: these categories at 100, and no layout shift. */
export const LIGHTHOUSE = {
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  cls: 0,
} as const;

/**
 * Lighthouse audits a page kind fails by design: search results carry `noindex` (a results page is
 * not content to index), so Lighthouse's "is crawlable" fails there and nothing else may.
 */
export const LIGHTHOUSE_BY_DESIGN: Partial<Record<'search', string[]>> = { search: ['is-crawlable'] };

/** Under load, the reader's p99 latency may be at most this many times the unit page's, in the same run. */
export const LOAD_P99_RATIO = 3;
/** Under load, no request may fail or time out. */
export const LOAD_ERRORS = 0;

/** Term marking and search must scale linearly: time per unit of work at 100× at most this many times 1×'s. */
export const SCALING_SLOWDOWN = 2;

/** Full-text search (issue 8): one query, median time, on the real corpus and on 10× and 100× synthetic ones. */
export const SEARCH_QUERY_MS = 50;
