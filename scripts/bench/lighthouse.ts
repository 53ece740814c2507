// Lighthouse 12 (mobile, its default emulation and throttling) for each bench page: the four category
// scores, LCP, TBT and CLS, against the budgets (accessibility, best practices and SEO at 100; CLS 0;
// the reader's performance at least READER_PERFORMANCE and its TBT at most READER_TBT_RATIO × the unit
// page's in the same run, the framework's floor).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromiumPath } from './browser';
import { LIGHTHOUSE, LIGHTHOUSE_BY_DESIGN, READER_PERFORMANCE, READER_TBT_RATIO } from './budgets';
import { BENCH_PAGES, unitPageFor, type BenchPage } from './pages';
import { atLeast, atMost, ms, row, type Row } from './report';

const run = promisify(execFile);

export interface LighthouseResult {
  page: BenchPage;
  status: 'ok' | 'absent' | 'failed';
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits that kept a 100 category below 100. */
  failing: string[];
  /** With several runs: each run's TBT and performance, in order of TBT (the median run is reported). */
  tbtRuns?: number[];
  performanceRuns?: number[];
  error?: string;
}

/** One Lighthouse run of one page. */
async function lighthouseOnce(
  cli: string,
  chrome: string | undefined,
  url: string,
  output: string,
  page: BenchPage,
): Promise<LighthouseResult> {
  const empty = { performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 };
  try {
    await run(
      process.execPath,
      [
        cli,
        url,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
        '--output=json',
        `--output-path=${output}`,
        '--only-categories=performance,accessibility,best-practices,seo',
      ],
      { env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) }, timeout: 180_000 },
    );
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const categories = report.categories as Record<
      string,
      { score: number; auditRefs: { id: string; weight: number }[] }
    >;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
      categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
        .map((ref) => `${id}: ${ref.id}`),
    );
    return {
      page,
      status: 'ok',
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      },
      lcp: report.audits['largest-contentful-paint'].numericValue,
      tbt: report.audits['total-blocking-time'].numericValue,
      cls: report.audits['cumulative-layout-shift'].numericValue,
      failing,
    };
  } catch (error) {
    return {
      page,
      status: 'failed',
      scores: empty,
      lcp: 0,
      tbt: 0,
      cls: 0,
      failing: [],
      error: (error as Error).message.split('\n')[0],
    };
  }
}

/**
 * Lighthouse on every page. The reader and unit pages, whose TBTs are compared, run `comparedRuns`
 * times (LIGHTHOUSE_RUNS, default 3) and report their median run by TBT: on a shared machine one run
 * of a page can be several times another's.
 */
export async function runLighthouse(
  base: string,
  pages = BENCH_PAGES,
  comparedRuns = Number(process.env.LIGHTHOUSE_RUNS ?? 3),
): Promise<LighthouseResult[]> {
  const cli = path.join(
    path.dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')),
    'cli',
    'index.js',
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
  const chrome = chromiumPath();
  const out: LighthouseResult[] = [];
  for (const page of pages) {
    // Lighthouse refuses to score a page served with an error status, the 404 baseline among them.
    if ((await fetch(base + page.path)).status === 404) {
      out.push({
        page,
        status: 'absent',
        scores: { performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 },
        lcp: 0,
        tbt: 0,
        cls: 0,
        failing: [],
      });
      continue;
    }
    const runs = page.kind === 'reader' || page.kind === 'unit' ? Math.max(1, comparedRuns) : 1;
    const results: LighthouseResult[] = [];
    for (let i = 0; i < runs; i++) {
      results.push(
        await lighthouseOnce(
          cli,
          chrome,
          base + page.path,
          path.join(dir, `${page.path.replace(/\W+/g, '_')}-${i}.json`),
          page,
        ),
      );
    }
    const ok = results.filter((r) => r.status === 'ok').sort((a, b) => a.tbt - b.tbt);
    if (ok.length === 0) {
      out.push(results[0]);
      continue;
    }
    const median = ok[Math.floor((ok.length - 1) / 2)];
    out.push(
      runs > 1
        ? { ...median, tbtRuns: ok.map((r) => r.tbt), performanceRuns: ok.map((r) => r.scores.performance) }
        : median,
    );
  }
  return out;
}

export function lighthouseRows(results: LighthouseResult[]): Row[] {
  return results.flatMap((r) => {
    const subject = r.page.kind === 'baseline' ? `${r.page.path} (baseline: 404 page)` : r.page.path;
    if (r.status === 'absent') {
      return [
        row(
          'lighthouse',
          subject,
          'page',
          null,
          r.page.kind === 'baseline' ? 'not scored: Lighthouse skips 404 pages' : 'not in this build (404)',
        ),
      ];
    }
    if (r.status === 'failed')
      return [row('lighthouse', subject, 'run', null, 'failed', { text: 'runs', pass: false }, r.error)];
    const budgeted = r.page.kind !== 'baseline';
    const byDesign = (r.page.kind === 'search' && LIGHTHOUSE_BY_DESIGN.search) || [];
    const hundred = (id: 'accessibility' | 'best-practices' | 'seo') => {
      const failing = r.failing.filter((f) => f.startsWith(`${id}:`)).map((f) => f.split(': ')[1]);
      const unexpected = failing.filter((audit) => !byDesign.includes(audit));
      const check =
        failing.length > 0 && unexpected.length === 0
          ? { text: `≥ ${LIGHTHOUSE[id]} but for ${failing.join(', ')} (by design)`, pass: true }
          : atLeast(r.scores[id], LIGHTHOUSE[id], String);
      return row(
        'lighthouse',
        subject,
        id,
        r.scores[id],
        String(r.scores[id]),
        budgeted ? check : undefined,
        failing.join(', ') || undefined,
      );
    };
    const reader = r.page.kind === 'reader';
    const unit = reader ? results.find((u) => u.page === unitPageFor(r.page) && u.status === 'ok') : undefined;
    const tbtBudget = unit
      ? {
          text: `≤ ${READER_TBT_RATIO}× ${unit.page.path} TBT = ${ms(READER_TBT_RATIO * unit.tbt)}`,
          pass: r.tbt <= READER_TBT_RATIO * unit.tbt,
        }
      : undefined;
    return [
      row(
        'lighthouse',
        subject,
        'performance',
        r.scores.performance,
        String(r.scores.performance),
        reader ? atLeast(r.scores.performance, READER_PERFORMANCE, String) : undefined,
        r.performanceRuns ? `the median run by TBT; all runs: ${r.performanceRuns.join(', ')}` : undefined,
      ),
      hundred('accessibility'),
      hundred('best-practices'),
      hundred('seo'),
      row('lighthouse', subject, 'LCP', r.lcp, ms(r.lcp)),
      row(
        'lighthouse',
        subject,
        'TBT',
        r.tbt,
        ms(r.tbt),
        tbtBudget,
        [
          unit
            ? `${(r.tbt / Math.max(unit.tbt, 1)).toFixed(2)}× the unit page's ${ms(unit.tbt)}`
            : reader
              ? 'no unit page scored in this run to compare with'
              : '',
          r.tbtRuns ? `median of ${r.tbtRuns.length} runs: ${r.tbtRuns.map(ms).join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ') || undefined,
      ),
      row(
        'lighthouse',
        subject,
        'CLS',
        r.cls,
        r.cls.toFixed(3),
        budgeted ? atMost(r.cls, LIGHTHOUSE.cls, (n) => n.toFixed(0)) : undefined,
      ),
    ];
  });
}
