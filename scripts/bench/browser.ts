// Chromium for the browser benchmarks (Playwright): CHROMIUM_PATH, CHROME_PATH or the system Chromium,
// else Playwright's own, as in playwright.config.ts.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';

export function chromiumPath(): string | undefined {
  const fromEnv =
    process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return fromEnv;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((candidate) =>
    existsSync(candidate),
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A fresh context (empty cache and storage). tsx compiles these scripts with esbuild's keepNames,
 * which wraps functions passed to `page.evaluate` in calls to a `__name` helper that exists only
 * in Node; the init script gives the page a no-op one.
 */
export async function freshContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}

/**
 * Resolves once the page has been quiet for `quietMs`: no long task (50 ms or more) and no resource
 * finished loading in that time; gives up after `capMs` (a page that never settles is measured anyway).
 */
export function waitForQuiet(page: import('@playwright/test').Page, quietMs: number, capMs = 30_000): Promise<boolean> {
  return page.evaluate(
    ([quiet, cap]) =>
      new Promise<boolean>((resolve) => {
        const start = performance.now();
        let last = start;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const end =
              entry.entryType === 'resource'
                ? (entry as PerformanceResourceTiming).responseEnd
                : entry.startTime + entry.duration;
            last = Math.max(last, end);
          }
        });
        observer.observe({ type: 'resource' });
        try {
          observer.observe({ type: 'longtask' });
        } catch {
          // longtask is Chromium's; without it only the network is watched
        }
        const tick = () => {
          const now = performance.now();
          if (now - last >= quiet || now - start >= cap) {
            observer.disconnect();
            resolve(now - last >= quiet);
          } else setTimeout(tick, 100);
        };
        tick();
      }),
    [quietMs, capMs] as const,
  );
}
