import { LOCALES } from '../lib/locale';
import { corpus } from './corpus';
import { expect, test } from './fixtures';
import { ARTICLE_HEADER, cell, cellIn, ROWS, speaker, text, textIn, unitRow } from './selectors';

for (const locale of LOCALES) {
  test.describe(`reader in the ${locale} UI`, () => {
    test('shows every paragraph of the article, in order, with its English beside it', async ({ page }) => {
      await page.goto(`/${locale}`);
      const rows = page.locator(ROWS);
      await expect(rows).toHaveCount(corpus.units.length);
      const shown = await rows.evaluateAll(
        (elements, sel) =>
          elements.map((row) => ({
            id: row.id,
            zh: row.querySelector(sel.zhText)?.textContent ?? '',
            en: row.querySelector(sel.enText)?.textContent ?? '',
            zhLang: row.querySelector(sel.zh)?.getAttribute('lang'),
            enLang: row.querySelector(sel.en)?.getAttribute('lang'),
          })),
        { zhText: textIn('zh'), enText: textIn('en'), zh: cellIn('zh'), en: cellIn('en') },
      );
      expect(shown.map((row) => row.id)).toEqual(corpus.units.map((unit) => unit.id));
      expect(shown.map((row) => row.zh)).toEqual(corpus.units.map((unit) => unit.zh));
      expect(shown.map((row) => row.en)).toEqual(corpus.units.map((unit) => unit.en));
      expect(shown.every((row) => row.en.trim().length > 0)).toBe(true);
      expect(new Set(shown.map((row) => row.zhLang))).toEqual(new Set(['zh-Hans']));
      expect(new Set(shown.map((row) => row.enLang))).toEqual(new Set(['en']));
    });

    test('sets the page language and credits the source near the top', async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-Hans' : 'en');
      const header = page.locator(ARTICLE_HEADER);
      await expect(header.getByRole('heading', { level: 1 })).toContainText('Claude团队三巨头同时接受采访');
      await expect(header).toContainText(locale === 'zh' ? '量子位 梦晨' : 'Mengchen (梦晨), QbitAI (量子位)');
      await expect(header.getByRole('link', { name: /Lex Fridman Podcast/ })).toHaveAttribute(
        'href',
        'https://www.youtube.com/watch?v=ugvHCXCOmm4',
      );
      await expect(header).toContainText(
        locale === 'zh' ? '并非访谈实录，也不是受访者的原话' : 'It is not a transcript and not what the speakers said',
      );
    });

    test('labels speakers and sets the kinds of paragraph apart', async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator(speaker('scaling-07', 'en'))).toHaveText('Lex Fridman');
      await expect(page.locator(speaker('scaling-08', 'zh'))).toHaveText('Dario Amodei');
      // Only where a turn starts: the next answer by the same speaker is not labelled again.
      await expect(page.locator(speaker('scaling-09', 'zh'))).toHaveCount(0);
      await expect(page.locator(speaker('character-08', 'en'))).toHaveText('Amanda Askell');
      await expect(page.locator(speaker('interpretability-06', 'en'))).toHaveText('Chris Olah');
      // A heading is a heading in both columns.
      await expect(page.locator(unitRow('scaling-01')).getByRole('heading', { level: 2 })).toHaveText([
        '关于Scaling Law、AGI和未来',
        corpus.units.find((unit) => unit.id === 'scaling-01')!.en,
      ]);
      const background = (id: string) =>
        page.locator(cell(id, 'en')).evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(await background('scaling-07')).not.toBe(await background('scaling-08'));
      const style = (id: string) =>
        page.locator(text(id, 'en')).evaluate((element) => getComputedStyle(element).fontStyle);
      expect(await style('scaling-06')).toBe('italic');
      const bullet = await page
        .locator(text('highlights-02', 'zh'))
        .evaluate((element) => getComputedStyle(element, '::before').content);
      expect(bullet).toContain('•');
    });

    test('shows translator’s notes and corrections in the UI language', async ({ page }) => {
      await page.goto(`/${locale}`);
      const unit = corpus.units.find((u) => u.id === 'consciousness-04')!;
      const correction = unit.notes.find((note) => note.type === 'correction')!;
      const summary = page.locator(`${cell('consciousness-04', 'zh')} .note-correction summary`);
      await expect(summary).toHaveText(locale === 'zh' ? '勘误' : 'Correction');
      await summary.click();
      // The note's text is fetched when it is first opened.
      await expect(page.locator(`${cell('consciousness-04', 'zh')} .note-correction p`)).toHaveText(correction[locale]);
    });
  });
}

test('keeps each pair level side by side on a desktop', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'desktop layout');
  await page.goto('/en');
  for (const id of ['scaling-12', 'anthropic-11', 'beauty-05']) {
    const zh = await page.locator(cell(id, 'zh')).boundingBox();
    const en = await page.locator(cell(id, 'en')).boundingBox();
    expect(Math.abs(zh!.y - en!.y)).toBeLessThan(2);
    expect(en!.x).toBeGreaterThan(zh!.x + zh!.width);
  }
  // The next pair starts below the taller cell of the one before.
  const rowA = await page.locator(unitRow('scaling-12')).boundingBox();
  const nextZh = await page.locator(cell('scaling-13', 'zh')).boundingBox();
  expect(nextZh!.y).toBeGreaterThanOrEqual(rowA!.y + rowA!.height - 1);
});

test('stacks each pair on a phone', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'phone layout');
  await page.goto('/zh');
  const zh = await page.locator(cell('scaling-12', 'zh')).boundingBox();
  const en = await page.locator(cell('scaling-12', 'en')).boundingBox();
  expect(en!.y).toBeGreaterThanOrEqual(zh!.y + zh!.height - 1);
});

test('no page is wider than a phone screen', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'phone layout');
  // Measured against the device's width: an overflowing page widens the layout viewport itself.
  const screen = page.viewportSize()!.width;
  for (const path of [
    '/zh',
    '/en',
    '/en/glossary',
    '/zh/practice',
    '/en/downloads',
    '/en/search?q=scaling',
    '/en/p/scaling-12',
  ]) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(screen);
  }
});

test('a deep link lands on its paragraph and marks it', async ({ page }) => {
  await page.goto('/en#prompting-05');
  const row = page.locator(unitRow('prompting-05'));
  await expect(row).toBeInViewport();
  const background = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('the skip link is the first stop for the keyboard and leads to the article', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the article' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#article$/);
});
