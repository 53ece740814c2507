// Serves the brotli and gzip copies made at build time (scripts/precompress.ts) for the very bytes
// Next is about to send. Next still answers every request, so the page's CSP, Link, Cache-Control and
// every other header stay Next's and the proxy's own; only the body is swapped for its precompressed
// copy. A copy is used only when the hash of Next's body equals the hash it was made from, so a page's
// RSC payload, a prefetch segment or a changed file can never get another body's copy: they get
// compressed on the fly instead, like any page rendered on request. Plain JavaScript for server.mjs.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { addVary, chooseEncoding, isNotModified } from './negotiate.mjs';

/** Where the build writes the copies, named by their hash, and the manifest that lists them. */
export const PRECOMPRESSED_DIR = path.join('.next', 'precompressed');
export const MANIFEST_NAME = 'manifest.json';

/** Files smaller than this are sent as they are: compression would save a packet at most. */
export const MIN_SIZE = 1024;

/**
 * The strong ETag of exactly these bytes: 128 bits of their SHA-256, base64url. Each coding of a
 * file has its own bytes, hence its own tag, as RFC 9110 §8.8.3 asks of a strong validator.
 * @param {Uint8Array} bytes
 */
export function entityTag(bytes) {
  return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"`;
}

// Types worth compressing when a body has no copy (the compressible types of Next's own middleware).
const COMPRESSIBLE =
  /^(text\/|application\/(json|javascript|xml|manifest\+json|[\w.+-]*\+(json|xml))|image\/svg\+xml)/i;
const brotliOnTheFly = promisify(brotliCompress);
const gzipOnTheFly = promisify(gzip);

/** Copies read from disk, kept while they fit in this many bytes. */
const CACHE_BYTES = 64 * 1024 * 1024;

/**
 * Loads the build's manifest. Without one (a build that skipped the step), requests go to Next untouched.
 * @param {string} root the project folder
 */
export function loadPrecompressed(root) {
  const dir = path.join(root, PRECOMPRESSED_DIR);
  const file = path.join(dir, MANIFEST_NAME);
  if (!existsSync(file)) return undefined;
  /** @type {import('./precompressed.d.mts').PrecompressedManifest} */
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  /** @type {Map<string, Map<string, import('./precompressed.d.mts').Representation>>} */
  const byPath = new Map();
  for (const [urlPath, representations] of Object.entries(manifest.paths)) {
    byPath.set(urlPath, new Map(representations.map((rep) => [rep.identity.etag, rep])));
  }
  /** @type {Map<string, Buffer>} */
  const cache = new Map();
  let cached = 0;
  /** @param {string} name */
  async function copy(name) {
    const hit = cache.get(name);
    if (hit) return hit;
    const bytes = await readFile(path.join(dir, name));
    for (const [oldest, buffer] of cache) {
      if (cached + bytes.length <= CACHE_BYTES) break;
      cache.delete(oldest);
      cached -= buffer.length;
    }
    if (bytes.length <= CACHE_BYTES) {
      cache.set(name, bytes);
      cached += bytes.length;
    }
    return bytes;
  }
  return { byPath, copy };
}

/**
 * Wraps Next's request handler: GET and HEAD of a path with copies go through `answer`, everything
 * else straight to Next, which compresses it as before.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handle
 * @param {ReturnType<typeof loadPrecompressed>} store
 */
export function withPrecompressed(handle, store) {
  if (!store) return handle;
  return (
    /** @type {import('node:http').IncomingMessage} */ req,
    /** @type {import('node:http').ServerResponse} */ res,
  ) => {
    const target = req.url ?? '/';
    const query = target.indexOf('?');
    const representations = store.byPath.get(query < 0 ? target : target.slice(0, query));
    if (!representations || (req.method !== 'GET' && req.method !== 'HEAD')) return handle(req, res);
    const request = {
      acceptEncoding: req.headers['accept-encoding'],
      ifNoneMatch: req.headers['if-none-match'],
    };
    // Next must send the full identity body: no coding of its own, no 304, no range. HEAD is asked
    // as GET so that the headers (Content-Length) describe the real body; Node still sends none,
    // as the response was created for a HEAD.
    for (const name of ['accept-encoding', 'if-none-match', 'if-modified-since', 'if-range', 'range'])
      delete req.headers[name];
    req.method = 'GET';
    capture(res, (body) => answer(res, body, representations, request, store.copy));
    return handle(req, res);
  };
}

