import { LAYOUTS } from '../lib/display/state';
import { expect, test } from './fixtures';

// Screenshots for a person to look at (written under e2e/screenshots, which git ignores): every page
// type, and the reader in every layout in both themes, in both UI languages, at each project's width.
for (const locale of ['zh', 'en'] as const) {
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
        await expect(page.locator('html')).toHaveAttribute('data-js', '');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${layout}: no sideways scrolling`).toBeLessThanOrEqual(0);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background, `${scheme} background`).toBe(scheme === 'dark' ? 'rgb(22, 22, 25)' : 'rgb(253, 252, 249)');
        await page.screenshot({ path: `e2e/screenshots/${testInfo.project.name}-${locale}-${layout}-${scheme}.png` });
      }
    }
  });
}
