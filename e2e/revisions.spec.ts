import { expect, test } from './fixtures';

test('a revised unit’s page shows the current English and, below it, the revision it replaced', async ({ page }) => {
  await page.goto('/en/p/lede-01');
  await expect(page.locator('#lede-01')).toContainText('Mengchen, reporting from Aofei Temple');
  await expect(page.getByText(/so it is a temple that says it is not one/).first()).toBeVisible();
  const revisions = page.getByRole('region', { name: 'Revisions of the English' });
  await expect(revisions.getByText('Current English: revision 2, November 29, 2026.')).toBeVisible();
  await expect(revisions.getByText('Revision 1, November 28, 2026')).toBeVisible();
  await expect(revisions.locator('blockquote')).toHaveText('Mengchen, reporting from Aofeisi');

  await page.goto('/zh/p/brains-06');
  const history = page.locator('.revision-history li');
  await expect(history).toHaveCount(1);
  await expect(history.locator('blockquote')).toContainText('much more control');
  await expect(page.locator('#brains-06')).toContainText('we have greater control');
});