/**
 * Holds back what Next writes (status, headers, body) and hands the whole body to `done`, which
 * sends the real response through the original methods.
 * @param {import('node:http').ServerResponse} res
 * @param {(body: Buffer) => Promise<void>} done
 */
function capture(res, done) {
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  /** @type {Buffer[]} */
  const chunks = [];
  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'))
          : Buffer.from(/** @type {Uint8Array} */ (chunk)),
    );
  };
  /** @param {unknown[]} args */
  const callback = (args) => args.find((arg) => typeof arg === 'function');
  // @ts-expect-error a narrower signature than Node's overloads, which it accepts
  res.writeHead = function captureHead(status, ...rest) {
    res.statusCode = status;
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
    if (Array.isArray(headers))
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    else if (headers)
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    return res;
  };
  res.flushHeaders = () => {};
  // @ts-expect-error as above
  res.write = function captureWrite(chunk, ...rest) {
    keep(chunk, rest[0]);
    const cb = callback(rest);
    if (cb) process.nextTick(cb);
    return true;
  };
  // @ts-expect-error as above
  res.end = function captureEnd(chunk, ...rest) {
    keep(chunk, rest[0]);
    const cb = callback([chunk, ...rest]);
    res.writeHead = writeHead;
    res.write = write;
    res.end = end;
    done(Buffer.concat(chunks)).then(
      () => cb?.(),
      (error) => {
        console.error('precompressed: could not send', error);
        if (!res.headersSent) {
          res.statusCode = 500;
          res.removeHeader('Content-Encoding');
          res.removeHeader('ETag');
          res.setHeader('Content-Length', 0);
        }
        res.end();
      },
    );
    return res;
  };
}

/**
 * Sends Next's response with the body in the coding the client prefers: the build's copy when there
 * is one for exactly these bytes, else compressed now; 304 when the client's tag matches.
 * @param {import('node:http').ServerResponse} res
 * @param {Buffer} body Next's identity body
 * @param {Map<string, import('./precompressed.d.mts').Representation>} representations
 * @param {{ acceptEncoding?: string, ifNoneMatch?: string }} request
 * @param {(name: string) => Promise<Buffer>} copy
 */
async function answer(res, body, representations, request, copy) {
  let sent = body;
  const ok = res.statusCode === 200 && !res.hasHeader('Content-Encoding');
  const rep = ok ? representations.get(entityTag(body)) : undefined;
  if (rep) {
    const coding = chooseEncoding(request.acceptEncoding, Object.keys(rep));
    const variant = coding === 'identity' ? undefined : rep[/** @type {'br' | 'gzip'} */ (coding)];
    if (variant) sent = await copy(variant.file);
    res.setHeader('ETag', (variant ?? rep.identity).etag);
    if (variant) res.setHeader('Content-Encoding', coding);
    // Caches must keep each coding apart; the copies do not honour byte ranges or dates.
    res.setHeader('Vary', addVary(res.getHeader('Vary'), 'Accept-Encoding'));
    res.removeHeader('Accept-Ranges');
    res.removeHeader('Last-Modified');
  } else if (
    ok &&
    body.length >= MIN_SIZE &&
    COMPRESSIBLE.test(String(res.getHeader('Content-Type') ?? '')) &&
    !/no-transform/i.test(String(res.getHeader('Cache-Control') ?? ''))
  ) {
    const coding = chooseEncoding(request.acceptEncoding, ['br', 'gzip', 'identity']);
    res.setHeader('Vary', addVary(res.getHeader('Vary'), 'Accept-Encoding'));
    if (coding !== 'identity') {
      sent =
        coding === 'br'
          ? await brotliOnTheFly(body, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
            })
          : await gzipOnTheFly(body, { level: 6 });
      res.setHeader('Content-Encoding', coding);
      // Next's tag named the identity bytes; these are others.
      res.removeHeader('ETag');
    }
    res.removeHeader('Accept-Ranges');
  }
  const etag = res.getHeader('ETag');
  if (res.statusCode === 200 && typeof etag === 'string' && isNotModified(request.ifNoneMatch, etag)) {
    res.statusCode = 304;
    for (const name of ['Content-Length', 'Content-Encoding', 'Content-Type', 'Transfer-Encoding'])
      res.removeHeader(name);
    res.end();
    return;
  }
  res.removeHeader('Transfer-Encoding');
  res.setHeader('Content-Length', sent.length);
  res.end(sent);
}
