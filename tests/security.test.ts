import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCsp, hashSource } from '@/lib/security/csp';
import { ERROR_PAGE_STYLE_HASH, errorPageHtml } from '@/lib/security/error-page';
import { INLINE_SCRIPTS } from '@/lib/security/inline-scripts';
import { inlineScriptHashes, inlineScripts } from '@/lib/security/prerendered';
import { decodePath, pathLocale, rejectRequest } from '@/lib/security/request';
import { readerPath, unitPath } from '@/lib/routes';
import { sitemapEntries } from '@/lib/sitemap';
import en from '@/messages/en.json';

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

describe('the CSP builder', () => {
  it('hashes inline scripts the way browsers do (sha256 of the exact text, base64)', () => {
    const source = 'document.documentElement.dataset.layout = "side"';
    const expected = createHash('sha256').update(source).digest('base64');
    expect(hashSource(source)).toBe(`'sha256-${expected}'`);
  });

  it('allows exactly the given hashes, inline scripts and nonce, and nothing loose', () => {
    const csp = buildCsp({ scriptHashes: ["'sha256-abc='"], inlineScripts: ['boot()'], nonce: 'n0nce' });
    const scripts = directive(csp, 'script-src');
    expect(scripts).toBe(`script-src 'self' 'sha256-abc=' ${hashSource('boot()')} 'nonce-n0nce'`);
    expect(csp).not.toMatch(/unsafe-(inline|eval)|\*/);
    expect(directive(csp, 'style-src')).toBe("style-src 'self'");
    for (const strict of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) {
      expect(csp).toContain(strict);
    }
  });

  it('lists a hash once even when a page and the app both name the same script', () => {
    const csp = buildCsp({ scriptHashes: [hashSource('x()')], inlineScripts: ['x()'] });
    expect(directive(csp, 'script-src').match(/sha256-/g)).toHaveLength(1);
  });

  it('loosens only for next dev', () => {
    expect(buildCsp({ dev: true })).toMatch(/script-src 'self' 'unsafe-eval'/);
    expect(buildCsp({ dev: true })).toMatch(/style-src 'self' 'unsafe-inline'/);
  });

  it('allows every inline script the app writes, by hash', () => {
    const csp = buildCsp({ inlineScripts: INLINE_SCRIPTS });
    for (const script of INLINE_SCRIPTS) expect(directive(csp, 'script-src')).toContain(hashSource(script));
  });
});

describe('inline scripts of prerendered HTML', () => {
  const html =
    '<html><head><script src="/_next/a.js" async=""></script><script id="_R_">self.a=1</script>' +
    '<script type="application/ld+json">{"@type":"Article"}</script></head>' +
    '<body><script>self.__next_f.push([1,"x"])</script><script>self.__next_f.push([1,"x"])</script>' +
    '<script type="module">import("/m.js")</script></body></html>';

  it('finds every script a browser would run inline, and only those', () => {
    expect(inlineScripts(html)).toEqual([
      'self.a=1',
      'self.__next_f.push([1,"x"])',
      'self.__next_f.push([1,"x"])',
      'import("/m.js")',
    ]);
  });

  it('hashes each distinct one once', () => {
    expect(inlineScriptHashes(html)).toEqual([
      hashSource('self.a=1'),
      hashSource('self.__next_f.push([1,"x"])'),
      hashSource('import("/m.js")'),
    ]);
  });
});

describe('requests that never reach a page', () => {
  it('only GET and HEAD reach pages', () => {
    for (const method of ['GET', 'HEAD', 'get']) expect(rejectRequest(method, '/en')).toBeNull();
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
      expect(rejectRequest(method, '/en/glossary')).toEqual({ status: 405, reason: 'method', locale: 'en' });
    }
  });

  it('malformed percent-encodings get a 400 in the language of the path', () => {
    for (const path of ['/en/p/%zz', '/en/p/%ff%fe', '/en/p/%E6%B3', '/en/p/%c0%af', '/en/%', '/en/glossary/%ff']) {
      expect(rejectRequest('GET', path), path).toEqual({ status: 400, reason: 'encoding', locale: 'en' });
    }
    expect(rejectRequest('GET', '/zh/p/%zz')?.locale).toBe('zh');
    expect(rejectRequest('GET', '/%zz')?.locale).toBe('zh');
  });

  it('NUL and other control characters get a 400', () => {
    expect(rejectRequest('GET', '/en/p/scaling-08%00')).toEqual({
      status: 400,
      reason: 'control-character',
      locale: 'en',
    });
    expect(rejectRequest('GET', '/en/%0d%0aSet-Cookie:%20x=1')?.reason).toBe('control-character');
    expect(rejectRequest('GET', '/en/%7f')?.reason).toBe('control-character');
  });

  it('well-formed addresses, Chinese included, pass', () => {
    expect(rejectRequest('GET', '/zh/glossary/%E6%B3%9B%E5%BF%83%E8%AE%BA')).toBeNull();
    expect(decodePath('/zh/%E6%B3%9B')).toBe('/zh/泛');
    expect(pathLocale('/EN/x')).toBe('en');
  });

  it('the error page names the problem in the path’s language and reflects nothing', () => {
    const html = errorPageHtml(
      { status: 400, reason: 'encoding', locale: 'en' },
      { siteName: en.Layout.siteName, ...en.ErrorPage },
    );
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(en.ErrorPage.badRequestTitle);
    expect(html).toContain('href="/en"');
    // Its one inline style is the one the CSP allows.
    const style = /<style>([^<]*)<\/style>/.exec(html)![1];
    expect(hashSource(style)).toBe(ERROR_PAGE_STYLE_HASH);
  });
});

describe('the sitemap', () => {
  it('lists each page in every locale, each with the same hreflang alternates', () => {
    const entries = sitemapEntries(
      'https://r.example',
      ['zh', 'en'],
      [{ path: readerPath }, { path: (locale) => unitPath(locale, 'a-01'), lastModified: '2024-11-13' }],
    );
    expect(entries.map((e) => e.url)).toEqual([
      'https://r.example/zh',
      'https://r.example/en',
      'https://r.example/zh/p/a-01',
      'https://r.example/en/p/a-01',
    ]);
    expect(entries[3]).toEqual({
      url: 'https://r.example/en/p/a-01',
      lastModified: '2024-11-13',
      alternates: { languages: { 'zh-Hans': 'https://r.example/zh/p/a-01', en: 'https://r.example/en/p/a-01' } },
    });
  });
});
