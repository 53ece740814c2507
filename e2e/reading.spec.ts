import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Lang } from '../lib/corpus/model';
import { DISPLAY_CONFIG } from '../lib/display/config';
import { LAYOUTS, TEXT_SIZES, THEMES, type Layout } from '../lib/display/state';
import { HAN, PARALLEL_SELECTOR, REVEALED_ATTR, TERM_SELECTOR, TOC_ID } from '../lib/reader/contract';
import { rowSpeakers } from '../lib/reader/speakers';
import { SHORTCUT_KEYS } from '../components/reader/shortcuts';
import { corpus } from './corpus';
import { expect, islandsReady, test } from './fixtures';
import {
  ARTICLE_HEADER,
  anyTerm,
  cell,
  citeLink,
  permalink,
  READING_BAR,
  reveal,
  ROW_TEXTS,
  ROWS,
  section,
  sentencesOf,
  SITE_HEADER,
  termInUnit,
  text,
  unitRow,
} from './selectors';
import { DATA_URL } from '../lib/routes';

const root = (page: Page) => page.locator('html');
const layoutSelect = (page: Page) => page.getByRole('combobox', { name: 'Layout' });

/** Where the two cells of a unit are, relative to each other. */
async function arrangement(page: Page, unit: string) {
  const zh = await page.locator(cell(unit, 'zh')).boundingBox();
  const en = await page.locator(cell(unit, 'en')).boundingBox();
  if (!zh) return 'en only';
  if (!en) return 'zh only';
  if (Math.abs(zh.y - en.y) < 2) return zh.x < en.x ? 'zh | en' : 'en | zh';
  return zh.y < en.y ? 'zh over en' : 'en over zh';
}

/** Elements inside the parallel text that React owns: they carry its fiber or props keys. */
const reactOwnedRows = (page: Page) =>
  page
    .locator(PARALLEL_SELECTOR)
    .evaluate(
      (root) =>
        Array.from(root.querySelectorAll('*')).filter((el) => Object.keys(el).some((key) => key.startsWith('__react')))
          .length,
    );

test.describe('the text is static HTML', () => {
  test('React owns no element of the rows, and no display change replaces a row', async ({
    page,
    request,
  }, testInfo) => {
    test.slow(); // every layout, theme and size, then pinyin over the whole article
    const phone = testInfo.project.name === 'phone';
    // The rows are sent once, as markup: not again inside the page's RSC payload.
    const served = await (await request.get('/en')).text();
    expect(served.split('id="scaling-12"').length - 1).toBe(1);
    expect(served).not.toMatch(/__next_f[^<]*scaling-12/);
    await page.goto('/en#scaling-12');
    await islandsReady(page);
    // The check sees React where it is: the element that holds the rows is React's.
    expect(
      await page.locator(PARALLEL_SELECTOR).evaluate((el) => Object.keys(el).some((key) => key.startsWith('__react'))),
    ).toBe(true);
    expect(await reactOwnedRows(page)).toBe(0);
    // Every row, and every row's text, tagged and kept.
    const tagged = await page.locator(PARALLEL_SELECTOR).evaluate(
      (root, [rows, texts]) => {
        const nodes = Array.from(root.querySelectorAll(`${rows}, ${texts}`));
        for (const node of nodes) (node as unknown as Record<string, boolean>).__kept = true;
        (window as unknown as { kept: Element[] }).kept = nodes;
        return nodes.length;
      },
      [ROWS, ROW_TEXTS] as const,
    );
    expect(tagged).toBe(corpus.units.length * 3);
    if (phone) await page.getByRole('button', { name: 'Options' }).click();
    for (const layout of LAYOUTS) await layoutSelect(page).selectOption(layout);
    await layoutSelect(page).selectOption('zh-en');
    for (const theme of THEMES) await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    for (const size of TEXT_SIZES) await page.getByRole('combobox', { name: 'Text size' }).selectOption(size);
    await page.getByRole('combobox', { name: 'Speaker' }).selectOption('askell');
    await page.getByRole('combobox', { name: 'Speaker' }).selectOption('');
    await page.getByRole('checkbox', { name: 'Pinyin' }).check();
    await expect(page.locator(`${text('scaling-12', 'zh')} rt`).first()).toBeVisible();
    // The rest of the article follows in idle slices: every character gets its reading, once.
    const han = corpus.units.reduce((n, u) => n + Array.from(u.zh).filter((c) => HAN.test(c)).length, 0);
    await expect(page.locator(`${ROWS} rt`)).toHaveCount(han, { timeout: 30_000 });
    await expect(root(page)).toHaveAttribute(DISPLAY_CONFIG.attrs.size, TEXT_SIZES[TEXT_SIZES.length - 1]);
    const kept = await page.locator(PARALLEL_SELECTOR).evaluate(
      (root, [rows, texts]) => {
        const now = Array.from(root.querySelectorAll(`${rows}, ${texts}`));
        const before = (window as unknown as { kept: Element[] }).kept;
        return {
          same: now.length === before.length && now.every((node, i) => node === before[i]),
          tagged: now.every((node) => (node as unknown as Record<string, boolean>).__kept === true),
        };
      },
      [ROWS, ROW_TEXTS] as const,
    );
    expect(kept).toEqual({ same: true, tagged: true });
    // The behaviour changed the rows (ruby, reveal buttons, sentences); React still owns none of it.
    expect(await reactOwnedRows(page)).toBe(0);
  });
});

