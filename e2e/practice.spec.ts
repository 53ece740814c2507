import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ANSWER, flash, FLASHCARD, inLang, PRACTICE_READY, PRACTICE_STATS } from './selectors';

const ready = (page: Page) => page.locator(PRACTICE_READY);
const stats = (page: Page) => page.locator(PRACTICE_STATS);
const card = (page: Page) => page.locator(FLASHCARD);

test('a practice session by mouse, in English: reveal, grade, reload, progress kept; export and import', async ({
  page,
}) => {
  await page.goto('/en/practice?category=products');
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('Deck')).toHaveValue('category:products');
  const total = Number((await stats(page).textContent())!.match(/(\d+) new/)![1]);
  expect(total).toBeGreaterThanOrEqual(10);
  await expect(stats(page)).toHaveText(`0 due · ${total} new · 0 later`);

  const first = await card(page).getAttribute('data-card');
  await expect(card(page).getByRole('heading')).toHaveText('What is this term in English?');
  await expect(card(page).locator(ANSWER)).toHaveCount(0);
  await card(page)
    .getByRole('button', { name: /Show answer/ })
    .click();
  const answer = card(page).locator(ANSWER);
  await expect(answer).toBeVisible();
  await expect(answer.locator(flash('definition'))).not.toBeEmpty();
  await expect(answer.getByRole('link', { name: /Open paragraph/ })).toHaveAttribute('href', /^\/en\/p\/[a-z0-9-]+$/);
  await expect(answer.locator(`${flash('example')} p${inLang('zh')} mark`)).not.toHaveCount(0);
  await expect(answer.locator(`${flash('example')} p${inLang('en')} mark`)).not.toHaveCount(0);
  const grades = card(page).getByRole('group', { name: 'How well did you know it?' });
  await expect(grades.getByRole('button')).toHaveText([
    /Again.*next in 1 min/,
    /Hard.*next in 6 min/,
    /Good.*next in 10 min/,
    /Easy.*next in \d+ days?/,
  ]);
  await grades.getByRole('button', { name: /Good/ }).click();

  await expect(stats(page)).toHaveText(`0 due · ${total - 1} new · 1 later`);
  await expect(card(page)).not.toHaveAttribute('data-card', first!);
  await card(page)
    .getByRole('button', { name: /Show answer/ })
    .click();
  await card(page).getByRole('button', { name: /Easy/ }).click();
  await expect(stats(page)).toHaveText(`0 due · ${total - 2} new · 2 later`);

  await page.reload();
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  await expect(stats(page)).toHaveText(`0 due · ${total - 2} new · 2 later`);

  // Export, then a malformed import changes nothing, then the export imports back.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  const exported = await readFile((await download.path())!, 'utf8');
  expect(Object.keys(JSON.parse(exported).cards)).toHaveLength(2);
  const transfer = page.getByRole('region', { name: 'Your progress' });
  const input = page.getByLabel('Import progress');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "parallel'),
  });
  await expect(transfer.getByRole('alert')).toHaveText(
    'That file is not JSON, so it cannot be practice progress. Nothing was changed.',
  );
  const damaged = JSON.parse(exported);
  damaged.cards[Object.keys(damaged.cards)[0]].due = 'soon';
  await input.setInputFiles({
    name: 'damaged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(damaged)),
  });
  await expect(transfer.getByRole('alert')).toContainText('That progress file is damaged (cards.');
  await expect(stats(page)).toHaveText(`0 due · ${total - 2} new · 2 later`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(stats(page)).toHaveText(`0 due · ${total} new · 0 later`);
  await page
    .getByLabel('Import progress')
    .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByRole('region', { name: 'Your progress' }).getByRole('status')).toHaveText(
    'Imported the progress of 2 cards.',
  );
  await expect(stats(page)).toHaveText(`0 due · ${total - 2} new · 2 later`);
  await page.reload();
  await expect(stats(page)).toHaveText(`0 due · ${total - 2} new · 2 later`);
});

