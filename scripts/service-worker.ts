// Runs after `next build`: writes the service worker (components/offline/service-worker.ts, bundled
// and minified) to .next/sw.js with this build's ID and precache plan (lib/offline/plan.ts) in it,
// and prints what the plan weighs: on the wire (the brotli copies that precompress.ts made, which
// server.mjs sends) and in the browser's cache (decoded). Runs after precompress.ts.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { routing } from '../i18n/routing';
import { precachePlan } from '../lib/offline/plan';
import { MANIFEST_NAME, PRECOMPRESSED_DIR, entityTag } from '../lib/http/precompressed.mjs';
import type { PrecompressedManifest } from '../lib/http/precompressed.d.mts';
import { SERVICE_WORKER_FILE } from '../lib/http/service-worker.mjs';
import { readerPath } from '../lib/routes';

const dist = '.next';
const version = readFileSync(path.join(dist, 'BUILD_ID'), 'utf8').trim();
const prerender = JSON.parse(readFileSync(path.join(dist, 'prerender-manifest.json'), 'utf8')) as {
  routes: Record<string, unknown>;
};
const routes = Object.keys(prerender.routes);
const staticDir = path.join(dist, 'static');
const staticFiles = readdirSync(staticDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map(
    (entry) =>
      `/_next/static/${path.relative(staticDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`,
  );
const plan = precachePlan(routes, staticFiles, routing.locales);
if (!plan.core.includes(readerPath(routing.defaultLocale)))
  throw new Error('service-worker: the reader page is not among the prerendered routes; did next build run?');

/** The file a URL path is answered with: a prerendered page's HTML or a route's body, or a static file. */
function fileOf(urlPath: string): string | undefined {
  if (urlPath.startsWith('/_next/static/')) return path.join(staticDir, urlPath.slice('/_next/static/'.length));
  const base = path.join(dist, 'server', 'app', urlPath);
  return [`${base}.html`, `${base}.body`].find((file) => existsSync(file));
}

const copies = JSON.parse(readFileSync(path.join(PRECOMPRESSED_DIR, MANIFEST_NAME), 'utf8')) as PrecompressedManifest;

function weigh(urls: readonly string[]) {
  let decoded = 0;
  let wire = 0;
  for (const url of urls) {
    const file = fileOf(url);
    if (!file) throw new Error(`service-worker: ${url} is in the plan but not in the build`);
    const bytes = readFileSync(file);
    const tag = entityTag(bytes);
    decoded += bytes.length;
    wire += copies.paths[encodeURI(url)]?.find((rep) => rep.identity.etag === tag)?.br?.size ?? bytes.length;
  }
  return `${urls.length} files, ${(wire / 1e6).toFixed(2)} MB brotli, ${(decoded / 1e6).toFixed(1)} MB kept`;
}

async function main() {
  const result = await build({
    entryPoints: ['components/offline/service-worker.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    alias: { '@': '.' },
    define: { BUILD: JSON.stringify({ version, locales: routing.locales, core: plan.core, fill: plan.fill }) },
  });
  const script = result.outputFiles[0].text;
  writeFileSync(SERVICE_WORKER_FILE, script);
  console.log(
    `service-worker: build ${version}, ${(script.length / 1e3).toFixed(1)} kB → ${SERVICE_WORKER_FILE}; ` +
      `install: ${weigh(plan.core)}; ` +
      routing.locales.map((locale) => `idle fill (${locale}): ${weigh(plan.fill[locale])}`).join('; '),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
