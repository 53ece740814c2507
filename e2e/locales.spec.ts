import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { READ_LINE_PX, STICKY_BARS_SELECTOR } from '../lib/reader/contract';
import { ROWS, unitRow } from './selectors';

for (const [acceptLanguage, expected] of [
  ['zh-CN,zh;q=0.9', '/zh'],
  ['en-GB,en;q=0.8', '/en'],
] as const) {
  test(`/ sends a browser preferring ${acceptLanguage} to ${expected}`, async ({ browser }) => {
    const context = await browser.newContext({
      locale: acceptLanguage.split(',')[0],
      extraHTTPHeaders: { 'Accept-Language': acceptLanguage },
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`${expected}$`));
    await context.close();
  });
}

/** Clicks where the link is on screen: Playwright's own click would first scroll the sticky header "into view". */
async function clickInPlace(page: Page, name: string) {
  const box = await page.getByRole('link', { name }).boundingBox();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
}

/** The paragraph the reader is at: the first whose bottom is below the sticky bars and the reading line. */
function readingRow(page: Page): Promise<string> {
  return page.evaluate(
    ([rows, bars, line]) => {
      const top = document.querySelector(bars)!.getBoundingClientRect().bottom;
      return [...document.querySelectorAll(rows)].find((row) => row.getBoundingClientRect().bottom > top + line)!.id;
    },
    [ROWS, STICKY_BARS_SELECTOR, READ_LINE_PX] as const,
  );
}

test('the language switch opens the other UI at the same paragraph', async ({ page }) => {
  await page.goto('/en#anthropic-08');
  await expect(page.locator(unitRow('anthropic-08'))).toBeInViewport();
  // Opened at anthropic-08, the reader is there, or at the end of the one above it while the rows
  // above settle their heights on a phone; the switch carries whichever it is.
  const atId = await readingRow(page);
  expect(['anthropic-07', 'anthropic-08']).toContain(atId);
  await clickInPlace(page, '中文界面');
  await expect(page).toHaveURL(new RegExp(`/zh#${atId}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator(`#${atId}`)).toBeInViewport();
  await page.mouse.wheel(0, 1500);
  await expect(page.locator(unitRow('anthropic-08'))).not.toBeInViewport();
  const topId = await readingRow(page);
  await clickInPlace(page, 'English interface');
  await expect(page).toHaveURL(new RegExp(`/en#${topId}$`));
  await expect(page.locator(`#${topId}`)).toBeInViewport();
});

test('the language switch works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh');
  await page.getByRole('link', { name: 'English interface' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('heading', { name: 'About this text' })).toBeVisible();
  await context.close();
});

test.describe('unknown addresses', () => {
  test.use({ expectedConsole: [/status of 404/] });
  for (const [path, title, lang] of [
    ['/zh/no-such-page', '页面不存在', 'zh-Hans'],
    ['/en/no-such-page/deeper', 'Page not found', 'en'],
    ['/en/p/no-such-unit-01', 'Page not found', 'en'],
    ['/zh/glossary/no-such-term', '页面不存在', 'zh-Hans'],
  ] as const) {
    test(`${path} gets a localized 404`, async ({ page, request }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('link', { name: /Go to the reader|前往阅读器/ })).toHaveAttribute(
        'href',
        path.slice(0, 3),
      );
      // Served as HTML, not drawn by scripts.
      const html = await (await request.get(path)).text();
      expect(html).toContain(`<h1>${title}</h1>`);
    });
  }
});

test('the reader pages are prerendered static HTML', async ({ request }) => {
  for (const path of ['/zh', '/en']) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('s-maxage=31536000');
  }
});
