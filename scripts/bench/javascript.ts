// The JavaScript a page loads, in a real browser (Chromium, Pixel 7 emulation, no throttling): every
// script the page fetches at load, while it then sits idle for 3 s, and after its first interaction
// (a tap on a term, on the practice card, in a search or filter box; a Tab elsewhere), lazy chunks
// included. Each script is counted as its gzip-9 size. The team's own JavaScript is what a page loads
// beyond the framework-only 404 page (the baseline), printed beside that framework figure.
import { gzipSync } from 'node:zlib';
import { devices, type Page } from '@playwright/test';
import { TERM_SELECTOR } from '../../lib/reader/contract';
import { freshContext, launchChromium, waitForQuiet } from './browser';
import { OWN_JS } from './budgets';
import { BENCH_PAGES, type BenchPage } from './pages';
import { atMost, kB, row, type Row } from './report';

interface ScriptFile {
  path: string;
  gzip: number;
}

export interface PageScripts {
  page: BenchPage;
  status: number;
  /** Requested before the load event. */
  atLoad: ScriptFile[];
  /** Requested after it, with no interaction, within 3 s of quiet. */
  idle: ScriptFile[];
  /** Requested once the first interaction started, until the page was quiet again. */
  interaction: ScriptFile[];
  /** What the first interaction was. */
  action: string;
  error?: string;
}

type Timed = { path: string; start: number };

/** Same-origin scripts the page has fetched so far (resource timing), and when its load event started. */
function scriptsSoFar(page: Page): Promise<{ scripts: Timed[]; loadStart: number }> {
  return page.evaluate(() => ({
    scripts: performance
      .getEntriesByType('resource')
      .map((e) => ({ url: new URL(e.name), start: e.startTime }))
      .filter(({ url }) => url.origin === location.origin && url.pathname.endsWith('.js'))
      .map(({ url, start }) => ({ path: url.pathname, start })),
    loadStart: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
  }));
}

/** The page's first interaction: what a reader of that kind of page would do first. */
async function firstInteraction(page: Page, kind: BenchPage['kind']): Promise<string> {
  const first = async (selector: string) =>
    (await page.locator(selector).count()) > 0 ? page.locator(selector).first() : null;
  if (kind === 'reader' || kind === 'unit' || kind === 'term') {
    const term = await first(TERM_SELECTOR);
    if (term) {
      const before = page.url();
      await term.tap();
      await page
        .getByRole('tooltip')
        .waitFor({ state: 'visible', timeout: 15_000 })
        .catch(() => undefined);
      if (page.url() !== before) return 'tap on a term (it followed the link: no tooltip here)';
      return 'tap on a term';
    }
  }
  if (kind === 'practice') {
    await page.locator('[data-practice-ready]').waitFor({ timeout: 20_000 });
    const reveal = await first('section.flashcard button');
    if (reveal) {
      await reveal.tap();
      return 'tap on the card’s first button (show answer)';
    }
  }
  if (kind === 'glossary' || kind === 'search') {
    const box = await first('main input');
    if (box) {
      await box.tap();
      return 'tap in the first text box';
    }
  }
  await page.keyboard.press('Tab');
  return 'Tab';
}

export async function measureScripts(base: string, pages = BENCH_PAGES): Promise<PageScripts[]> {
  const sizes = new Map<string, Promise<number>>();
  const gzip = (path: string) => {
    if (!sizes.has(path))
      sizes.set(
        path,
        fetch(base + path).then(async (r) => gzipSync(Buffer.from(await r.arrayBuffer()), { level: 9 }).length),
      );
    return sizes.get(path)!;
  };
  const files = (timed: Timed[]) =>
    Promise.all([...new Set(timed.map((t) => t.path))].map(async (path) => ({ path, gzip: await gzip(path) })));

  const browser = await launchChromium();
  const out: PageScripts[] = [];
  try {
    for (const page of pages) {
      const context = await freshContext(browser, { ...devices['Pixel 7'] });
      await context.addInitScript({ content: 'performance.setResourceTimingBufferSize(5000);' });
      const tab = await context.newPage();
      try {
        const response = await tab.goto(base + page.path, { waitUntil: 'load' });
        await tab.waitForLoadState('networkidle');
        await waitForQuiet(tab, 3000);
        const loaded = await scriptsSoFar(tab);
        const atLoad = loaded.scripts.filter((s) => s.start < loaded.loadStart);
        const idle = loaded.scripts.filter((s) => s.start >= loaded.loadStart);
        const seen = new Set(loaded.scripts.map((s) => s.path));
        const action = await firstInteraction(tab, page.kind);
        await waitForQuiet(tab, 1500);
        const after = (await scriptsSoFar(tab)).scripts.filter((s) => !seen.has(s.path));
        out.push({
          page,
          status: response?.status() ?? 0,
          atLoad: await files(atLoad),
          idle: await files(idle),
          interaction: await files(after),
          action,
        });
      } catch (error) {
        out.push({
          page,
          status: 0,
          atLoad: [],
          idle: [],
          interaction: [],
          action: '',
          error: (error as Error).message.split('\n')[0],
        });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

const total = (files: ScriptFile[]) => files.reduce((sum, f) => sum + f.gzip, 0);

export function scriptRows(results: PageScripts[]): Row[] {
  const baseline = results.find((r) => r.page.kind === 'baseline');
  const framework = new Set(
    baseline ? [...baseline.atLoad, ...baseline.idle, ...baseline.interaction].map((f) => f.path) : [],
  );
  const frameworkBytes = baseline ? total([...baseline.atLoad, ...baseline.idle, ...baseline.interaction]) : 0;
  const own = (files: ScriptFile[]) => files.filter((f) => !framework.has(f.path));
  const beside = `framework (404 page) ${kB(frameworkBytes)}`;
  return results.flatMap((r) => {
    const subject = r.page.kind === 'baseline' ? `${r.page.path} (baseline: 404 page)` : r.page.path;
    if (r.error) return [row('javascript', subject, 'run', null, 'failed', { text: 'runs', pass: false }, r.error)];
    if (r.page.kind === 'baseline') {
      return [
        row(
          'javascript',
          subject,
          'framework JS, gzip',
          frameworkBytes,
          kB(frameworkBytes),
          undefined,
          `${framework.size} files: the figure the team's own JS is measured above`,
        ),
      ];
    }
    if (r.status === 404) return [row('javascript', subject, 'page', null, 'not in this build (404)')];
    const load = own(r.atLoad);
    const idle = [...load, ...own(r.idle)];
    const after = [...idle, ...own(r.interaction)];
    const all = [...r.atLoad, ...r.idle, ...r.interaction];
    const shown = (files: ScriptFile[]) => `${kB(total(files))} (${files.length} files)`;
    return [
      row('javascript', subject, 'own JS at load, gzip', total(load), shown(load), {
        ...atMost(total(load), OWN_JS.atLoad, kB),
        text: `≤ ${kB(OWN_JS.atLoad)} above ${beside}`,
      }),
      row(
        'javascript',
        subject,
        'own JS after 3 s idle',
        total(idle),
        shown(idle),
        undefined,
        'prefetches and warm-up after the load event',
      ),
      row(
        'javascript',
        subject,
        'own JS after first interaction',
        total(after),
        shown(after),
        {
          ...atMost(total(after), OWN_JS.afterInteraction, kB),
          text: `≤ ${kB(OWN_JS.afterInteraction)} above ${beside}`,
        },
        `${r.action}; all JS on the page ${kB(total(all))}`,
      ),
    ];
  });
}
