import { expect, test } from './fixtures';

// Screenshots for a person to look at (written under e2e/screenshots, which git ignores).
for (const locale of ['zh', 'en'] as const) {
  for (const [name, path] of [
    ['top', ''],
    ['dialogue', '#scaling-07'],
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
}
