import type { Page } from '@playwright/test';
import { MISSPELLED_CLASS, TERM_HIGHLIGHT_CLASS, TERM_SELECTOR } from '../lib/reader/contract';
import { TERM_ACTIVE_CLASS, TOOLTIP_ID } from '../components/terms/tooltip';
import type { Locale } from '../lib/locale';
import { termPath } from '../lib/routes';
import { corpus } from './corpus';
import { expect, islandsReady, test } from './fixtures';
import {
  CONCORDANCE_PAIRS,
  ENGLISH_FORMS,
  GLOSSARY_ZH,
  glossaryColumn,
  hasClass,
  inLang,
  MATCHED_FORMS,
  meta,
  misspelled,
  STANDARD_PINYIN,
  term as termIn,
  TERM_FORMS,
  TERM_REFERENCES,
  text,
  unitRow,
} from './selectors';

const tooltip = (page: Page) => page.getByRole('tooltip');
const zhTerm = (page: Page, unit: string, term: string, locale: Locale) =>
  page.locator(termIn(unit, 'zh', term, locale)).first();
const enTerm = (page: Page, unit: string, term: string, locale: Locale) =>
  page.locator(termIn(unit, 'en', term, locale)).first();

test.describe('term tooltips', () => {
  const TERMS = [
    {
      zh: '泛心论',
      id: 'panpsychism',
      unit: 'consciousness-03',
      pinyin: 'fànxīnlùn',
      definition: 'The view that mind or consciousness',
    },
    {
      zh: '机制可解释性',
      id: 'mechanistic-interpretability',
      unit: 'highlights-13',
      pinyin: 'jīzhì kějiěshìxìng',
      definition: 'mechanistic interpretability',
    },
  ];

  for (const { zh, id, unit, pinyin, definition } of TERMS) {
    test(`hovering ${zh} shows its entry and highlights its counterpart`, async ({ page }, testInfo) => {
      test.skip(testInfo.project.name !== 'desktop', 'pointer hover');
      await page.goto(`/en#${unit}`);
      const term = zhTerm(page, unit, id, 'en');
      const paragraph = page.locator(text(unit, 'zh'));
      const before = await paragraph.boundingBox();
      await term.hover();
      await expect(tooltip(page)).toBeVisible();
      await expect(tooltip(page)).toContainText(zh);
      await expect(tooltip(page)).toContainText(pinyin);
      await expect(tooltip(page)).toContainText(definition);
      await expect(tooltip(page).getByRole('link')).toHaveAttribute('href', termPath('en', id));
      await expect(term).toHaveAttribute('aria-describedby', TOOLTIP_ID);
      await expect(enTerm(page, unit, id, 'en')).toHaveClass(hasClass(TERM_ACTIVE_CLASS));
      expect(await paragraph.boundingBox()).toEqual(before);
      // The pointer may move onto the tooltip to use its link.
      await tooltip(page).hover();
      await expect(tooltip(page)).toBeVisible();
      await page.mouse.move(5, 600);
      await expect(tooltip(page)).toBeHidden();
      await expect(page.locator(`#${unit} a.${TERM_ACTIVE_CLASS}`)).toHaveCount(0);
    });

    test(`keyboard focus on ${zh} shows the tooltip; Escape and blur close it`, async ({ page }) => {
      await page.goto(`/zh#${unit}`);
      const term = zhTerm(page, unit, id, 'zh');
      await term.focus();
      await expect(tooltip(page)).toBeVisible();
      await expect(tooltip(page)).toContainText(pinyin);
      await expect(enTerm(page, unit, id, 'zh')).toHaveClass(hasClass(TERM_ACTIVE_CLASS));
      await page.keyboard.press('Escape');
      await expect(tooltip(page)).toBeHidden();
      await expect(term).toBeFocused();
      await expect(term).not.toHaveAttribute('aria-describedby', /./);
      // The right arrow moves, within the paragraph, to the next term (past the sentence it may enter)
      // and its tooltip; blurring closes it.
      await term.blur();
      await term.focus();
      await expect(tooltip(page)).toBeVisible();
      const onTerm = () => page.evaluate((terms) => Boolean(document.activeElement?.matches(terms)), TERM_SELECTOR);
      await page.keyboard.press('ArrowRight');
      for (let i = 0; i < 3 && !(await onTerm()); i++) await page.keyboard.press('ArrowRight');
      const next = page.locator(':focus');
      await expect(next).toHaveAttribute('aria-describedby', TOOLTIP_ID);
      await expect(term).not.toHaveAttribute('aria-describedby', /./);
      await next.blur();
      await expect(tooltip(page)).toBeHidden();
    });

    test(`a tap on ${zh} opens the tooltip on screen, a tap elsewhere closes it, a second tap follows the link`, async ({
      page,
    }, testInfo) => {
      test.skip(testInfo.project.name !== 'phone', 'touch');
      await page.goto(`/en#${unit}`);
      // Until the islands have hydrated, a tap follows the link (as without JavaScript).
      await islandsReady(page);
      const term = zhTerm(page, unit, id, 'en');
      await term.tap();
      await expect(tooltip(page)).toBeVisible();
      await expect(tooltip(page)).toContainText(zh);
      await expect(page).toHaveURL(new RegExp(`/en#${unit}$`));
      const box = (await tooltip(page).boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      if (id === 'panpsychism') await page.screenshot({ path: 'e2e/screenshots/phone-tooltip.png' });
      // A tap on empty space beside the paragraph's ID, away from any link.
      const metaLine = page.locator(meta(unit));
      const metaBox = (await metaLine.boundingBox())!;
      await metaLine.tap({ position: { x: metaBox.width - 4, y: metaBox.height / 2 } });
      await expect(tooltip(page)).toBeHidden();
      await term.tap();
      await expect(tooltip(page)).toBeVisible();
      await term.tap();
      await expect(page).toHaveURL(new RegExp(`/en/glossary/${id}$`));
    });
  }

  test('the misspelling 泛新论 is labelled as one', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'pointer hover');
    await page.goto('/zh#consciousness-04');
    await page.locator(misspelled('consciousness-04')).hover();
    await expect(tooltip(page)).toContainText('原文此处有错字');
  });

  test('selecting text across terms opens no tooltip and copies only the text', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'mouse selection');
    await page.goto('/en#consciousness-03');
    const paragraph = page.locator(text('consciousness-03', 'zh'));
    const box = (await paragraph.boundingBox())!;
    await page.mouse.move(box.x + 1, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.move(box.x + box.width - 2, box.y + box.height - 6, { steps: 8 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    await expect(tooltip(page)).toBeHidden();
    const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
    const zh = corpus.units.find((u) => u.id === 'consciousness-03')!.zh;
    expect(selected.length).toBeGreaterThan(20);
    expect(zh).toContain(selected.trim().slice(0, 20));
    expect(selected).not.toMatch(/fànxīnlùn|Open the term/);
  });

  test('the desktop tooltip, for the screenshots', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'desktop');
    await page.goto('/zh#consciousness-03');
    await zhTerm(page, 'consciousness-03', 'panpsychism', 'zh').hover();
    await expect(tooltip(page)).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/desktop-tooltip.png' });
  });
});

