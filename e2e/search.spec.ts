import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { MAX_QUERY_CHARS } from '../lib/search/limits';

const hits = '.search-hit';

test('search from the reader’s box by keyboard, results marked on both sides, and the link opens the sentence', async ({
  page,
}) => {
  await page.goto('/en');
  const box = page.getByRole('searchbox', { name: 'Search the article in Chinese, English or pinyin' });
  // Reach the box with Tab, as a keyboard user would.
  for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type('scaling');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/en\/search\?q=scaling$/);
  await expect(page).toHaveTitle(/“scaling”: search/);
  await expect(page.getByRole('status')).toContainText(/\d+ sentences found for “scaling”/);
  await expect(
    page.getByRole('searchbox', { name: 'Search the article in Chinese, English or pinyin' }).first(),
  ).toHaveValue('scaling');
  const first = page.locator(hits).first();
  await expect(first.locator('[lang="zh-Hans"] mark').first()).toHaveText(/scaling/i);
  await expect(first.locator('[lang="en"] mark').first()).toHaveText(/^scal/i);
  // Glossary terms found by the query come first, linking to their pages.
  await expect(
    page
      .getByRole('region', { name: 'Glossary terms' })
      .getByRole('link', { name: /scaling laws?/i })
      .first(),
  ).toHaveAttribute('href', /^\/en\/glossary\//);

  const link = first.getByRole('link');
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/en\/p\/[a-z0-9-]+-\d{2}#s\d+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[#]/g, '\\$&')}$`));
  const anchor = href.split('#')[1];
  await expect(page.locator(`#${anchor}`)).toBeInViewport();
});

test('Chinese across word boundaries and pinyin three ways, in the Chinese interface', async ({ page }) => {
  await page.goto(`/zh/search?q=${encodeURIComponent('规模同时')}`);
  await expect(page.getByRole('status')).toHaveText(/找到 1 个包含“规模同时”的句子/);
  await expect(page.locator(`${hits} [lang="zh-Hans"] mark`)).toHaveText(['规模同时']);
  await expect(page.locator(hits).getByRole('link')).toHaveAttribute('href', '/zh/p/scaling-03#s1');
  for (const query of ['fàn xīn lùn', 'fan4 xin1 lun4', 'fanxinlun']) {
    await page.goto(`/zh/search?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('region', { name: '术语' }).getByRole('link').first(), query).toHaveAttribute(
      'href',
      '/zh/glossary/panpsychism',
    );
    await expect(page.locator(`${hits} [lang="zh-Hans"] mark`).first(), query).toContainText('心论');
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the server renders results, and the form submits to the search page', async ({ page }) => {
    await page.goto('/en');
    await page
      .getByRole('searchbox', { name: 'Search the article in Chinese, English or pinyin' })
      .fill('scaled models');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=scaled\+models$/);
    await expect(page.locator(hits).first()).toBeVisible();
    expect(await page.locator(`${hits} [lang="en"] mark`).count()).toBeGreaterThan(1);
  });
});

test('hostile queries get a page, not an error', async ({ page }) => {
  const queries = ['<script>alert(1)</script>', '.*+?^${}()|[]\\', '\u0000', '   '];
  for (const query of queries) {
    const response = await page.goto(`/en/search?q=${encodeURIComponent(query)}`);
    expect(response!.status(), JSON.stringify(query)).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  }
  await page.goto(`/en/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
  await expect(page.getByRole('status')).toContainText('no sentences found');
  expect(await page.content()).not.toContain('<script>alert(1)');

  const response = await page.goto(`/en/search?q=${'a'.repeat(10_000)}`);
  expect(response!.status()).toBe(200);
  await expect(page.getByText(`only the first ${MAX_QUERY_CHARS} were searched`)).toBeVisible();

  await page.goto('/en/search');
  await expect(page.getByText('Type a word or phrase in Chinese or English')).toBeVisible();
  await expect(page.getByRole('link', { name: 'fàn xīn lùn' })).toHaveAttribute('href', /\/en\/search\?q=/);
});

test('the search page is rendered per request with a nonce-based CSP, and is not cached', async ({
  request,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'HTTP only: once is enough');
  const [a, b] = await Promise.all([request.get('/en/search?q=scaling'), request.get('/en/search?q=scaling')]);
  const csp = a.headers()['content-security-policy'];
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(await a.text()).toContain(`nonce="${nonce}"`);
  expect(b.headers()['content-security-policy']).not.toBe(csp);
  expect(a.headers()['cache-control']).not.toMatch(/s-maxage|public/);
  expect(a.headers()['set-cookie']).toBeUndefined();
});

for (const locale of ['en', 'zh'] as const) {
  test(`axe finds nothing on the ${locale} search page, empty and with results`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of [
      `/${locale}/search`,
      `/${locale}/search?q=${encodeURIComponent('模型 scaling')}`,
      `/${locale}/search?q=fanxinlun`,
    ]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        path,
      ).toEqual([]);
    }
  });
}
