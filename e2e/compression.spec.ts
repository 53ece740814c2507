import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

const port = Number(process.env.PORT ?? 3100);
const onceOnly = (testInfo: TestInfo) => test.skip(testInfo.project.name !== 'desktop', 'HTTP only: once is enough');

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes on the wire, still encoded. */
  body: Buffer;
}

/** One request with exactly these headers; node:http neither asks for nor decodes any coding. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded({ headers, body }: Answer): Buffer {
  if (headers['content-encoding'] === 'br') return brotliDecompressSync(body);
  if (headers['content-encoding'] === 'gzip') return gunzipSync(body);
  expect(headers['content-encoding'], 'an encoding this test knows').toBeUndefined();
  return body;
}

/** Headers that describe the page rather than its coding: the same whichever coding is sent. */
const PAGE_HEADERS = [
  'content-security-policy',
  'link',
  'cache-control',
  'content-type',
  'x-frame-options',
  'x-content-type-options',
];

/**
 * A header as compared across codings. The proxy gives a file it has no script hashes for (a data
 * file) a fresh nonce on every request, coding or not; only the nonce's value may differ.
 */
const comparable = (headers: IncomingHttpHeaders, name: string) =>
  String(headers[name]).replace(/'nonce-[^']+'/, "'nonce'");

async function checkNegotiation(path: string) {
  const identity = await get(path, { 'Accept-Encoding': 'identity' });
  expect(identity.status, path).toBe(200);
  expect(identity.headers['content-encoding'], path).toBeUndefined();
  expect(Number(identity.headers['content-length']), path).toBe(identity.body.length);
  expect(identity.body.length, `${path} is big enough to compress`).toBeGreaterThan(1024);
  const csp = identity.headers['content-security-policy'];
  expect(csp, `${path} has a CSP`).toBeTruthy();

  const etags = new Set<string>();
  for (const [acceptEncoding, coding] of [
    ['br, gzip', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', undefined],
    ['', undefined],
  ] as const) {
    const answer = await get(path, { 'Accept-Encoding': acceptEncoding });
    const label = `${path} with Accept-Encoding: "${acceptEncoding}"`;
    expect(answer.status, label).toBe(200);
    expect(answer.headers['content-encoding'], label).toBe(coding);
    expect(answer.headers.vary, label).toMatch(/accept-encoding/i);
    expect(Number(answer.headers['content-length']), label).toBe(answer.body.length);
    expect(decoded(answer).equals(identity.body), `${label}: decodes to the identity body`).toBe(true);
    if (coding) expect(answer.body.length, label).toBeLessThan(identity.body.length);
    for (const name of PAGE_HEADERS)
      expect(comparable(answer.headers, name), `${label}: ${name}`).toBe(comparable(identity.headers, name));
    const etag = answer.headers.etag ?? '';
    expect(etag, `${label}: a strong ETag`).toMatch(/^"[^"]+"$/);
    etags.add(`${coding}:${etag}`);
  }
  // One tag per coding, and each coding always the same tag.
  const tags = [...etags].map((entry) => entry.slice(entry.indexOf(':') + 1));
  expect(new Set(tags).size, `${path}: ${[...etags].join(' ')}`).toBe(3);
  expect(etags.size, path).toBe(3);
}

async function checkRevalidation(path: string) {
  const br = await get(path, { 'Accept-Encoding': 'br' });
  const gzip = await get(path, { 'Accept-Encoding': 'gzip' });
  const brTag = br.headers.etag!;
  for (const ifNoneMatch of [brTag, `"old", ${brTag}`, `W/${brTag}`, '*']) {
    const answer = await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': ifNoneMatch });
    const label = `${path} with If-None-Match: ${ifNoneMatch}`;
    expect(answer.status, label).toBe(304);
    expect(answer.body.length, label).toBe(0);
    expect(answer.headers.etag, label).toBe(brTag);
    expect(answer.headers.vary, label).toMatch(/accept-encoding/i);
  }
  // The gzip copy's tag does not validate the brotli copy, nor an unknown tag anything.
  for (const ifNoneMatch of [gzip.headers.etag!, '"old"']) {
    const answer = await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': ifNoneMatch });
    expect(answer.status, `${path} with If-None-Match: ${ifNoneMatch}`).toBe(200);
    expect(answer.body.equals(br.body)).toBe(true);
  }
  expect((await get(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': gzip.headers.etag! })).status, path).toBe(304);
}

async function checkHead(path: string) {
  for (const acceptEncoding of ['br, gzip', 'gzip', 'identity']) {
    const full = await get(path, { 'Accept-Encoding': acceptEncoding });
    const head = await get(path, { 'Accept-Encoding': acceptEncoding }, 'HEAD');
    const label = `HEAD ${path} with Accept-Encoding: ${acceptEncoding}`;
    expect(head.status, label).toBe(200);
    expect(head.body.length, label).toBe(0);
    for (const name of ['content-length', 'content-encoding', 'etag', 'vary', ...PAGE_HEADERS]) {
      expect(comparable(head.headers, name), `${label}: ${name}`).toBe(comparable(full.headers, name));
    }
  }
}

test.describe('compressed once, at build time', () => {
  let script = '';
  test.beforeAll(async () => {
    const html = (await get('/en', { 'Accept-Encoding': 'identity' })).body.toString('utf8');
    script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
  });

  test('the reader page, a script and a data file are sent in brotli, gzip or identity as asked', async ({}, testInfo) => {
    onceOnly(testInfo);
    for (const path of ['/en', script, '/data/terms/en.json']) await checkNegotiation(path);
    // The page's own policy: its inline scripts by hash, whatever the coding.
    const csp = (await get('/en', { 'Accept-Encoding': 'br' })).headers['content-security-policy'];
    expect(csp).toMatch(/script-src 'self' 'sha256-/);
    expect(csp).not.toMatch(/nonce-/);
  });

  test('a matching If-None-Match gets 304 Not Modified', async ({}, testInfo) => {
    onceOnly(testInfo);
    for (const path of ['/en', script, '/data/terms/en.json']) await checkRevalidation(path);
  });

  test('HEAD gets the headers of GET and no body', async ({}, testInfo) => {
    onceOnly(testInfo);
    for (const path of ['/en', script, '/data/terms/en.json']) await checkHead(path);
  });

  test('the reader page is under its budget on the wire; a page rendered on request is still compressed', async ({}, testInfo) => {
    onceOnly(testInfo);
    for (const path of ['/en', '/zh']) {
      const answer = await get(path, { 'Accept-Encoding': 'br, gzip' });
      expect(answer.headers['content-encoding'], path).toBe('br');
      expect(answer.body.length, `${path} bytes on the wire`).toBeLessThanOrEqual(55_000);
    }
    const missing = await get('/en/nowhere', { 'Accept-Encoding': 'br, gzip' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toMatch(/^(br|gzip)$/);
    expect(decoded(missing).toString('utf8')).toContain('<html lang="en"');
    expect(missing.headers['content-security-policy']).toMatch(/'nonce-/);
  });
});
