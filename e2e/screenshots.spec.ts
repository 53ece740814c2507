import { expect, test } from './fixtures';

// Screenshots for a person to look at (written under e2e/screenshots, which git ignores).
for (const locale of ['zh', 'en'] as const) {
  for (const [name, hash] of [
    ['top', ''],
    ['dialogue', '#scaling-07'],
  ] as const) {
    test(`screenshot: ${locale} ${name}`, async ({ page }, testInfo) => {
      await page.goto(`/${locale}${hash}`);
      await expect(page.locator('[data-unit]').first()).toBeAttached();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
      await page.screenshot({ path: `e2e/screenshots/${testInfo.project.name}-${locale}-${name}.png` });
    });
  }
}
