import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MANIFEST_NAME,
  PRECOMPRESSED_DIR,
  entityTag,
  loadPrecompressed,
  withPrecompressed,
} from '@/lib/http/precompressed.mjs';
import type { PrecompressedManifest } from '@/lib/http/precompressed.d.mts';

const page = Buffer.from(
  `<!doctype html><html lang="en"><body>${'<p>The same paragraph, again and again.</p>'.repeat(200)}</body></html>`,
);
const changed = Buffer.from(page.toString('utf8').replace('again.', 'once more.'));
const seen: { method?: string; acceptEncoding?: string; ifNoneMatch?: string }[] = [];

/** Stands in for Next: the page's own headers, then the body in two writes (or `changed`, at /changed). */
function fakeNext(req: IncomingMessage, res: ServerResponse) {
  seen.push({
    method: req.method,
    acceptEncoding: req.headers['accept-encoding'],
    ifNoneMatch: req.headers['if-none-match'],
  });
  const body = req.url === '/changed' ? changed : page;
  res.setHeader('Content-Security-Policy', "script-src 'self' 'sha256-abc'");
  res.setHeader('Vary', 'RSC');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
  res.write(body.subarray(0, 100));
  res.end(body.subarray(100));
}

let root: string;
let server: Server;
let port: number;
const brCopy = brotliCompressSync(page);
const gzipCopy = gzipSync(page, { level: 9 });

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'precompressed-'));
  const dir = path.join(root, PRECOMPRESSED_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'page.br'), brCopy);
  writeFileSync(path.join(dir, 'page.gz'), gzipCopy);
  const rep = {
    identity: { size: page.length, etag: entityTag(page) },
    br: { file: 'page.br', size: brCopy.length, etag: entityTag(brCopy) },
    gzip: { file: 'page.gz', size: gzipCopy.length, etag: entityTag(gzipCopy) },
  };
  const manifest: PrecompressedManifest = { paths: { '/en': [rep], '/changed': [rep] } };
  writeFileSync(path.join(dir, MANIFEST_NAME), JSON.stringify(manifest));
  server = createServer(withPrecompressed(fakeNext, loadPrecompressed(root)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

function fetchRaw(target: string, headers: Record<string, string>, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serving the copies made at build time', () => {
  it('sends the brotli copy, byte for byte, with the page headers kept and its own ETag', async () => {
    const answer = await fetchRaw('/en?layout=study', { 'Accept-Encoding': 'gzip, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.body.equals(brCopy)).toBe(true);
    expect(brotliDecompressSync(answer.body).equals(page)).toBe(true);
    expect(answer.headers['content-length']).toBe(String(brCopy.length));
    expect(answer.headers.etag).toBe(entityTag(brCopy));
    expect(answer.headers['content-security-policy']).toBe("script-src 'self' 'sha256-abc'");
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers.vary).toBe('RSC, Accept-Encoding');
    // Next was asked for plain bytes, with nothing it could answer 304 to.
    expect(seen.at(-1)).toEqual({ method: 'GET', acceptEncoding: undefined, ifNoneMatch: undefined });
  });

  it('sends gzip or identity as asked, and 304 for the selected copy only', async () => {
    const gzip = await fetchRaw('/en', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(page)).toBe(true);
    const identity = await fetchRaw('/en', {});
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(page)).toBe(true);
    expect(identity.headers.etag).toBe(entityTag(page));

    const revalidated = await fetchRaw('/en', {
      'Accept-Encoding': 'br',
      'If-None-Match': `"x", W/${entityTag(brCopy)}`,
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(entityTag(brCopy));
    expect((await fetchRaw('/en', { 'Accept-Encoding': 'br', 'If-None-Match': entityTag(gzipCopy) })).status).toBe(200);
  });

  it('answers HEAD with the GET headers and no body, asking Next for the full GET', async () => {
    const head = await fetchRaw('/en', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(brCopy.length));
    expect(head.headers['content-encoding']).toBe('br');
    expect(seen.at(-1)?.method).toBe('GET');
  });

  it('never sends a copy of other bytes: a changed body is compressed on the fly instead', async () => {
    const answer = await fetchRaw('/changed', { 'Accept-Encoding': 'br, gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.body.equals(brCopy)).toBe(false);
    expect(brotliDecompressSync(answer.body).equals(changed)).toBe(true);
    expect(answer.headers['content-length']).toBe(String(answer.body.length));
    expect(answer.headers.etag).toBeUndefined();
  });

  it('leaves paths without copies to Next, untouched', async () => {
    const answer = await fetchRaw('/elsewhere', { 'Accept-Encoding': 'br', 'If-None-Match': '"x"' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.equals(page)).toBe(true);
    expect(seen.at(-1)).toEqual({ method: 'GET', acceptEncoding: 'br', ifNoneMatch: '"x"' });
  });
});
