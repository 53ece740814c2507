import { expect, test } from './fixtures';

test('a revised unit’s page shows the current English and, below it, the revision it replaced', async ({ page }) => {
  await page.goto('/en/p/lede-01');
  await expect(page.locator('#lede-01')).toContainText('Mengchen, reporting from Aofei Temple');
  await expect(page.getByText(/so it is a temple that says it is not one/).first()).toBeVisible();
  const revisions = page.getByRole('region', { name: 'Revisions of the English' });
  await expect(revisions.getByText('Current English: revision 2, November 29, 2026.')).toBeVisible();
  await expect(revisions.getByText('Revision 1, November 28, 2026')).toBeVisible();
  await expect(revisions.locator('blockquote')).toHaveText('Mengchen, reporting from Aofeisi');
  await expect(revisions.getByText('Reviewed December 3, 2026 by a senior Chinese–English reviewer.')).toBeVisible();

  await page.goto('/zh/p/brains-06');
  const history = page.locator('.revision-history li');
  await expect(history).toHaveCount(1);
  await expect(history.locator('blockquote')).toContainText('much more control');
  await expect(page.locator('#brains-06')).toContainText('we have greater control');
});

test('a reviewed unit’s page says when and by whom it was reviewed, in each locale', async ({ page }) => {
  await page.goto('/zh/p/highlights-11');
  const revisions = page.getByRole('region', { name: '英译修订记录' });
  await expect(revisions.getByText('当前英译:第 2 版,2026年12月3日。')).toBeVisible();
  await expect(revisions.getByText('审校于 2026年12月3日(资深中英审校)。')).toBeVisible();
  await expect(revisions.locator('blockquote')).toHaveText(
    'The training for Claude’s character work involves no human feedback data',
  );
  await expect(page.locator('#highlights-11')).toContainText(
    'Claude’s character training involves no human feedback data',
  );
});