test.describe('layouts', () => {
  test('each layout arranges the languages as named, and the choice travels in the URL and is remembered', async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'side by side needs a wide screen');
    test.slow(); // six layouts, two reloads and a second browser context
    const expected: Record<Layout, string> = {
      'zh-en': 'zh | en',
      'en-zh': 'en | zh',
      interleaved: 'zh over en',
      zh: 'zh only',
      en: 'en only',
      study: 'zh | en',
    };
    await page.goto('/en#scaling-12');
    for (const layout of LAYOUTS) {
      await layoutSelect(page).selectOption(layout);
      if (layout === 'zh-en') await expect(root(page)).not.toHaveAttribute(DISPLAY_CONFIG.attrs.layout);
      else await expect(root(page)).toHaveAttribute(DISPLAY_CONFIG.attrs.layout, layout);
      expect(await arrangement(page, 'scaling-12'), layout).toBe(expected[layout]);
      if (layout === 'zh-en') await expect(page).toHaveURL(/\/en#scaling-12$/);
      else await expect(page).toHaveURL(new RegExp(`\\?layout=${layout}#scaling-12$`));
    }
    // Remembered across a reload and on a plain address.
    await layoutSelect(page).selectOption('interleaved');
    await page.reload();
    await expect(root(page)).toHaveAttribute(DISPLAY_CONFIG.attrs.layout, 'interleaved');
    await expect(layoutSelect(page)).toHaveValue('interleaved');
    await page.goto('/zh');
    await expect(root(page)).toHaveAttribute(DISPLAY_CONFIG.attrs.layout, 'interleaved');
    // A shared link opens the same layout in a browser that never chose one.
    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(`${baseURL}/en?layout=en-zh#scaling-12`);
    expect(await arrangement(fresh, 'scaling-12')).toBe('en | zh');
    await other.close();
  });

  test('the remembered layout is in place before the first row is parsed: no flash', async ({ page }) => {
    await page.addInitScript(({ storageKey, attrs }) => {
      localStorage.setItem(storageKey, JSON.stringify({ layout: 'en', theme: 'dark' }));
      const seen: (string | null)[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver((records, observer) => {
        if (records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && n.id === 'lede-01'))) {
          seen.push(
            document.documentElement.getAttribute(attrs.layout),
            document.documentElement.getAttribute(attrs.theme),
          );
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, DISPLAY_CONFIG);
    await page.goto('/en');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['en', 'dark']);
    await expect(page.locator(cell('lede-03', 'zh'))).toBeHidden();
  });

  test('without JavaScript the default layout works and no control that needs it is shown', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en?layout=en');
    await expect(page.locator(text('scaling-12', 'zh'))).toBeVisible();
    await expect(page.locator(text('scaling-12', 'en'))).toBeVisible();
    await expect(page.getByRole('region', { name: 'Reading options' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    await context.close();
  });
});

test.describe('study mode', () => {
  test('hides the English until revealed by click, by key, or all at once', async ({ page }, testInfo) => {
    await page.goto('/en?layout=study#scaling-08');
    const english = page.locator(text('scaling-08', 'en'));
    const button = page.locator(reveal('scaling-08'));
    await expect(english).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    if (testInfo.project.name === 'phone') await button.tap();
    else await button.click();
    await expect(english).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(button).toHaveText('Hide English');
    await button.click();
    await expect(english).toBeHidden();
    // From the keyboard: r on the unit that has focus, Enter on its button.
    await page.locator(permalink('scaling-09')).focus();
    await page.keyboard.press(SHORTCUT_KEYS.reveal);
    await expect(page.locator(text('scaling-09', 'en'))).toBeVisible();
    await page.locator(reveal('scaling-10')).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(text('scaling-10', 'en'))).toBeVisible();
    await page.getByRole('button', { name: 'Reveal all' }).click();
    await expect(page.locator(`${ROWS}:not([${REVEALED_ATTR}])`)).toHaveCount(0);
    await expect(page.locator(text('beauty-05', 'en'))).toBeVisible();
    await page.getByRole('button', { name: 'Hide all' }).click();
    await expect(page.locator(`${ROWS}[${REVEALED_ATTR}]`)).toHaveCount(0);
    await expect(english).toBeHidden();
  });
});

test.describe('pinyin', () => {
  test('is set over the text only when switched on, reads polyphones in context, and switches off', async ({
    page,
  }, testInfo) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/zh#scaling-12');
    if (testInfo.project.name === 'phone') await page.getByRole('button', { name: '选项' }).click();
    await expect(page.getByRole('checkbox', { name: '拼音' })).not.toBeChecked();
    // The readings may be prefetched (when the page is idle), but none is set over the text.
    await expect(page.locator(`${ROWS} rt`)).toHaveCount(0);
    await page.getByRole('checkbox', { name: '拼音' }).check();
    await expect(page).toHaveURL(/\?pinyin=1#scaling-12$/);
    const rt = page.locator(`${text('scaling-12', 'zh')} rt`);
    await expect(rt.first()).toBeVisible();
    // Fetched once, whether ahead of time or on switching on.
    expect(requested.filter((path) => path === DATA_URL.pinyin)).toHaveLength(1);
    // 某种长尾分布: 长 is cháng here; 增长 (growth) elsewhere is zhǎng.
    const ruby = await page
      .locator(text('scaling-12', 'zh'))
      .evaluate((el) => Array.from(el.querySelectorAll('ruby'), (r) => r.textContent).join(''));
    expect(ruby).toContain('长cháng尾wěi');
    const growth = corpus.units.find((u) => u.zh.includes('增长'))!.id;
    // A unit away from the link may be set in a later idle slice.
    await expect(page.locator(`${text(growth, 'zh')} rt`).first()).toBeAttached();
    const growthRuby = await page
      .locator(text(growth, 'zh'))
      .evaluate((el) => Array.from(el.querySelectorAll('ruby'), (r) => r.textContent).join(''));
    expect(growthRuby).toContain('增zēng长zhǎng');
    // The text as published is unchanged, for copying and citing.
    await page.getByRole('checkbox', { name: '拼音' }).uncheck();
    await expect(rt.first()).toBeHidden();
    await expect(page).not.toHaveURL(/pinyin/);
  });
});

test.describe('navigation', () => {
  test('the contents mark the section being read; on phones they open as a menu', async ({ page }, testInfo) => {
    const phone = testInfo.project.name === 'phone';
    await page.goto('/en');
    const toc = page.getByRole('navigation', { name: 'Contents' });
    const link = toc.getByRole('link', { name: /Character work on Claude/ });
    // Before any scrolling, the first section is the one being read.
    await expect(page.locator(`#${TOC_ID} a`).first()).toHaveAttribute('aria-current', 'location');
    if (phone) {
      await expect(toc).toBeHidden();
      await page.getByRole('button', { name: 'Contents' }).click();
      await expect(toc).toBeVisible();
    }
    await link.click();
    await expect(page).toHaveURL(/#section-character$/);
    if (phone) await expect(toc).toBeHidden();
    else await expect(link).toHaveAttribute('aria-current', 'location');
    await page.locator(unitRow('consciousness-05')).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 10);
    if (phone) await page.getByRole('button', { name: 'Contents' }).click();
    await expect(toc.getByRole('link', { name: /consciousness/ })).toHaveAttribute('aria-current', 'location');
    await expect(link).not.toHaveAttribute('aria-current', /./);
  });

  test('the speaker filter shows one speaker’s answers and the questions they answer', async ({ page }, testInfo) => {
    await page.goto('/en');
    if (testInfo.project.name === 'phone') await page.getByRole('button', { name: 'Options' }).click();
    await page.getByRole('combobox', { name: 'Speaker' }).selectOption('askell');
    await expect(page).toHaveURL(/\?speaker=askell$/);
    const belongs = rowSpeakers(corpus.units);
    const expected = corpus.units.filter((u) => belongs.get(u.id)?.includes('askell')).map((u) => u.id);
    const visible = await page
      .locator(ROWS)
      .evaluateAll((rows) => rows.filter((r) => r.checkVisibility()).map((r) => r.id));
    expect(visible).toEqual(expected);
    expect(corpus.units.filter((u) => visible.includes(u.id)).map((u) => u.kind)).toContain('question');
    expect(
      new Set(corpus.units.filter((u) => visible.includes(u.id) && u.kind === 'answer').map((u) => u.speaker)),
    ).toEqual(new Set(['askell']));
    await expect(page.getByText('Showing Amanda Askell’s answers and the questions they answer.')).toBeVisible();
    await page.getByRole('button', { name: 'Show everyone' }).click();
    await expect(page.locator(`${ROWS}:visible`)).toHaveCount(corpus.units.length);
  });

  test('hovering or focusing one language marks the other', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'hover');
    await page.goto('/en#scaling-12');
    const background = (lang: Lang) =>
      page.locator(cell('scaling-12', lang)).evaluate((el) => getComputedStyle(el).backgroundColor);
    const before = await background('en');
    await page.locator(text('scaling-12', 'zh')).hover();
    expect(await background('en')).not.toBe(before);
  });
});

