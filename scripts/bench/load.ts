// The load run: autocannon, 50 connections, against the reader, the glossary and a unit page in turn,
// with the headers a browser sends (brotli and gzip accepted). Budget: the reader's p99 at most LOAD_P99_RATIO×
// the unit page's p99 in the same run, and no errors or timeouts anywhere.
import autocannon from 'autocannon';
import { LOAD_ERRORS, LOAD_P99_RATIO } from './budgets';
import { LOAD_PAGES } from './pages';
import { atMost, ms, row, type Row } from './report';

export interface LoadResult {
  name: keyof typeof LOAD_PAGES;
  path: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Mean response body, in bytes on the wire. */
  bytesPerRequest: number;
}

export async function runLoad(base: string, connections = 50, seconds = 10): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for (const [name, path] of Object.entries(LOAD_PAGES) as [keyof typeof LOAD_PAGES, string][]) {
    // A short warm-up, so the first run does not pay for cold caches and the JIT.
    await autocannon({ url: base + path, connections: 4, duration: 2, headers: { 'accept-encoding': 'gzip' } });
    const result = await autocannon({
      url: base + path,
      connections,
      duration: seconds,
      timeout: 10,
      headers: { 'accept-encoding': 'gzip, deflate, br', 'accept-language': 'en' },
    });
    out.push({
      name,
      path,
      connections,
      seconds,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      bytesPerRequest: result.requests.total ? result.throughput.total / result.requests.total : 0,
    });
  }
  return out;
}

export function loadRows(results: LoadResult[]): Row[] {
  const unit = results.find((r) => r.name === 'unit')!;
  return results.flatMap((r) => {
    const subject = `${r.path} (${r.name}, ${r.connections} conn, ${r.seconds} s)`;
    const failures = r.errors + r.timeouts + r.non2xx;
    return [
      row(
        'load',
        subject,
        'requests/s',
        r.requestsPerSecond,
        `${Math.round(r.requestsPerSecond)} req/s`,
        undefined,
        `${(r.bytesPerRequest / 1000).toFixed(1)} kB per response on the wire`,
      ),
      row('load', subject, 'latency p50', r.p50, ms(r.p50)),
      row(
        'load',
        subject,
        'latency p99',
        r.p99,
        ms(r.p99),
        r.name === 'reader'
          ? {
              text: `≤ ${LOAD_P99_RATIO}× unit p99 = ${ms(LOAD_P99_RATIO * unit.p99)}`,
              pass: r.p99 <= LOAD_P99_RATIO * unit.p99,
            }
          : undefined,
        r.name === 'reader' ? `${(r.p99 / unit.p99).toFixed(1)}× the unit page's p99` : undefined,
      ),
      row(
        'load',
        subject,
        'errors + timeouts + non-2xx',
        failures,
        `${r.errors} + ${r.timeouts} + ${r.non2xx}`,
        atMost(failures, LOAD_ERRORS, String),
      ),
    ];
  });
}
