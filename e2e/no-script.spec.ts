import { expect, test } from './fixtures';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the glossary shows no control that needs JavaScript, says so, and lists every term', async ({ page }) => {
    await page.goto('/en/glossary?q=attention&category=alignment&sort=-occurrences');
    await expect(page.getByText(/Searching, filtering and sorting need JavaScript/)).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('columnheader').getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('columnheader', { name: 'English' })).toBeVisible();
    const total = Number(/all (\d+) terms/.exec((await page.getByText(/all \d+ terms/).textContent())!)![1]);
    expect(total).toBeGreaterThan(50);
    await expect(page.locator('tbody tr')).toHaveCount(total);
    // Every term still leads to its page.
    await expect(page.locator('tbody tr').first().getByRole('link').first()).toHaveAttribute(
      'href',
      /^\/en\/glossary\/[a-z0-9-]+$/,
    );
  });

  test('the Chinese glossary says the same in Chinese', async ({ page }) => {
    await page.goto('/zh/glossary');
    await expect(page.getByText(/搜索、筛选和排序需要 JavaScript/)).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0);
  });
});

test('with JavaScript the glossary controls are there and the no-script note is not', async ({ page }) => {
  await page.goto('/en/glossary?q=attention');
  await expect(page.getByRole('searchbox')).toHaveValue('attention');
  await expect(page.getByRole('combobox')).toBeVisible();
  await expect(page.getByRole('columnheader').getByRole('button').first()).toBeVisible();
  await expect(page.getByText(/Searching, filtering and sorting need JavaScript/)).toBeHidden();
});
