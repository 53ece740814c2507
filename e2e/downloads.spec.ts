import { renderCitationFile } from '../lib/cite/file-formats';
import { citeSource } from '../lib/cite/source';
import { downloadFiles, renderDownload } from '../lib/downloads/build';
import { DOWNLOAD_KINDS } from '../lib/downloads/files';
import { corpus } from './corpus';
import { expect, test } from './fixtures';
import { downloadLink } from './selectors';

test.describe('downloads', () => {
  test('without JavaScript, the downloads page links every download, served as built', async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'files checked once');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    test.slow(); // downloads and compares all nine files
    await page.goto('/en/glossary');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Downloads' }).click();
    await expect(page).toHaveURL(/\/en\/downloads$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Downloads' })).toBeVisible();
    const files = downloadFiles();
    expect(files.map((f) => f.kind)).toEqual([...DOWNLOAD_KINDS]);
    for (const file of files) {
      const link = page.locator(downloadLink(file.kind));
      await expect(link).toHaveAttribute('href', `/downloads/${file.name}`);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(file.name);
      const response = await page.request.get(`/downloads/${file.name}`);
      expect(response.status(), file.name).toBe(200);
      expect(response.headers()['content-type']).toBe(`${file.mime}; charset=utf-8`);
      expect(await response.text(), file.name).toBe(renderDownload(file.kind, baseURL!));
    }
    const schema = await page.request.get('/downloads/parallel-text.v1.schema.json');
    expect(schema.status()).toBe(200);
    expect((await schema.json()).$id).toBe(`${baseURL}/downloads/parallel-text.v1.schema.json`);
    expect((await page.request.get('/downloads/no-such-file.tmx')).status()).toBe(404);
    await context.close();
  });

  test('the glossary links its termbase and spreadsheet; the Chinese page explains imports in Chinese', async ({
    page,
  }) => {
    await page.goto('/en/glossary');
    const tbx = page.locator(downloadLink('tbx'));
    await expect(tbx).toBeVisible();
    await expect(tbx).toHaveAttribute(
      'href',
      /^\/downloads\/qbitai-claude-team-interview_\d{8}-[0-9a-f]{8}-glossary\.tbx$/,
    );
    await expect(page.locator(downloadLink('glossary-csv'))).toBeVisible();
    await page.goto('/zh/downloads');
    await expect(page.getByRole('heading', { level: 1, name: '下载' })).toBeVisible();
    await expect(page.getByText(/OmegaT：放入项目的 tm\/ 文件夹/)).toBeVisible();
  });

  test('a unit’s page links its citation files, which download without JavaScript', async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'files checked once');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/p/scaling-08');
    const unit = corpus.units.find((u) => u.id === 'scaling-08')!;
    const source = citeSource(corpus.meta, unit, baseURL!);
    const list = page.getByRole('list', { name: 'Citation files' });
    await expect(list.getByRole('link')).toHaveCount(9);
    const link = list
      .getByRole('listitem')
      .filter({ hasText: 'English translation' })
      .getByRole('link', { name: 'RIS' });
    await expect(link).toHaveAttribute('href', '/cite/scaling-08-en.ris');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('scaling-08-en.ris');
    const response = await page.request.get('/cite/scaling-08-en.ris');
    expect(response.headers()['content-type']).toBe('application/x-research-info-systems; charset=utf-8');
    const body = await response.text();
    const accessed = /^Y2 {2}- (\d{4})\/(\d{2})\/(\d{2})\/$/m.exec(body)!;
    expect(body).toBe(renderCitationFile('ris', source, 'en', `${accessed[1]}-${accessed[2]}-${accessed[3]}`));
    expect(body).toContain(`UR  - ${baseURL}/en/p/scaling-08`);
    await context.close();
  });
});