test.describe('keyboard', () => {
  test('shortcuts move, reveal, cite, switch pinyin and layout, and list themselves; none fires in a field', async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'keyboard');
    // It sets pinyin over the whole article and opens the cite dialog for the first time.
    test.slow();
    await page.goto('/en#scaling-08');
    await islandsReady(page);
    // The first key loads the keyboard's code and is handled once it is there.
    await page.keyboard.press(SHORTCUT_KEYS.next);
    const focusedRow = () => page.evaluate((rows) => document.activeElement?.closest(rows)?.id, ROWS);
    await expect.poll(focusedRow).toBe('scaling-08');
    await page.keyboard.press(SHORTCUT_KEYS.next);
    await expect.poll(focusedRow).toBe('scaling-09');
    await page.keyboard.press(SHORTCUT_KEYS.previous);
    await expect.poll(focusedRow).toBe('scaling-08');
    await page.keyboard.press(SHORTCUT_KEYS.pinyin);
    await expect(root(page)).toHaveAttribute(DISPLAY_CONFIG.attrs.pinyin, '');
    await page.keyboard.press(SHORTCUT_KEYS.pinyin);
    await expect(root(page)).not.toHaveAttribute(DISPLAY_CONFIG.attrs.pinyin);
    await page.keyboard.press(SHORTCUT_KEYS.layout);
    await expect(root(page)).toHaveAttribute(DISPLAY_CONFIG.attrs.layout, LAYOUTS[1]);
    await layoutSelect(page).selectOption('study');
    await page.locator(permalink('scaling-08')).focus();
    await page.keyboard.press(SHORTCUT_KEYS.reveal);
    await expect(page.locator(text('scaling-08', 'en'))).toBeVisible();
    await page.keyboard.press(SHORTCUT_KEYS.cite);
    const dialog = page.getByRole('dialog', { name: 'Cite paragraph scaling-08' });
    // The first citation loads the dialog's form and the units' data.
    await expect(dialog).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press(SHORTCUT_KEYS.help);
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    for (const key of Object.values(SHORTCUT_KEYS))
      await expect(help.locator('kbd', { hasText: key }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    // In a field, letters are typing, not shortcuts.
    await page.getByRole('combobox', { name: 'Speaker' }).focus();
    await page.keyboard.press(SHORTCUT_KEYS.pinyin);
    await page.keyboard.press(SHORTCUT_KEYS.next);
    await expect(root(page)).not.toHaveAttribute(DISPLAY_CONFIG.attrs.pinyin);
    await expect(page.getByRole('combobox', { name: 'Speaker' })).toBeFocused();
  });

  test('one Tab stop per unit, under budget; arrows reach every term of a unit', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'keyboard');
    await page.goto('/en');
    await islandsReady(page);
    const stops = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
        ].filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility()).length,
    );
    console.log(`keyboard stops on /en: ${stops}`);
    expect(stops).toBeLessThanOrEqual(600);
    expect(stops).toBeGreaterThanOrEqual(corpus.units.length);
    // Tab goes from unit to unit.
    await page.locator(permalink('scaling-12')).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(permalink('scaling-13'))).toBeFocused();
    // Within a unit, the right arrow visits every term, in both languages (and the sentences, once
    // focus in the text has loaded them).
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator(sentencesOf('scaling-12')).first()).toBeAttached();
    const terms = await page.locator(anyTerm('scaling-12')).count();
    const sentences = await page.locator(sentencesOf('scaling-12')).count();
    const visited = new Set<string>();
    for (let i = 0; i < terms + sentences + 4; i++) {
      await page.keyboard.press('ArrowRight');
      visited.add(
        await page.evaluate((terms) => {
          const el = document.activeElement;
          return el?.matches(terms) ? `${el.closest('[lang]')?.getAttribute('lang')}:${el.textContent}` : '';
        }, TERM_SELECTOR),
      );
    }
    visited.delete('');
    expect(visited.size).toBe(terms);
  });
});

