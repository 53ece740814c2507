// Page weight as served by a running production server: HTML raw and gzipped, and the JavaScript
// (gzipped) its <script src> elements load, each against its budget.
import { gzipSync } from 'node:zlib';
import { PAGE_WEIGHT, READER_WEIGHT } from './budgets';
import { BENCH_PAGES, type BenchPage } from './pages';
import { atMost, kB, row, type Row } from './report';

export interface PageWeight {
  page: BenchPage;
  status: number;
  htmlRaw: number;
  htmlGzip: number;
  jsGzip: number;
  scripts: number;
}

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

export async function measureWeights(base: string, pages = BENCH_PAGES): Promise<PageWeight[]> {
  const scriptCache = new Map<string, number>();
  async function scriptBytes(src: string): Promise<number> {
    if (!scriptCache.has(src)) {
      const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      scriptCache.set(src, gzipSize(body));
    }
    return scriptCache.get(src)!;
  }
  const out: PageWeight[] = [];
  for (const page of pages) {
    const response = await fetch(base + page.path);
    const html = Buffer.from(await response.arrayBuffer());
    const scripts = [...new Set([...html.toString('utf8').matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
    const js = (await Promise.all(scripts.map(scriptBytes))).reduce((a, b) => a + b, 0);
    out.push({ page, status: response.status, htmlRaw: html.length, htmlGzip: gzipSize(html), jsGzip: js, scripts: scripts.length });
  }
  return out;
}

/** The figures as rows, each next to its budget; a page that is not there yet (404) says so. */
export function weightRows(weights: PageWeight[]): Row[] {
  return weights.flatMap(({ page, status, htmlRaw, htmlGzip, jsGzip, scripts }) => {
    const subject = page.kind === 'baseline' ? `${page.path} (baseline: 404 page)` : page.path;
    if (status === 404 && page.kind !== 'baseline') {
      return [row('weight', subject, 'page', null, 'not in this build (404)', undefined, `${page.kind} page not present`)];
    }
    const budget = page.kind === 'reader' ? READER_WEIGHT : PAGE_WEIGHT;
    const budgeted = page.kind !== 'baseline';
    return [
      row('weight', subject, 'HTML raw', htmlRaw, kB(htmlRaw), budgeted ? atMost(htmlRaw, budget.htmlRaw, kB) : undefined),
      row('weight', subject, 'HTML gzip', htmlGzip, kB(htmlGzip), budgeted ? atMost(htmlGzip, budget.htmlGzip, kB) : undefined),
      row('weight', subject, `JS gzip (${scripts} files)`, jsGzip, kB(jsGzip), budgeted ? atMost(jsGzip, budget.jsGzip, kB) : undefined),
    ];
  });
}
