// Serves the service worker (.next/sw.js, written after the build by scripts/service-worker.ts) and
// stamps every response with the build it comes from, so the worker keeps only its own build's
// bytes (lib/offline/plan.ts). Plain JavaScript for server.mjs; the types are in service-worker.d.mts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chooseEncoding, isNotModified } from './negotiate.mjs';
import { entityTag } from './precompressed.mjs';

/** Where the build writes the worker. */
export const SERVICE_WORKER_FILE = path.join('.next', 'sw.js');
/** Its address: at the root, so its scope is the whole site and no Service-Worker-Allowed is needed. */
export const SERVICE_WORKER_PATH = '/sw.js';
/** The response header naming the build (lib/offline/plan.ts BUILD_HEADER; a test keeps the two equal). */
export const BUILD_HEADER = 'X-Build-Id';

/**
 * The build's ID and its worker, in each coding, or undefined for a build without one.
 * @param {string} root the project folder
 */
export function loadServiceWorker(root) {
  const file = path.join(root, SERVICE_WORKER_FILE);
  const idFile = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(file) || !existsSync(idFile)) return undefined;
  const identity = readFileSync(file);
  /** @type {Record<string, Buffer>} */
  const bodies = { identity, br: brotliCompressSync(identity), gzip: gzipSync(identity, { level: 9 }) };
  /** @type {Record<string, string>} */
  const etags = Object.fromEntries(Object.entries(bodies).map(([coding, bytes]) => [coding, entityTag(bytes)]));
  return { version: readFileSync(idFile, 'utf8').trim(), bodies, etags };
}

/**
 * Wraps the request handler: every response names the build; GET and HEAD of /sw.js get the worker,
 * revalidated on every update check (`Cache-Control: no-cache`), under `csp`, which governs what the
 * worker itself may fetch. Without a worker, requests go through untouched.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handle
 * @param {ReturnType<typeof loadServiceWorker>} worker
 * @param {{ headers: Record<string, string>, csp: string }} policy the security headers and the worker's CSP
 */
export function withServiceWorker(handle, worker, policy) {
  if (!worker) return handle;
  return (
    /** @type {import('node:http').IncomingMessage} */ req,
    /** @type {import('node:http').ServerResponse} */ res,
  ) => {
    res.setHeader(BUILD_HEADER, worker.version);
    const target = req.url ?? '/';
    const query = target.indexOf('?');
    if (
      (query < 0 ? target : target.slice(0, query)) !== SERVICE_WORKER_PATH ||
      (req.method !== 'GET' && req.method !== 'HEAD')
    ) {
      return handle(req, res);
    }
    const coding = chooseEncoding(req.headers['accept-encoding'], ['br', 'gzip', 'identity']);
    const body = worker.bodies[coding];
    const etag = worker.etags[coding];
    for (const [name, value] of Object.entries(policy.headers)) res.setHeader(name, value);
    res.setHeader('Content-Security-Policy', policy.csp);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('ETag', etag);
    if (isNotModified(req.headers['if-none-match'], etag)) {
      res.writeHead(304);
      return res.end();
    }
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    if (coding !== 'identity') res.setHeader('Content-Encoding', coding);
    res.setHeader('Content-Length', body.length);
    res.writeHead(200);
    return res.end(req.method === 'HEAD' ? undefined : body);
  };
}