test('a practice session by keyboard, in Chinese: Space reveals, 1–4 grade, progress survives a reload', async ({
  page,
}) => {
  await page.goto('/zh/practice');
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('卡组').selectOption('section:brains');
  await expect(page).toHaveURL(/\/zh\/practice\?section=brains$/);
  await page.getByLabel('方向').selectOption('en-zh');
  const total = Number((await stats(page).textContent())!.match(/新卡 (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(4);
  await expect(card(page).getByRole('heading')).toHaveText('这个术语的中文是什么？');

  // Keys act wherever focus is, except in a form control.
  await card(page).focus();
  await page.keyboard.press('Space');
  await expect(card(page).locator(ANSWER)).toBeVisible();
  await expect(card(page).locator(flash('pinyin'))).not.toBeEmpty();
  await expect(card(page).getByRole('button', { name: /良好/ })).toContainText('10分钟后');
  await page.keyboard.press('3');
  await expect(stats(page)).toHaveText(`到期 0 · 新卡 ${total - 1} · 稍后 1`);
  await expect(card(page)).toBeFocused();
  await expect(card(page).locator(ANSWER)).toHaveCount(0);
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(stats(page)).toHaveText(`到期 0 · 新卡 ${total - 2} · 稍后 2`);
  // A grade key before the answer is shown does nothing.
  await page.keyboard.press('4');
  await expect(stats(page)).toHaveText(`到期 0 · 新卡 ${total - 2} · 稍后 2`);

  await page.reload();
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('卡组')).toHaveValue('section:brains');
  await page.getByLabel('方向').selectOption('en-zh');
  await expect(stats(page)).toHaveText(`到期 0 · 新卡 ${total - 2} · 稍后 2`);
  // The card graded Again falls due a minute later and comes back first.
  await page.clock.install({ time: Date.now() + 2 * 60_000 });
  await page.reload();
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('方向').selectOption('en-zh');
  await expect(stats(page)).toHaveText(`到期 1 · 新卡 ${total - 2} · 稍后 1`);
});

test('nothing on the practice page moves after it is shown, while the deck and the scheduler load', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/en/practice');
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  await expect(card(page).getByRole('button', { name: /Show answer/ })).toBeVisible();
  // The scheduler is warmed at the first idle moment after load: wait for a later one, then a frame.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        window.requestIdleCallback(() =>
          window.requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
        ),
      ),
  );
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
});

test.describe('the progress file importer', () => {
  // The aborted request below is logged by the browser.
  test.use({ expectedConsole: [/Failed to load resource/] });

  test('is fetched only when a file is imported, and fetched again after a failed load', async ({ page }) => {
    await page.goto('/en/practice');
    await expect(ready(page)).toBeVisible({ timeout: 20_000 });
    // The scheduler, fetched when idle or at the first answer, is there once the intervals show.
    await card(page)
      .getByRole('button', { name: /Show answer/ })
      .click();
    await expect(card(page).getByRole('button', { name: /Good/ })).toContainText('next in 10 min');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    // Every script the import asks for (the importer, the saved words' store) fails, and so does the
    // retry the bundler's runtime makes by itself, until the page has said so; then the network is back.
    let offline = true;
    await page.route(/\.js(\?|$)/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    const transfer = page.getByRole('region', { name: 'Your progress' });
    const input = page.getByLabel('Import progress');
    const broken = { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "parallel') };
    await input.setInputFiles(broken);
    await expect(transfer.getByRole('alert')).toHaveText(
      'The file could not be checked: part of this page did not load. Check the connection and import the file again. Nothing was changed.',
    );
    expect(scripts).not.toHaveLength(0);
    offline = false;
    await input.setInputFiles(broken);
    await expect(transfer.getByRole('alert')).toHaveText(
      'That file is not JSON, so it cannot be practice progress. Nothing was changed.',
    );
  });
});

test('the Anki deck is linked from the glossary and the practice page, and downloads', async ({ page }) => {
  await page.goto('/en/glossary');
  const link = page.getByRole('link', { name: 'Download as an Anki deck' });
  await expect(link).toHaveAttribute('href', '/en/glossary/anki.txt');
  await page.goto('/zh/practice');
  await expect(page.getByRole('link', { name: '术语表的 Anki 卡组' })).toHaveAttribute('href', '/zh/glossary/anki.txt');
  const response = await page.request.get('/zh/glossary/anki.txt');
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  const text = await response.text();
  expect(text.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
  expect(text).toContain('"parallel-reader-superposition"');
});
