import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Lang } from '../lib/corpus/model';
import { readerUnitPath } from '../lib/routes';
import { corpus } from './corpus';
import { expect, test } from './fixtures';
import { PICTURES, RARE_WORDS, TERM_STRIP } from './selectors';
import { loadProject } from '../lib/project/load';

// The server-drawn pictures: a term's strip of occurrences on its page, and the vocabulary profile
// on the page about the text. Each has a text alternative and its data in a table behind a disclosure.

const TERM = 'language-model';
const { marked } = loadProject().index;
const paragraphsWith = (lang: Lang) =>
  corpus.units
    .filter((u) => (marked.get(u.id)?.[lang] ?? []).some((s) => typeof s !== 'string' && s.termId === TERM))
    .map((u) => u.id);

const expectAxeClean = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
};

const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

for (const locale of ['en', 'zh'] as const) {
  const names =
    locale === 'en'
      ? {
          table: 'Show the data as a table',
          zh: 'Chinese',
          en: 'English',
          readInContext: 'read in context',
          text: 'About the text',
        }
      : { table: '以表格显示数据', zh: '中文', en: '英文', readInContext: '在上下文中阅读', text: '关于文本' };

  test(`${locale}: a term's strip marks every paragraph where it occurs, each a link to it`, async ({ page }) => {
    await page.goto(`/${locale}/glossary/${TERM}`);
    const figure = page.locator(TERM_STRIP);
    const marks = figure.locator('svg a');
    const zh = paragraphsWith('zh');
    const en = paragraphsWith('en');
    expect(zh.length).toBeGreaterThan(3);
    await expect(marks).toHaveCount(zh.length + en.length);
    // Each mark is named by its paragraph and language, and links to the paragraph in the reader.
    const first = figure.getByRole('link', { name: new RegExp(`^${zh[0]}[,，] ?${names.zh}.*${names.readInContext}`) });
    await expect(first).toHaveAttribute('href', readerUnitPath(locale, zh[0]));
    await expect(figure.getByRole('link', { name: new RegExp(`^${en.at(-1)}[,，] ?${names.en}`) })).toHaveAttribute(
      'href',
      readerUnitPath(locale, en.at(-1)!),
    );
    // The text alternative says how many paragraphs in each language.
    await expect(figure.locator('figcaption')).toContainText(String(zh.length));
    await expect(figure.locator('figcaption')).toContainText(String(en.length));
    // The table behind the disclosure: one row per section, every paragraph a link.
    const table = figure.getByRole('table');
    await expect(table).toBeHidden();
    await figure.getByText(names.table).click();
    await expect(table.locator('tbody tr')).toHaveCount(corpus.sections.length);
    await expect(table.getByRole('link', { name: zh[0], exact: true }).first()).toHaveAttribute(
      'href',
      readerUnitPath(locale, zh[0]),
    );
    await expectAxeClean(page);
    await noSidewaysScroll(page);
    // A mark takes the reader to the paragraph.
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}#${zh[0]}$`));
  });

  test(`${locale}: the page about the text shows its vocabulary profile, rarest words and sources`, async ({
    page,
  }) => {
    await page.goto(`/${locale}`);
    await page.getByRole('navigation').getByRole('link', { name: names.text }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/text$`));
    const pictures = page.locator(PICTURES);
    await expect(pictures).toHaveCount(2);
    // Each picture's text alternative is its label and its caption; the coverage names 1,000/3,000/5,000.
    const coverage = pictures.nth(1);
    const label = (await coverage.getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/1,?000.*3,?000.*5,?000/s);
    const shares = [...label.matchAll(/(\d+(?:\.\d)?)\s?%/g)].map((m) => Number(m[1]));
    expect(shares).toHaveLength(3);
    expect(shares[0]).toBeGreaterThan(30);
    expect(shares[0]).toBeLessThan(shares[1]);
    expect(shares[1]).toBeLessThan(shares[2]);
    // The data, in tables behind disclosures.
    for (const summary of await page.getByText(names.table).all()) await summary.click();
    const bands = page.getByRole('table').first();
    await expect(bands.locator('tbody tr')).toHaveCount(7);
    // The rarest words link to the paragraph they occur in.
    const rare = page.locator(RARE_WORDS);
    await expect(rare).toHaveCount(20);
    const link = rare.first().getByRole('link');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^/${locale}/p/[a-z0-9-]+-\\d{2}$`));
    const word = (await link.textContent()) ?? '';
    const unit = corpus.units.find((u) => href.endsWith(`/${u.id}`))!;
    expect(unit.zh).toContain(word.trim());
    // CC-CEDICT is credited, with its licence, and the derived file is linked.
    await expect(page.getByRole('link', { name: 'CC-CEDICT' })).toHaveAttribute('href', 'https://cc-cedict.org/wiki/');
    await expect(page.getByRole('link', { name: 'CC BY-SA 4.0' })).toBeVisible();
    const data = await (await page.request.get(`/data/words/${locale}.json`)).json();
    expect(data.license).toContain('CC BY-SA 4.0');
    expect(data.words.find((w: { w: string }) => w.w === '瓶颈').s[0][1].join(' ')).toContain('bottleneck');
    await expectAxeClean(page);
    await noSidewaysScroll(page);
  });

  test(`${locale}: screenshots of the pictures in both themes`, async ({ page }, testInfo) => {
    if (testInfo.project.name === 'phone') await page.setViewportSize({ width: 360, height: 780 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/${locale}/glossary/${TERM}`);
      await page.locator(TERM_STRIP).scrollIntoViewIfNeeded();
      await noSidewaysScroll(page);
      await page
        .locator(TERM_STRIP)
        .screenshot({ path: `e2e/screenshots/${testInfo.project.name}-${locale}-term-strip-${scheme}.png` });
      await page.goto(`/${locale}/text`);
      await noSidewaysScroll(page);
      await page.screenshot({
        path: `e2e/screenshots/${testInfo.project.name}-${locale}-text-${scheme}.png`,
        fullPage: true,
      });
    }
  });
}
