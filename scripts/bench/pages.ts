// The pages every benchmark measures: each kind of page in both interface languages, plus a
// near-empty page of the same app (the 404 page: same runtime, no content) as the baseline.
import { LOCALES, type Locale } from '../../lib/locale';
import {
  downloadsPath,
  glossaryPath,
  practicePath,
  readerPath,
  searchPath,
  termPath,
  unitPath,
} from '../../lib/routes';
import { splitLocalePath } from '../../lib/route-match';

export interface BenchPage {
  path: string;
  kind: 'reader' | 'glossary' | 'term' | 'unit' | 'search' | 'practice' | 'downloads' | 'baseline';
}

const inEach = (kind: BenchPage['kind'], path: (locale: Locale) => string): BenchPage[] =>
  LOCALES.map((locale) => ({ path: path(locale), kind }));

/** The unit every unit-page benchmark opens. */
const UNIT = 'scaling-08';

export const BENCH_PAGES: BenchPage[] = [
  ...inEach('reader', readerPath),
  ...inEach('glossary', glossaryPath),
  { path: termPath('zh', 'panpsychism'), kind: 'term' },
  { path: termPath('en', 'mechanistic-interpretability'), kind: 'term' },
  ...inEach('unit', (locale) => unitPath(locale, UNIT)),
  { path: searchPath('zh', '缩放'), kind: 'search' },
  { path: searchPath('en', 'scaling'), kind: 'search' },
  ...inEach('practice', practicePath),
  ...inEach('downloads', downloadsPath),
  // An address that no page has, so the 404 page answers it: not a route of the site.
  // eslint-disable-next-line no-restricted-syntax -- the baseline is the page for no route
  { path: '/en/benchmark-baseline', kind: 'baseline' },
];

/** The unit page a reader page is compared with (same interface language), e.g. for its TBT. */
export function unitPageFor(reader: BenchPage): BenchPage | undefined {
  const locale = splitLocalePath(reader.path)?.locale;
  return BENCH_PAGES.find((p) => p.kind === 'unit' && splitLocalePath(p.path)?.locale === locale);
}

/** The pages of the load run: the reader, the glossary and a unit page (the reference for the reader's p99). */
export const LOAD_PAGES = {
  reader: readerPath('en'),
  glossary: glossaryPath('en'),
  unit: unitPath('en', UNIT),
} as const;
