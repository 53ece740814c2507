import type { Page } from '@playwright/test';
import { TOOLTIP_ID } from '../components/terms/tooltip';
import { SHORTCUT_KEYS } from '../components/reader/shortcuts';
import { expect, islandsReady, test } from './fixtures';
import { ROWS, term } from './selectors';

// The behaviour module is one chunk: the one whose code creates the term tooltip.
const MARKER = `"${TOOLTIP_ID}"`;

/** Fails the first request for the behaviour module's chunk; counts every request for it. */
async function failFirstBehaviourRequest(page: Page) {
  const requests = { failed: 0, served: 0 };
  await page.route(/\/_next\/static\/chunks\/[^/]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!body.includes(MARKER)) return route.fulfill({ response, body });
    if (requests.failed === 0) {
      requests.failed++;
      return route.abort('failed');
    }
    requests.served++;
    return route.fulfill({ response, body });
  });
  return requests;
}

test.describe('the behaviour module, after its first request failed', () => {
  // The browser reports the aborted request.
  test.use({ expectedConsole: [/Failed to load resource/] });

  test('a tap on a term shows its tooltip, and the next tap on another term shows that one', async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'touch');
    const requests = await failFirstBehaviourRequest(page);
    await page.goto('/en');
    await islandsReady(page);
    const tooltip = page.getByRole('tooltip');
    await page
      .locator(term('consciousness-03', 'en', 'panpsychism', 'en'))
      .first()
      .tap();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('泛心论');
    expect(requests.failed).toBe(1);
    await page
      .locator(term('scaling-12', 'zh', 'long-tailed-distribution', 'en'))
      .first()
      .tap();
    await expect(tooltip).toContainText('长尾分布');
    await expect(page).toHaveURL(/\/en$/);
    expect(requests.served).toBeGreaterThanOrEqual(1);
  });

  test('the keys move between paragraphs and focus on a term shows its tooltip', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'keyboard');
    const requests = await failFirstBehaviourRequest(page);
    await page.goto('/en#scaling-08');
    await islandsReady(page);
    await expect.poll(() => requests.failed).toBe(1);
    const focusedRow = () => page.evaluate((rows) => document.activeElement?.closest(rows)?.id, ROWS);
    await page.keyboard.press(SHORTCUT_KEYS.next);
    await expect.poll(focusedRow).toBe('scaling-08');
    await page.keyboard.press(SHORTCUT_KEYS.next);
    await expect.poll(focusedRow).toBe('scaling-09');
    await page
      .locator(term('scaling-12', 'zh', 'long-tailed-distribution', 'en'))
      .first()
      .focus();
    await expect(page.getByRole('tooltip')).toContainText('长尾分布');
    expect(requests.served).toBeGreaterThanOrEqual(1);
  });
});
