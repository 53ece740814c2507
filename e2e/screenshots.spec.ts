import { DISPLAY_CONFIG } from '../lib/display/config';
import { DEFAULT_STATE, LAYOUTS, TEXT_SIZES, THEMES } from '../lib/display/state';
import { LOCALES } from '../lib/locale';
import { STICKY_BARS_SELECTOR } from '../lib/reader/contract';
import { expect, test } from './fixtures';
import { text, unitRow } from './selectors';

// Screenshots for a person to look at (written under e2e/screenshots, which git ignores): every page
// type, and the reader in every layout in both themes, in both UI languages, at each project's width.
for (const locale of LOCALES) {
  for (const [name, path] of [
    ['top', ''],
    ['glossary', '/glossary'],
    ['term', '/glossary/panpsychism'],
    ['unit', '/p/consciousness-04'],
  ] as const) {
    test(`screenshot: ${locale} ${name}`, async ({ page }, testInfo) => {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator('main h1').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
      await page.screenshot({ path: `e2e/screenshots/${testInfo.project.name}-${locale}-${name}.png` });
    });
  }

  test(`screenshots: ${locale} reader in every layout and theme`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    for (const scheme of ['light', 'dark'] as const) {
      // The theme follows the system unless the reader picks one.
      await page.emulateMedia({ colorScheme: scheme });
      for (const layout of LAYOUTS) {
        await page.goto(`/${locale}?layout=${layout}#scaling-07`);
        await expect(page.locator('html')).toHaveAttribute(DISPLAY_CONFIG.attrs.js, '');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${layout}: no sideways scrolling`).toBeLessThanOrEqual(0);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background, `${scheme} background`).toBe(scheme === 'dark' ? 'rgb(22, 22, 25)' : 'rgb(253, 252, 249)');
        await page.screenshot({ path: `e2e/screenshots/${testInfo.project.name}-${locale}-${layout}-${scheme}.png` });
      }
    }
  });
}

// Pinyin over the passage where readings used to run together, at a desktop and the narrowest phone
// width, in both themes, at the default and the largest text size.
for (const width of [1366, 360]) {
  test(`screenshots: pinyin at ${width} px`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the widths are set here');
    test.setTimeout(240_000); // four loads of the whole reader with pinyin on
    await page.setViewportSize({ width, height: width > 720 ? 800 : 780 });
    await page.goto('/zh?pinyin=1#scaling-05');
    for (const theme of THEMES.filter((t) => t !== 'system')) {
      for (const size of [DEFAULT_STATE.size, TEXT_SIZES.at(-1)!]) {
        // The theme and size as the reader remembers them, then the page loaded again.
        await page.evaluate(([key, saved]) => localStorage.setItem(key, saved), [
          DISPLAY_CONFIG.storageKey,
          JSON.stringify({ theme, size }),
        ] as const);
        await page.reload();
        await expect(page.locator(`${text('scaling-05', 'zh')} rt`).first()).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute(DISPLAY_CONFIG.attrs.theme, theme);
        await page.evaluate(() => document.fonts.ready);
        // The passage just below the sticky bars (at the largest size on a desktop they take two lines).
        await page.locator(unitRow('scaling-05')).evaluate((el, bars) => {
          const top = document.querySelector(bars)?.getBoundingClientRect().bottom ?? 0;
          window.scrollBy(0, el.getBoundingClientRect().top - top - 8);
        }, STICKY_BARS_SELECTOR);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
        await page.screenshot({ path: `e2e/screenshots/pinyin-${width}-${theme}-${size}.png` });
      }
    }
  });
}
