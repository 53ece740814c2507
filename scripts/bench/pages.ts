// The pages every benchmark measures: each kind of page in both interface languages, plus a
// near-empty page of the same app (the 404 page: same runtime, no content) as the baseline.

export interface BenchPage {
  path: string;
  kind: 'reader' | 'glossary' | 'term' | 'unit' | 'search' | 'practice' | 'downloads' | 'baseline';
}

export const BENCH_PAGES: BenchPage[] = [
  { path: '/zh', kind: 'reader' },
  { path: '/en', kind: 'reader' },
  { path: '/zh/glossary', kind: 'glossary' },
  { path: '/en/glossary', kind: 'glossary' },
  { path: '/zh/glossary/panpsychism', kind: 'term' },
  { path: '/en/glossary/mechanistic-interpretability', kind: 'term' },
  { path: '/zh/p/scaling-08', kind: 'unit' },
  { path: '/en/p/scaling-08', kind: 'unit' },
  { path: '/zh/search?q=%E7%BC%A9%E6%94%BE', kind: 'search' },
  { path: '/en/search?q=scaling', kind: 'search' },
  { path: '/zh/practice', kind: 'practice' },
  { path: '/en/practice', kind: 'practice' },
  { path: '/zh/downloads', kind: 'downloads' },
  { path: '/en/downloads', kind: 'downloads' },
  { path: '/en/benchmark-baseline', kind: 'baseline' },
];

/** The unit page a reader page is compared with (same interface language), e.g. for its TBT. */
export function unitPageFor(reader: BenchPage): BenchPage | undefined {
  const locale = reader.path.split('/')[1];
  return BENCH_PAGES.find((p) => p.kind === 'unit' && p.path.startsWith(`/${locale}/`));
}

/** The pages of the load run: the reader, the glossary and a unit page (the reference for the reader's p99). */
export const LOAD_PAGES = { reader: '/en', glossary: '/en/glossary', unit: '/en/p/scaling-08' } as const;
