import type { Page } from '@playwright/test';
import { corpus } from './corpus';
import { expect, islandsReady, test } from './fixtures';
import { SENTENCE_ON_CLASS } from '../lib/reader/contract';
import { hasClass, markedSentences, permalink, sentence, text } from './selectors';

// scaling-09 has two sentence groups: 1=1, 2=2.
const UNIT = 'scaling-09';
const paragraph = corpus.units.find((u) => u.id === UNIT)!.position;

/** Exactly group `n` of the unit is marked, on both sides. */
async function onlyGroupMarked(page: Page, n: number) {
  await expect(page.locator(sentence(UNIT, 'zh', n))).toHaveClass(hasClass(SENTENCE_ON_CLASS));
  await expect(page.locator(sentence(UNIT, 'en', n))).toHaveClass(hasClass(SENTENCE_ON_CLASS));
  await expect(page.locator(markedSentences)).toHaveCount(2);
}

for (const layout of ['zh-en', 'interleaved'] as const) {
  test(`in the ${layout} layout, hovering and focusing a sentence marks it and its counterpart, and only them`, async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'mouse and keyboard');
    await page.goto(`/en?layout=${layout}#${UNIT}`);
    await islandsReady(page);
    // The first pointer over the text loads the marks.
    await page.locator(text(UNIT, 'zh')).hover();
    await expect(page.locator(sentence(UNIT, 'zh', 2))).toBeAttached();
    await page.locator(sentence(UNIT, 'zh', 2)).hover();
    await onlyGroupMarked(page, 2);
    await page.locator(sentence(UNIT, 'en', 1)).hover({ position: { x: 4, y: 4 } });
    await onlyGroupMarked(page, 1);
    await page.mouse.move(1, 1);
    await expect(page.locator(markedSentences)).toHaveCount(0);

    // Keyboard: the row is one Tab stop; the arrows reach its sentences, which say their counterpart.
    await page.locator(permalink(UNIT)).focus();
    await page.keyboard.press('ArrowRight'); // cite link
    await page.keyboard.press('ArrowRight'); // first Chinese sentence
    await expect(page.locator(sentence(UNIT, 'zh', 1))).toBeFocused();
    await onlyGroupMarked(page, 1);
    const described = await page.locator(sentence(UNIT, 'zh', 1)).getAttribute('aria-describedby');
    await expect(page.locator(`#${described}`)).toHaveText(
      /^It’s a bit like the proportions of ingredients .* the reaction stops\.\s*$/,
    );
  });
}

for (const layout of ['en-zh', 'interleaved'] as const) {
  test(`in the ${layout} layout, a tap marks a sentence and its counterpart`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'touch');
    await page.goto(`/en?layout=${layout}#${UNIT}`);
    await islandsReady(page);
    const target = page.locator(text(UNIT, 'zh'));
    const box = (await target.boundingBox())!;
    // The last line of the Chinese belongs to its second sentence.
    await page.touchscreen.tap(box.x + 8, box.y + box.height - 6);
    await onlyGroupMarked(page, 2);
    await page.locator(sentence(UNIT, 'en', 1)).tap({ position: { x: 4, y: 4 } });
    await onlyGroupMarked(page, 1);
  });
}

test('a sentence address opens the unit page at the sentence, marked on both sides', async ({ page }) => {
  await page.goto(`/zh/p/${UNIT}#s2`);
  const background = (selector: string) =>
    page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
  const zh2 = sentence(UNIT, 'zh', 2);
  await expect(page.locator(zh2)).toHaveAttribute('id', 's2');
  await expect(page.locator(zh2)).toBeInViewport();
  const marked = await background(zh2);
  expect(marked).not.toBe('rgba(0, 0, 0, 0)');
  expect(await background(sentence(UNIT, 'en', 2))).toBe(marked);
  expect(await background(sentence(UNIT, 'zh', 1))).toBe('rgba(0, 0, 0, 0)');
});

test('the cite dialog quotes one sentence, with its locator and address', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'keyboard');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en#${UNIT}`);
  await islandsReady(page);
  // Focus in the text loads the marks; then the second sentence is focused, as the arrow keys would.
  await page.locator(permalink(UNIT)).focus();
  await page.locator(sentence(UNIT, 'zh', 2)).focus();
  await onlyGroupMarked(page, 2);
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: `Cite paragraph ${UNIT}` });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  const passage = dialog.getByLabel('Passage');
  await expect(passage).toHaveValue('2');
  await dialog.getByLabel('English translation', { exact: true }).check();
  const output = dialog.getByLabel('Citation', { exact: true });
  await expect(output).toHaveValue(new RegExp(`para\\. ${paragraph}, sent\\. 2\\)`));
  await expect(output).toHaveValue(/But if you scale up all the ingredients in proportion/);
  await expect(output).not.toHaveValue(/reaction stops/);
  await expect(output).toHaveValue(new RegExp(`/en/p/${UNIT}#s2`));
  await dialog.getByRole('button', { name: 'Copy citation' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`sent. 2`);
  await passage.selectOption({ label: 'The whole paragraph' });
  await expect(output).not.toHaveValue(/sent\. 2/);
  await expect(output).toHaveValue(/reaction stops/);
});
