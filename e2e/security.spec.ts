import type { TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { HOSTILE_REQUESTS } from './hostile-requests';
import { rawRequest, type RawResponse } from './raw-http';

const port = Number(process.env.PORT ?? 3100);
const onceOnly = (testInfo: TestInfo) => test.skip(testInfo.project.name !== 'desktop', 'HTTP only: once is enough');

function scriptSrc(csp: string): string {
  return (
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src ')) ?? ''
  );
}

/** What is missing from the headers every answer of the application carries. */
function securityHeaderProblems(response: RawResponse): string[] {
  const csp = response.headers['content-security-policy'] ?? '';
  const problems: string[] = [];
  if (!csp.includes("frame-ancestors 'none'")) problems.push(`CSP without frame-ancestors 'none': "${csp}"`);
  if (/unsafe-eval/.test(csp)) problems.push('CSP allows eval');
  if (/unsafe-inline|\*/.test(scriptSrc(csp))) problems.push(`script-src too broad: ${scriptSrc(csp)}`);
  if (response.headers['x-content-type-options'] !== 'nosniff') problems.push('no nosniff');
  if (response.headers['x-frame-options'] !== 'DENY') problems.push('no X-Frame-Options');
  if (response.headers['referrer-policy'] !== 'strict-origin-when-cross-origin') problems.push('no Referrer-Policy');
  if (!/camera=\(\)/.test(response.headers['permissions-policy'] ?? '')) problems.push('no Permissions-Policy');
  return problems;
}

test('a sweep of hostile requests gets no 5xx, no reflection, no trace, and the right localized answer', async ({}, testInfo) => {
  onceOnly(testInfo);
  expect(HOSTILE_REQUESTS.length).toBeGreaterThanOrEqual(60);
  const failures: string[] = [];
  for (const request of HOSTILE_REQUESTS) {
    const label = `${request.name} (${request.method ?? 'GET'} ${request.target.slice(0, 60)})`;
    const response = await rawRequest(
      port,
      request.method ?? 'GET',
      request.target,
      request.headers,
      request.body,
    ).catch(
      (error: Error) =>
        ({ status: 0, headers: {}, setCookies: [], body: `no answer: ${error.message}` }) as RawResponse,
    );
    const check = (ok: boolean, what: string) => {
      if (!ok) failures.push(`${label}: ${what}`);
    };
    check(
      response.status >= 200 && response.status < 500,
      `status ${response.status} ${response.status === 0 ? response.body : ''}`,
    );
    const expected = request.status === undefined ? null : [request.status].flat();
    if (expected)
      check(expected.includes(response.status), `status ${response.status}, expected ${expected.join(' or ')}`);
    const everything = `${JSON.stringify(response.headers)}\n${response.setCookies.join('\n')}\n${response.body}`;
    check(!/evil\.example/.test(everything), 'reflects the attacker host');
    check(!/<script>alert\(1\)/.test(everything), 'reflects markup');
    check(!/owned=1/.test(JSON.stringify(response.headers) + response.setCookies.join()), 'header injection');
    check(
      !/(at .+\.js:\d+|node_modules|ERR_[A-Z_]+|TypeError|"dependencies")/.test(response.body),
      'leaks a stack trace or a file',
    );
    if (response.setCookies.length > 0)
      check(!/s-maxage|public/.test(response.headers['cache-control'] ?? ''), 'sets a cookie on a cacheable response');
    if (response.status === 405) check(response.headers.allow === 'GET, HEAD', `Allow: ${response.headers.allow}`);
    if (request.lang) check(response.body.includes(`<html lang="${request.lang}"`), `not in ${request.lang}`);
    const location = response.headers.location;
    if (location)
      check(
        /^\/(?![/\\])/.test(location) || location.startsWith(`http://localhost:${port}/`),
        `redirects off-site: ${location}`,
      );
    if (!request.fromNode) securityHeaderProblems(response).forEach((problem) => check(false, problem));
  }
  expect(failures).toEqual([]);
});

test('every kind of route carries the security headers; static pages stay static with hashed inline scripts', async ({
  request,
}, testInfo) => {
  onceOnly(testInfo);
  const html = await (await request.get('/en')).text();
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
  const routes: [path: string, kind: 'static' | 'dynamic' | 'file', status: number][] = [
    ['/zh', 'static', 200],
    ['/en', 'static', 200],
    ['/en/glossary', 'static', 200],
    ['/zh/glossary/panpsychism', 'static', 200],
    ['/en/p/scaling-08', 'static', 200],
    ['/en/nowhere', 'dynamic', 404],
    ['/en/p/%zz', 'dynamic', 400],
    ['/sitemap.xml', 'file', 200],
    ['/robots.txt', 'file', 200],
    ['/icon.svg', 'file', 200],
    [script, 'file', 200],
  ];
  for (const [path, kind, status] of routes) {
    const response = await rawRequest(port, 'GET', path);
    expect(response.status, path).toBe(status);
    expect(securityHeaderProblems(response), path).toEqual([]);
    expect(response.setCookies, `${path} sets no cookie`).toEqual([]);
    const csp = response.headers['content-security-policy'];
    if (kind === 'static') {
      // Served from the build's prerendered HTML, cacheable by any CDN, every inline script allowed by hash.
      expect(response.headers['cache-control'], path).toMatch(/s-maxage=\d+/);
      expect(csp, path).not.toMatch(/nonce-/);
      const inline = [...response.body.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].length;
      expect(
        scriptSrc(csp).match(/'sha256-/g)?.length ?? 0,
        `${path}: one hash per distinct inline script`,
      ).toBeGreaterThan(0);
      expect(scriptSrc(csp).match(/'sha256-/g)!.length, path).toBeLessThanOrEqual(inline);
      expect(response.headers.link, path).toContain(`hreflang="zh-Hans"`);
    }
    if (kind === 'dynamic' && status === 404) {
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc(csp))?.[1];
      expect(nonce, `${path} uses a nonce`).toBeTruthy();
      expect(response.body, `${path}: Next put the nonce on its scripts`).toContain(`nonce="${nonce}"`);
    }
  }
  // A fresh nonce on every request for a page rendered on request.
  const [a, b] = await Promise.all([rawRequest(port, 'GET', '/en/nowhere'), rawRequest(port, 'GET', '/en/nowhere')]);
  expect(a.headers['content-security-policy']).not.toBe(b.headers['content-security-policy']);
});

test('sitemap.xml lists every page in both languages with hreflang alternates; robots.txt points to it', async ({
  request,
}, testInfo) => {
  onceOnly(testInfo);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const origin = `http://localhost:${port}`;
  for (const path of ['/zh', '/en', '/en/glossary', '/zh/glossary/panpsychism', '/en/p/scaling-08']) {
    expect(sitemap).toContain(`<loc>${origin}${path}</loc>`);
  }
  expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="zh-Hans" href="${origin}/zh/p/scaling-08" />`);
  expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${origin}/en/p/scaling-08" />`);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
});

test('the locale switch remembers the choice for /, without the server setting a cookie', async ({ page, context }) => {
  const visit = await page.goto('/zh/glossary');
  expect(visit!.headers()['set-cookie']).toBeUndefined();
  await page.getByRole('link', { name: 'English interface' }).click();
  await expect(page).toHaveURL(/\/en\/glossary$/);
  expect((await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('en');
  const home = await page.request.get('/', { maxRedirects: 0 });
  expect(home.status()).toBe(307);
  expect(home.headers().location).toMatch(/\/en$/);
});
