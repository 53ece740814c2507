import { describe, expect, it } from 'vitest';
import { BUILD_HEADER as SERVER_BUILD_HEADER, SERVICE_WORKER_PATH as SERVED_AT } from '@/lib/http/service-worker.mjs';
import { LOCALES } from '@/lib/locale';
import {
  BUILD_HEADER,
  belongsTo,
  cacheKey,
  cacheName,
  precachePlan,
  staleCaches,
  strategyFor,
} from '@/lib/offline/plan';
import { SERVICE_WORKER_PATH } from '@/lib/routes';

const locales = LOCALES;
const origin = 'https://reader.example.org';
const get = (path: string, headers: Record<string, string> = {}) => ({
  method: 'GET',
  url: `${origin}${path}`,
  headers: new Headers(headers),
});
const response = (
  build: string | null,
  init: Partial<{ ok: boolean; status: number; redirected: boolean; type: string }> = {},
) => ({
  ok: true,
  status: 200,
  redirected: false,
  type: 'basic',
  ...init,
  headers: new Headers(build ? { [BUILD_HEADER]: build } : {}),
});

describe('cache versions', () => {
  it('names one cache per build', () => {
    expect(cacheName('build-one')).not.toBe(cacheName('build-two'));
    expect(cacheName('build-one')).toContain('build-one');
  });

  it('a second build replaces every cache of the first, and leaves other caches alone', () => {
    const names = [cacheName('build-one'), 'someone-else', cacheName('build-two'), cacheName('older')];
    expect(staleCaches(names, 'build-two')).toEqual([cacheName('build-one'), cacheName('older')]);
    expect(staleCaches([cacheName('build-two')], 'build-two')).toEqual([]);
  });

  it('keeps only responses of its own build, except content-named build files', () => {
    expect(belongsTo(response('build-two'), 'build-two', '/en')).toBe(true);
    expect(belongsTo(response('build-one'), 'build-two', '/en')).toBe(false);
    expect(belongsTo(response(null), 'build-two', '/data/terms/en.json')).toBe(false);
    expect(belongsTo(response('build-one'), 'build-two', '/_next/static/chunks/abc123.js')).toBe(true);
  });

  it('never keeps an error, a redirect or an opaque response', () => {
    expect(belongsTo(response('v', { ok: false, status: 404 }), 'v', '/en/p/nope')).toBe(false);
    expect(belongsTo(response('v', { status: 206 }), 'v', '/downloads/a.zip')).toBe(false);
    expect(belongsTo(response('v', { redirected: true }), 'v', '/en/glossary')).toBe(false);
    expect(belongsTo(response('v', { type: 'opaque' }), 'v', '/en')).toBe(false);
  });

  it('the server stamps the header the worker reads, and serves the worker where it registers', () => {
    expect(SERVER_BUILD_HEADER).toBe(BUILD_HEADER);
    expect(SERVED_AT).toBe(SERVICE_WORKER_PATH);
  });
});

describe('how a request is answered', () => {
  it('build files come from the cache first; pages, data and downloads from the network first', () => {
    expect(strategyFor(get('/_next/static/chunks/abc.js'), origin, locales)).toBe('cache-first');
    for (const path of [
      '/en',
      '/zh/glossary/scaling-law',
      '/en/p/u001',
      '/data/terms/en.json',
      '/downloads/a.csv',
      '/cite/u1.bib',
    ]) {
      expect(strategyFor(get(path), origin, locales), path).toBe('network-first');
    }
  });

  it('search needs the network', () => {
    expect(strategyFor(get('/en/search?q=scaling'), origin, locales)).toBe('network-only');
    expect(strategyFor(get('/zh/search'), origin, locales)).toBe('network-only');
  });

  it('leaves alone what is not a same-origin GET of ours', () => {
    expect(strategyFor({ ...get('/en'), method: 'POST' }, origin, locales)).toBe('pass');
    expect(strategyFor({ ...get('/en'), url: 'https://elsewhere.example/en' }, origin, locales)).toBe('pass');
    expect(strategyFor(get('/en', { RSC: '1' }), origin, locales)).toBe('pass');
    expect(strategyFor(get('/en?_rsc=x1'), origin, locales)).toBe('pass');
    expect(strategyFor(get('/sw.js'), origin, locales)).toBe('pass');
  });

  it('a page or file is one entry whatever its query or fragment (the reader’s choices, the icon’s cache-busting query)', () => {
    expect(cacheKey(`${origin}/en?layout=interleaved#u12`)).toBe(`${origin}/en`);
    expect(cacheKey(`${origin}/icon.svg?icon.1_3iynongm_fl.svg`)).toBe(`${origin}/icon.svg`);
  });
});

describe('the precache plan', () => {
  const routes = [
    '/zh',
    '/en',
    '/zh/glossary',
    '/en/glossary',
    '/en/glossary/scaling-law',
    '/zh/glossary/scaling-law',
    '/en/p/u001',
    '/zh/p/u001',
    '/en/practice',
    '/en/practice/cards.json',
    '/en/text',
    '/en/offline',
    '/zh/offline',
    '/en/glossary/anki.txt',
    '/downloads/text.csv',
    '/cite/u001.bib',
    '/data/terms/en.json',
    '/data/sentences.json',
    '/display.js',
    '/icon.svg',
    '/sitemap.xml',
    '/robots.txt',
    '/_global-error',
  ];
  const files = ['/_next/static/chunks/a.js', '/_next/static/chunks/a.js.map', '/_next/static/css/b.css'];
  const plan = precachePlan(routes, files, locales);

  it('installs the reader, glossary, practice and its deck, the text page, the offline page, data files and build files', () => {
    for (const path of [
      '/zh',
      '/en',
      '/zh/glossary',
      '/en/glossary',
      '/en/practice',
      '/en/practice/cards.json',
      '/en/text',
      '/en/offline',
      '/zh/offline',
      '/data/terms/en.json',
      '/data/sentences.json',
      '/display.js',
      '/icon.svg',
      '/_next/static/chunks/a.js',
      '/_next/static/css/b.css',
    ]) {
      expect(plan.core, path).toContain(path);
    }
  });

  it('keeps downloads, source maps, the sitemap and error pages out of it', () => {
    for (const path of [
      '/en/glossary/anki.txt',
      '/downloads/text.csv',
      '/cite/u001.bib',
      '/sitemap.xml',
      '/robots.txt',
      '/_global-error',
      '/_next/static/chunks/a.js.map',
    ]) {
      expect([...plan.core, ...Object.values(plan.fill).flat()], path).not.toContain(path);
    }
  });

  it('fills in each language its own term and unit pages, after install', () => {
    expect(plan.fill.en).toEqual(['/en/glossary/scaling-law', '/en/p/u001']);
    expect(plan.fill.zh).toEqual(['/zh/glossary/scaling-law', '/zh/p/u001']);
    expect(plan.core).not.toContain('/en/p/u001');
  });

  it('lists a path once', () => {
    expect(new Set(plan.core).size).toBe(plan.core.length);
  });
});
