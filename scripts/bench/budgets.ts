// Every budget the benchmarks print figures against, in one place. A budget is a printed pass/over,
// never a timed test: these machines are shared and noisy. kB = 1,000 bytes.

const KB = 1000;

/** Page weight: the HTML raw and gzipped (level 9, as a reference). */
export interface WeightBudget {
  htmlRaw: number;
  htmlGzip: number;
  /** Where the budget comes from. */
  source: string;
}

/** The reader (`/zh`, `/en`), from the lean-reader issue (#7). */
export const READER_WEIGHT: WeightBudget = {
  htmlRaw: 400 * KB,
  htmlGzip: 100 * KB,
  source: 'lean reader (#7)',
};

/** Every other page: no heavier than the reader may be. */
export const PAGE_WEIGHT: WeightBudget = { ...READER_WEIGHT, source: 'site-wide ceiling = reader budget' };

/**
 * The reader's HTML as the server sends it to a browser offering `br, gzip` (issue 17): 1.5 × the text
 * alone at brotli-11.
 */
export const READER_WIRE = 55 * KB;

/**
 * JavaScript the team owns (issue 17): the gzipped scripts a page loads that the framework-only 404
 * page does not. At load = requested before the page's load event; after the first interaction =
 * everything up to the end of the network activity the first interaction starts, lazy chunks and
 * idle-time prefetches included. Measured against the framework rather than as an absolute, so a
 * framework patch release does not force more splitting.
 */
export const OWN_JS = { atLoad: 10 * KB, afterInteraction: 30 * KB } as const;

/** Lighthouse 12, mobile: these categories at 100, and no layout shift. */
export const LIGHTHOUSE = {
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  cls: 0,
} as const;

/** Lighthouse, the reader (issue 17): performance at least this, on this 2-core machine. */
export const READER_PERFORMANCE = 90;
/** Lighthouse, the reader's TBT at most this many times the unit page's (same language) in the same run. */
export const READER_TBT_RATIO = 1.5;

/**
 * Lighthouse audits a page kind fails by design: search results carry `noindex` (a results page is
 * not content to index), so Lighthouse's "is crawlable" fails there and nothing else may.
 */
export const LIGHTHOUSE_BY_DESIGN: Partial<Record<'search', string[]>> = { search: ['is-crawlable'] };

/** Under load, the reader's p99 latency may be at most this many times the unit page's, in the same run. */
export const LOAD_P99_RATIO = 3;
/** Under load, no request may fail or time out. */
export const LOAD_ERRORS = 0;

/**
 * The first interaction after load and 3 s idle, on an emulated mid-range phone (`bench:interaction`):
 * from the pointer event to the first frame that shows the result, each of median and max.
 */
export const INTERACTION_MS = 150;

/** Term marking and search must scale linearly: time per unit of work at 100× at most this many times 1×'s. */
export const SCALING_SLOWDOWN = 2;

/** Full-text search (issue 8): one query, median time, on the real corpus and on 10× and 100× synthetic ones. */
export const SEARCH_QUERY_MS = 50;
