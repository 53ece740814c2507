import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { WorkerStatus } from '../lib/offline/plan';
import { expect, test } from './fixtures';
import { PRACTICE_READY, ROWS, term } from './selectors';

/**
 * Resolves once this page is controlled by the service worker and the worker keeps the whole core
 * and every term and unit page of `locale`: the worker's own count, asked over a message channel.
 */
async function keptForOffline(page: Page, locale: string) {
  await expect
    .poll(
      () =>
        page.evaluate(async (locale) => {
          const registration = await navigator.serviceWorker.getRegistration();
          const worker = registration?.active;
          if (!worker || !navigator.serviceWorker.controller) return 'no active worker yet';
          const status = await new Promise<WorkerStatus>((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = (event) => resolve(event.data as WorkerStatus);
            worker.postMessage({ type: 'status' }, [channel.port2]);
          });
          const { core, fill } = status;
          return core.kept === core.total && fill[locale].kept === fill[locale].total
            ? 'kept'
            : `core ${core.kept}/${core.total}, ${locale} ${fill[locale].kept}/${fill[locale].total}`;
        }, locale),
      { timeout: 90_000, intervals: [250, 500, 1000] },
    )
    .toBe('kept');
}

test.use({ serviceWorkers: 'allow' });

test.describe('offline after the first visit', () => {
  // Offline, the browser reports the requests that only the network can answer (its update check of /sw.js).
  test.use({ expectedConsole: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED|sw\.js/] });

  test('the reader, a term tooltip, the glossary, a term page, a unit page, practice and the other language work with no network; search says it needs one', async ({
    page,
    context,
  }) => {
    test.slow();
    await page.goto('/en');
    await keptForOffline(page, 'en');
    await context.setOffline(true);

    await page.reload();
    await expect(page.locator(ROWS).first()).toBeVisible();
    // The tooltip's data file comes from the cache.
    await page
      .locator(term('consciousness-03', 'en', 'panpsychism', 'en'))
      .first()
      .hover();
    await expect(page.getByRole('tooltip')).toContainText('泛心论');

    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Glossary' }).click();
    await expect(page).toHaveURL(/\/en\/glossary$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.goto('/en/glossary/panpsychism');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('泛心论');

    await page.goto('/en/p/consciousness-03');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('consciousness-03');

    await page.goto('/en/practice');
    await expect(page.locator(PRACTICE_READY)).toBeVisible({ timeout: 20_000 });

    // The reader's choices ride in the query string: the same kept page answers.
    await page.goto('/zh?layout=interleaved');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator(ROWS).first()).toBeVisible();

    // `/` goes to the reader in the browser's language (en here), kept.
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator(ROWS).first()).toBeVisible();

    // The other language's unit pages are kept only once visited: this one says it needs a network.
    await page.goto('/zh/p/consciousness-03');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('当前没有网络连接');

    await page.goto('/en/search?q=scaling');
    await expect(page).toHaveURL(/\/en\/search\?q=scaling$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(page.getByText('Search needs a network connection')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.goto('/zh/search?q=规模');
    await expect(page.getByText('搜索需要联网')).toBeVisible();

    // Back online, search answers from the server again.
    await context.setOffline(false);
    await page.goto('/en/search?q=scaling');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  });

  test('downloads are kept when fetched', async ({ page, context }) => {
    await page.goto('/en/downloads');
    await keptForOffline(page, 'en');
    const link = page.locator('a[href^="/downloads/"][href$=".csv"]').first();
    const href = (await link.getAttribute('href'))!;
    const online = await page.evaluate((href) => fetch(href).then((response) => response.text()), href);
    await context.setOffline(true);
    const offline = await page.evaluate((href) => fetch(href).then((response) => response.text()), href);
    expect(offline).toBe(online);
    expect(offline.length).toBeGreaterThan(100);
  });
});

test('every page links its language’s web app manifest and theme colours; the worker script is revalidated on every check', async ({
  page,
  request,
}) => {
  await page.goto('/zh/glossary');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/zh/manifest.webmanifest');
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
  const manifest = await (await request.get('/zh/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: '双语对照阅读', lang: 'zh-Hans', start_url: '/zh', display: 'standalone' });
  expect(manifest.icons[0]).toMatchObject({ src: '/icon.svg', type: 'image/svg+xml' });
  const worker = await request.get('/sw.js');
  expect(worker.headers()['cache-control']).toBe('no-cache');
  expect(worker.headers()['content-type']).toMatch(/^text\/javascript/);
  expect(worker.headers()['content-security-policy']).toBe(
    "default-src 'none'; connect-src 'self'; frame-ancestors 'none'",
  );
});