test('printing shows the chosen layout with its source and address, without controls', async ({ page, baseURL }) => {
  await page.goto('/en?layout=interleaved');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Reading options' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator(citeLink('scaling-08'))).toBeHidden();
  await expect(page.getByText(`Printed from ${baseURL}/en.`)).toBeVisible();
  expect(await arrangement(page, 'scaling-12')).toBe('zh over en');
  await page.emulateMedia({ media: 'screen' });
});

test.describe('accessibility', () => {
  test('axe finds nothing in any layout or theme, with a tooltip open, or with the cite dialog open', async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'checked once');
    test.setTimeout(300_000);
    // The whole page once; then, for each layout and theme, the parts a layout changes: the bar,
    // the article header and two sections that hold every kind of unit (headings, questions,
    // answers, notes, a misspelled term).
    const check = async (state: string, scoped: boolean) => {
      let builder = new AxeBuilder({ page });
      if (scoped) {
        for (const part of [SITE_HEADER, READING_BAR, ARTICLE_HEADER, section('scaling'), section('consciousness')]) {
          builder = builder.include(part);
        }
      }
      const { violations } = await builder.analyze();
      expect(violations.map((v) => `${state}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
    };
    await page.goto('/en');
    await check('whole page', false);
    for (const theme of THEMES.filter((t) => t !== 'system')) {
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      for (const layout of LAYOUTS) {
        await layoutSelect(page).selectOption(layout);
        await check(`${theme} ${layout}`, true);
      }
    }
    await layoutSelect(page).selectOption('zh-en');
    await page
      .locator(termInUnit('consciousness-03', 'panpsychism', 'en'))
      .first()
      .focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await check('tooltip', true);
    await page.locator(citeLink('consciousness-03')).click();
    await expect(page.getByRole('dialog')).toBeVisible({ timeout: 15_000 });
    await check('cite dialog', true);
  });
});
