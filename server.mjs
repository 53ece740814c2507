// The production server: Next's own request handler behind a guard for the requests Next cannot
// parse at all (TRACE, CONNECT, `OPTIONS *`, absolute-form targets), which would otherwise answer 500.
// Everything else, hostile or not, goes to Next, where proxy.ts answers it. Prerendered pages and
// static files are sent from the brotli and gzip copies made at build time (lib/http/precompressed.mjs);
// Next compresses the rest on the fly, as before. /sw.js is the service worker written after the
// build (lib/http/service-worker.mjs), and every response names its build in X-Build-Id.
// Usage: npm run build && npm start (PORT, default 3000; HOSTNAME, default all interfaces).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { loadPrecompressed, withPrecompressed } from './lib/http/precompressed.mjs';
import { loadServiceWorker, withServiceWorker } from './lib/http/service-worker.mjs';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
const guardFile = new URL('./.next/server-guard.json', import.meta.url);
if (!existsSync(guardFile)) {
  console.error('No production build with its server guard (.next/server-guard.json): run `npm run build` first.');
  process.exit(1);
}
const guard = JSON.parse(readFileSync(guardFile, 'utf8'));

/** The interface language named by the path's first segment, else the default. */
function pathLocale(target) {
  const first = target.split(/[/?#]/)[1]?.toLowerCase();
  return guard.locales.includes(first) ? first : guard.defaultLocale;
}

function reject(req, res, status) {
  const locale = pathLocale(req.url ?? '');
  const body = guard.pages[status][locale];
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Content-Language': locale === 'zh' ? 'zh-Hans' : locale,
    ...guard.headers,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': guard.csp,
    ...(status === 405 ? { Allow: guard.allow } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const allowed = new Set(guard.allow.split(', '));
const app = next({ dev: false, hostname, port });
await app.prepare();
const root = fileURLToPath(new URL('.', import.meta.url));
const precompressed = loadPrecompressed(root);
if (!precompressed)
  console.warn('No precompressed copies (.next/precompressed): every response is compressed on the fly.');
// The service worker (/sw.js) and the build ID on every response, which the worker checks before keeping anything.
const worker = loadServiceWorker(root);
if (!worker) console.warn('No service worker (.next/sw.js): the site works online only.');
const handle = withServiceWorker(withPrecompressed(app.getRequestHandler(), precompressed), worker, {
  headers: guard.headers,
  csp: guard.serviceWorkerCsp,
});

const server = createServer((req, res) => {
  if (!allowed.has(req.method)) return reject(req, res, 405);
  if (!req.url?.startsWith('/')) return reject(req, res, 400);
  // Even the redirects Next answers before any app code (trailing slashes, doubled slashes) carry these.
  for (const [name, value] of Object.entries(guard.headers)) res.setHeader(name, value);
  return handle(req, res);
});
// CONNECT never reaches the request handler; it gets the same answer instead of a dropped connection.
server.on('connect', (req, socket) => {
  socket.end(
    `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${guard.allow}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
  );
});
server.listen(port, hostname, () => {
  console.log(`Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});
