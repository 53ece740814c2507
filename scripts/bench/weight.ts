// Page weight as served by a running production server: the HTML raw and gzipped (level 9, a
// reference independent of the server), and the HTML as the server actually sends it to a browser
// offering `br, gzip`, each against its budget. The JavaScript is measured in a browser (./javascript.ts).
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { PAGE_WEIGHT, READER_WEIGHT, READER_WIRE } from './budgets';
import { BENCH_PAGES, type BenchPage } from './pages';
import { atMost, kB, row, type Row } from './report';

export interface PageWeight {
  page: BenchPage;
  status: number;
  htmlRaw: number;
  htmlGzip: number;
  /** Body bytes as received, undecoded, with `Accept-Encoding: br, gzip`. */
  wire: number;
  /** The `Content-Encoding` the server chose ('identity' when none). */
  encoding: string;
}

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** One GET as a browser offering brotli and gzip sends it; the body is counted as it arrives, not decoded. */
function wireBytes(url: string): Promise<{ status: number; bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': 'br, gzip', 'accept-language': 'en' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          bytes,
          encoding: String(res.headers['content-encoding'] ?? 'identity'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export async function measureWeights(base: string, pages = BENCH_PAGES): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const page of pages) {
    const response = await fetch(base + page.path);
    const html = Buffer.from(await response.arrayBuffer());
    const wire = await wireBytes(base + page.path);
    out.push({
      page,
      status: response.status,
      htmlRaw: html.length,
      htmlGzip: gzipSize(html),
      wire: wire.bytes,
      encoding: wire.encoding,
    });
  }
  return out;
}

/** The figures as rows, each next to its budget; a page that is not there yet (404) says so. */
export function weightRows(weights: PageWeight[]): Row[] {
  return weights.flatMap(({ page, status, htmlRaw, htmlGzip, wire, encoding }) => {
    const subject = page.kind === 'baseline' ? `${page.path} (baseline: 404 page)` : page.path;
    if (status === 404 && page.kind !== 'baseline') {
      return [
        row('weight', subject, 'page', null, 'not in this build (404)', undefined, `${page.kind} page not present`),
      ];
    }
    const budget = page.kind === 'reader' ? READER_WEIGHT : PAGE_WEIGHT;
    const budgeted = page.kind !== 'baseline';
    return [
      row(
        'weight',
        subject,
        'HTML raw',
        htmlRaw,
        kB(htmlRaw),
        budgeted ? atMost(htmlRaw, budget.htmlRaw, kB) : undefined,
      ),
      row(
        'weight',
        subject,
        'HTML gzip-9',
        htmlGzip,
        kB(htmlGzip),
        budgeted ? atMost(htmlGzip, budget.htmlGzip, kB) : undefined,
      ),
      row(
        'weight',
        subject,
        'HTML on the wire (br, gzip offered)',
        wire,
        `${kB(wire)} ${encoding}`,
        page.kind === 'reader' ? atMost(wire, READER_WIRE, kB) : undefined,
        `Content-Encoding: ${encoding}`,
      ),
    ];
  });
}
