import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { localIsoDate } from '../lib/cite/dates';
import { renderCitationFile } from '../lib/cite/file-formats';
import { citeSource } from '../lib/cite/source';
import { CITE_LANGUAGES, CITE_STYLES, citationText } from '../lib/cite/styles';
import { readIdManifest } from '../lib/corpus/ids';
import { LOCALES } from '../lib/locale';
import { unitPath } from '../lib/routes';
import { corpus } from './corpus';
import { expect, test } from './fixtures';
import { cell, citeLink } from './selectors';

const STYLE_LABELS = { apa: 'APA 7', mla: 'MLA 9', chicago: 'Chicago (notes and bibliography)', gbt: 'GB/T 7714-2015' };
const LANGUAGE_LABELS = { zh: 'Chinese original', en: 'English translation', both: 'Both' };

const today = () => localIsoDate(new Date());

function expected(
  unitId: string,
  style: (typeof CITE_STYLES)[number],
  lang: (typeof CITE_LANGUAGES)[number],
  baseURL: string,
) {
  const unit = corpus.units.find((u) => u.id === unitId)!;
  return citationText(style, lang, citeSource(corpus.meta, unit, baseURL), today(), { zh: unit.zh, en: unit.en });
}

async function openCite(page: Page, unitId: string) {
  await page.locator(citeLink(unitId)).click();
  const dialog = page.getByRole('dialog', { name: `Cite paragraph ${unitId}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('the cite dialog', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies every style in every language to the clipboard, with a confirmation', async ({
    page,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'clipboard checked once');
    test.slow(); // twelve copy-and-compare rounds
    await page.goto('/en#scaling-08');
    const dialog = await openCite(page, 'scaling-08');
    for (const lang of CITE_LANGUAGES) {
      await dialog.getByRole('radio', { name: LANGUAGE_LABELS[lang] }).check();
      for (const style of CITE_STYLES) {
        await dialog.getByLabel('Style').selectOption({ label: STYLE_LABELS[style] });
        await dialog.getByRole('button', { name: 'Copy citation' }).click();
        await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
        const clipboard = await page.evaluate(() => navigator.clipboard.readText());
        expect(clipboard, `${style} ${lang}`).toBe(expected('scaling-08', style, lang, baseURL!));
        if (lang !== 'zh') expect(clipboard).toMatch(/not the speaker’s own words|并非受访者原话/);
      }
    }
  });

  test('is a labelled modal dialog that works from the keyboard and gives focus back', async ({ page }) => {
    await page.goto('/zh#prompting-06');
    // Until the islands have hydrated, Enter follows the link to the unit page (as without JavaScript).
    await expect(page.locator('#lede-01 a[href="#lede-01"]')).toHaveAttribute('tabindex', '0');
    const link = page.locator(citeLink('prompting-06'));
    await link.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '引用第 prompting-06 段' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: '中文原文' })).toBeChecked();
    await expect(dialog.getByLabel('格式')).toHaveValue('gbt');
    await expect(dialog.getByLabel('引文')).toHaveValue(/\[EB\/OL\]/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
  });

  test('links the static BibTeX, RIS and CSL-JSON files of the chosen language', async ({
    page,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'downloads checked once');
    await page.goto('/en#consciousness-04');
    const dialog = await openCite(page, 'consciousness-04');
    await dialog.getByRole('radio', { name: 'Both' }).check();
    const unit = corpus.units.find((u) => u.id === 'consciousness-04')!;
    const source = citeSource(corpus.meta, unit, baseURL!);
    for (const [format, name, file] of [
      ['bibtex', 'BibTeX', 'consciousness-04-both.bib'],
      ['ris', 'RIS', 'consciousness-04-both.ris'],
      ['csl-json', 'CSL-JSON', 'consciousness-04-both.json'],
    ] as const) {
      const link = dialog.getByRole('link', { name, exact: true });
      await expect(link).toHaveAttribute('href', `/cite/${file}`);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(file);
      const body = readFileSync((await download.path())!, 'utf8');
      // Static files carry the date they were built as their access date.
      const built =
        /(?:urldate = \{|Y2 {2}- |"accessed": \{\s*"date-parts": \[\s*\[\s*)(\d{4})[-/,\s]+(\d{1,2})[-/,\s]+(\d{1,2})/.exec(
          body,
        );
      expect(built, file).not.toBeNull();
      const date = `${built![1]}-${built![2].padStart(2, '0')}-${built![3].padStart(2, '0')}`;
      expect(body).toBe(renderCitationFile(format, source, 'both', date));
    }
  });

  test('without JavaScript the cite link leads to the unit’s page with its citations', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en');
    await page.locator(citeLink('scaling-08')).click();
    await expect(page).toHaveURL(/\/en\/p\/scaling-08#cite$/);
    await expect(page.locator('#cite')).toContainText('[EB/OL]');
    await context.close();
  });
});

test.describe('permalinks', () => {
  test('every published ID resolves, in both UI languages', async ({ request }) => {
    const { published } = readIdManifest();
    expect(published.length).toBe(corpus.units.length);
    const paths = published.flatMap((id) => LOCALES.map((locale) => unitPath(locale, id)));
    // A few at a time, as a browser would fetch them: one by one they take half a minute on a busy machine.
    for (let at = 0; at < paths.length; at += 8) {
      const batch = paths.slice(at, at + 8);
      const statuses = await Promise.all(
        batch.map((path) => request.get(path, { maxRedirects: 5 }).then((r) => r.status())),
      );
      expect(Object.fromEntries(batch.map((path, i) => [path, statuses[i]]))).toEqual(
        Object.fromEntries(batch.map((path) => [path, 200])),
      );
    }
  });

  test('a unit’s page quotes it in its metadata, links its neighbours and shows its revision', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/en/p/consciousness-04');
    await expect(page).toHaveTitle(/^¶ consciousness-04 · Amanda Askell: “If we set panpsychism aside/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/en/p/consciousness-04`);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      'content',
      /not the speaker’s own words\): If we set panpsychism aside/,
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    await expect(page.getByText('Current English: revision 2, December 3, 2026.')).toBeVisible();
    await expect(page.locator(cell('consciousness-04', 'zh'))).toHaveAttribute('lang', 'zh-Hans');
    await page.getByRole('link', { name: /Next paragraph/ }).click();
    await expect(page).toHaveURL(/\/en\/p\/consciousness-05$/);
    await page.getByRole('link', { name: /Previous paragraph/ }).click();
    await expect(page).toHaveURL(/\/en\/p\/consciousness-04$/);
    await page.getByRole('link', { name: 'Read in context' }).click();
    await expect(page).toHaveURL(/\/en#consciousness-04$/);
    await expect(page.locator('#consciousness-04')).toBeInViewport();
  });
});

test('copying a selection across paragraphs gives clean text', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'selection');
  await page.goto('/en#scaling-07');
  const text = await page.evaluate(() => {
    const range = document.createRange();
    range.setStartBefore(document.getElementById('scaling-07')!);
    range.setEndAfter(document.getElementById('scaling-09')!);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
  for (const unit of ['scaling-07', 'scaling-08', 'scaling-09']) {
    const { zh, en } = corpus.units.find((u) => u.id === unit)!;
    expect(text).toContain(zh);
    expect(text).toContain(en);
  }
  expect(text).not.toMatch(/scaling-0\d|Cite|LEX FRIDMAN|Lex Fridman\n|Dario Amodei|Translator’s note|fàn/);
});
