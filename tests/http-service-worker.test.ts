import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_WORKER_FILE, loadServiceWorker, withServiceWorker } from '@/lib/http/service-worker.mjs';
import { SERVICE_WORKER_CSP } from '@/lib/security/csp';

const script = `"use strict";self.addEventListener("fetch",()=>{});${'/* the worker */'.repeat(50)}`;
let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'service-worker-'));
  mkdirSync(path.join(root, '.next'));
  writeFileSync(path.join(root, SERVICE_WORKER_FILE), script);
  writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'build-two\n');
  const handle = withServiceWorker(
    (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<p>page</p>');
    },
    loadServiceWorker(root),
    { headers: { 'X-Content-Type-Options': 'nosniff' }, csp: SERVICE_WORKER_CSP },
  );
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

function fetchRaw(target: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the service worker script', () => {
  it('is served at /sw.js, revalidated on every update check, under its own strict policy', async () => {
    const res = await fetchRaw('/sw.js');
    expect(res.status).toBe(200);
    expect(res.body.toString('utf8')).toBe(script);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toBe(SERVICE_WORKER_CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['service-worker-allowed']).toBeUndefined();
  });

  it('goes out in brotli to a browser that takes it, and answers 304 to its own tag', async () => {
    const res = await fetchRaw('/sw.js', { 'Accept-Encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString('utf8')).toBe(script);
    const again = await fetchRaw('/sw.js', {
      'Accept-Encoding': 'gzip, br',
      'If-None-Match': String(res.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await fetchRaw('/sw.js', {}, 'HEAD');
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(script));
    expect(res.body.length).toBe(0);
  });
});

describe('every other response', () => {
  it('names the build it comes from, and is the app’s own', async () => {
    const res = await fetchRaw('/en');
    expect(res.body.toString('utf8')).toBe('<p>page</p>');
    expect(res.headers['x-build-id']).toBe('build-two');
    expect(res.headers['content-security-policy']).toBeUndefined();
  });

  it('a build without a worker is served as before, with no build header', () => {
    const plain = (() => undefined) as Parameters<typeof withServiceWorker>[0];
    expect(withServiceWorker(plain, loadServiceWorker(path.join(root, 'missing')), { headers: {}, csp: '' })).toBe(
      plain,
    );
  });
});