test('without JavaScript every term is a link to its page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en');
  const term = page.locator(termIn('highlights-13', 'zh', 'mechanistic-interpretability', 'en')).first();
  await expect(term).toHaveAttribute('href', '/en/glossary/mechanistic-interpretability');
  await term.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('机制可解释性');
  await context.close();
});

test.describe('the glossary table', () => {
  const rows = (page: Page) => page.locator('tbody tr');

  test('sorts by each column, both ways', async ({ page }) => {
    await page.goto('/en/glossary');
    const total = await rows(page).count();
    expect(total).toBeGreaterThanOrEqual(60);
    const english = page.getByRole('button', { name: /^English/ });
    await english.click();
    await expect(page.getByRole('columnheader', { name: /English/ })).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await page.locator(`tbody ${glossaryColumn('en')}`).allTextContents();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await english.click();
    await expect(page.getByRole('columnheader', { name: /English/ })).toHaveAttribute('aria-sort', 'descending');
    expect(await page.locator(`tbody ${glossaryColumn('en')}`).allTextContents()).toEqual([...ascending].reverse());
    await page.getByRole('button', { name: /^Paragraphs/ }).click();
    const counts = (await page.locator(`tbody ${glossaryColumn('occurrences')}`).allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.getByRole('button', { name: /^Pinyin/ }).click();
    const pinyin = await page.locator(`tbody ${glossaryColumn('pinyin')}`).allTextContents();
    expect(pinyin.indexOf('fànxīnlùn')).toBeGreaterThan(pinyin.indexOf('duìqí'));
  });

  test('filters by category', async ({ page }) => {
    await page.goto('/en/glossary');
    const total = await rows(page).count();
    await page.getByLabel('Category').selectOption('philosophy');
    // The first change of view loads the table's filtering and sorting.
    await expect(rows(page)).not.toHaveCount(total);
    const categories = await page.locator(`tbody ${glossaryColumn('category')}`).allTextContents();
    expect(categories.length).toBeGreaterThan(2);
    expect(new Set(categories)).toEqual(new Set(['Philosophy of mind']));
    await expect(page.getByText(`${categories.length} of`)).toBeVisible();
  });

  for (const query of ['fàn xīn lùn', 'fan4 xin1 lun4', 'fanxinlun']) {
    test(`finds 泛心论 by pinyin “${query}”`, async ({ page }) => {
      await page.goto('/zh/glossary');
      await page.getByLabel('搜索术语').fill(query);
      await expect(rows(page)).toHaveCount(1);
      await expect(rows(page).first()).toContainText('泛心论');
    });
  }

  test('shows the standard term with the article’s own form, and finds the form by its own pinyin', async ({
    page,
  }) => {
    await page.goto('/zh/glossary');
    await page.getByLabel('搜索术语').fill('ji1xie4');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first().locator(GLOSSARY_ZH)).toHaveText('机制可解释性');
    await expect(rows(page).first()).toContainText('文中作：机制解释性、机械解释性');
    await expect(rows(page).first().locator(glossaryColumn('pinyin'))).toHaveText('jīzhì kějiěshìxìng');
    await page.getByLabel('搜索术语').fill('chaodiejia');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first().locator(GLOSSARY_ZH)).toHaveText('叠加');
  });

  test('a term page lists each of the article’s forms with its pinyin and status, and names its references', async ({
    page,
  }) => {
    await page.goto('/en/glossary/superposition');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('叠加');
    const forms = page.locator(TERM_FORMS).locator('tbody tr');
    await expect(forms).toHaveCount(2);
    await expect(forms.first()).toContainText('超叠加');
    await expect(forms.first()).toContainText('chāodiéjiā');
    await expect(forms.first()).toContainText('non-standard → 叠加');
    await expect(forms.nth(1)).toContainText('Superposition');
    await expect(forms.nth(1)).toContainText('English term');
    await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
    await expect(page.getByRole('link', { name: /transformer-circuits\.pub/ })).toHaveAttribute(
      'href',
      'https://transformer-circuits.pub/',
    );
    // A reference says what its source attests: the term and the discipline it is listed under, and a remark.
    const references = page.locator(TERM_REFERENCES).getByRole('listitem');
    await expect(references.filter({ hasText: 'Termonline' })).toContainText('叠加态(物理学)');
    await expect(references.filter({ hasText: 'Termonline' }).locator(inLang('zh'))).toHaveText('叠加态(物理学)');
    await expect(references.filter({ hasText: 'transformer-circuits.pub' })).toContainText(
      'no Chinese standard source was found',
    );
    await page.goto('/zh/glossary/claude-opus');
    await expect(page.locator(STANDARD_PINYIN)).toHaveCount(0);
    // Match-only forms (inflections) are not shown as terms: they are listed apart, as what finds the term.
    await page.goto('/en/glossary/evolution');
    await expect(page.locator(ENGLISH_FORMS)).toHaveText(['evolution']);
    const matched = page.locator(MATCHED_FORMS);
    await expect(matched).toContainText('Also matched in the English: evolved and evolves');
    await expect(matched.locator(inLang('en'))).toHaveText(['evolved', 'evolves']);
    await page.goto('/zh/glossary/evolution');
    await expect(page.locator(MATCHED_FORMS)).toContainText('英文中另匹配的形式：evolved和evolves');
  });

  test('keeps query, category and sort in the URL, so a view can be shared', async ({ page }) => {
    await page.goto('/en/glossary');
    await page.getByLabel('Search terms').fill('model');
    await page.getByLabel('Category').selectOption('machine-learning');
    await page.getByRole('button', { name: /^Chinese/ }).click();
    await expect(page).toHaveURL(/\/en\/glossary\?q=model&category=machine-learning&sort=zh$/);
    const shown = await rows(page).count();
    expect(shown).toBeGreaterThan(0);
    await page.reload();
    await expect(page.getByLabel('Search terms')).toHaveValue('model');
    await expect(page.getByLabel('Category')).toHaveValue('machine-learning');
    await expect(page.getByRole('columnheader', { name: /Chinese/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(rows(page)).toHaveCount(shown);
  });

  test('a hostile query is just a query', async ({ page }) => {
    await page.goto('/en/glossary?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(page.getByLabel('Search terms')).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(page.getByText('No term matches “<img src=x onerror=alert(1)>”.')).toBeVisible();
  });

  test('each row leads to the term’s page with its concordance', async ({ page }) => {
    await page.goto('/en/glossary');
    await page.getByRole('link', { name: 'panpsychism', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/glossary\/panpsychism$/);
    const pairs = page.locator(CONCORDANCE_PAIRS);
    await expect(pairs).toHaveCount(2);
    await expect(pairs.first().locator(`${inLang('zh')} .${TERM_HIGHLIGHT_CLASS}`)).toHaveText([
      '泛心论',
      'panpsychism',
      '泛心论',
    ]);
    await expect(
      pairs
        .first()
        .locator(`${inLang('en')} .${TERM_HIGHLIGHT_CLASS}`)
        .first(),
    ).toHaveText('panpsychism');
    await expect(pairs.nth(1).locator(`.${TERM_HIGHLIGHT_CLASS}.${MISSPELLED_CLASS}`)).toHaveText('泛新论');
    await pairs
      .first()
      .getByRole('link', { name: /consciousness-03/ })
      .click();
    await expect(page).toHaveURL(/\/en#consciousness-03$/);
    await expect(page.locator(unitRow('consciousness-03'))).toBeInViewport();
  });
});
