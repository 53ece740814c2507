// Runs after `next build`: writes a brotli (quality 11) and a gzip (level 9) copy of every prerendered
// page, its RSC payload, every prerendered file (/data, /downloads, /cite, …) and every file under
// /_next/static into .next/precompressed/, named by hash, with a manifest (path → copies, each with its
// size and strong ETag) that server.mjs serves from (lib/http/precompressed.mjs).
// Copies are also kept in .next/cache, which `next build` keeps: a rebuild compresses only what changed.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { MANIFEST_NAME, MIN_SIZE, PRECOMPRESSED_DIR, entityTag } from '../lib/http/precompressed.mjs';
import type { PrecompressedManifest, Representation, Variant } from '../lib/http/precompressed.d.mts';
import { readerPath } from '../lib/routes';

const dist = '.next';
const cacheDir = path.join(dist, 'cache', 'precompressed-br11-gz9');
// Formats that are compressed already: a second pass costs build time and saves nothing.
const COMPRESSED = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|zip|apkg|gz|br|zst|mp4|webm|pdf)$/i;
// A copy must save at least this share of the file to be worth a lookup and a Vary.
const KEEP_BELOW = 0.95;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const CODINGS = {
  br: {
    suffix: 'br',
    compress: (bytes: Buffer) =>
      brotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
  },
  gzip: { suffix: 'gz', compress: (bytes: Buffer) => gzipAsync(bytes, { level: 9 }) },
} as const;

/** URL path → the files on disk it may answer with (a page: its HTML and its RSC payload). */
async function sources(): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const add = (urlPath: string, file: string) => {
    if (COMPRESSED.test(urlPath)) return;
    const key = encodeURI(urlPath);
    out.set(key, [...(out.get(key) ?? []), file]);
  };
  const prerender = JSON.parse(readFileSync(path.join(dist, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>;
  };
  for (const route of Object.keys(prerender.routes)) {
    const base = path.join(dist, 'server', 'app', route === '/' ? 'index' : route);
    // A page is stored as .html and .rsc, a route handler's output (a data file, an export) as .body.
    for (const file of [`${base}.html`, `${base}.rsc`, `${base}.body`]) if (existsSync(file)) add(route, file);
  }
  const staticDir = path.join(dist, 'static');
  for (const entry of await readdir(staticDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    add(`/_next/static/${path.relative(staticDir, file).split(path.sep).join('/')}`, file);
  }
  return out;
}

/** Runs `task` over `items`, `limit` at a time (zlib's async calls run on libuv's thread pool). */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function main() {
  const outDir = PRECOMPRESSED_DIR;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await mkdir(cacheDir, { recursive: true });

  const started = performance.now();
  const byPath = await sources();
  const bodies = new Map<string, Buffer>(); // identity tag → bytes, each distinct body compressed once
  const paths = new Map<string, string[]>(); // URL path → identity tags
  for (const [urlPath, files] of byPath) {
    for (const file of files) {
      const bytes = await readFile(file);
      if (bytes.length < MIN_SIZE) continue;
      const tag = entityTag(bytes);
      bodies.set(tag, bytes);
      paths.set(urlPath, [...(paths.get(urlPath) ?? []), tag]);
    }
  }

  let compressed = 0;
  let reused = 0;
  const jobs = [...bodies].flatMap(([tag, bytes]) =>
    (Object.keys(CODINGS) as (keyof typeof CODINGS)[]).map((coding) => ({ tag, bytes, coding })),
  );
  // Largest first, so that the slowest brotli runs do not end up alone at the end.
  jobs.sort((a, b) => b.bytes.length - a.bytes.length);
  const variants = await pool(jobs, Math.max(2, availableParallelism()), async ({ tag, bytes, coding }) => {
    const name = `${tag.slice(1, -1)}.${CODINGS[coding].suffix}`;
    const cached = path.join(cacheDir, name);
    let copy: Buffer;
    if (existsSync(cached)) {
      copy = await readFile(cached);
      reused++;
    } else {
      copy = await CODINGS[coding].compress(bytes);
      await writeFile(cached, copy);
      compressed++;
    }
    if (copy.length > bytes.length * KEEP_BELOW) return { tag, coding, variant: undefined };
    await copyFile(cached, path.join(outDir, name));
    const variant: Variant = { file: name, size: copy.length, etag: entityTag(copy) };
    return { tag, coding, variant };
  });

  const representations = new Map<string, Representation>();
  for (const [tag, bytes] of bodies) representations.set(tag, { identity: { size: bytes.length, etag: tag } });
  for (const { tag, coding, variant } of variants) if (variant) representations.get(tag)![coding] = variant;
  const manifest: PrecompressedManifest = { paths: {} };
  for (const [urlPath, tags] of paths) {
    const reps = tags.map((tag) => representations.get(tag)!).filter((rep) => rep.br || rep.gzip);
    if (reps.length > 0) manifest.paths[urlPath] = reps;
  }
  const reader = readerPath('en');
  if (!manifest.paths[reader]?.some((rep) => rep.br))
    throw new Error(`precompress: no brotli copy of ${reader}; did next build run?`);
  await writeFile(path.join(outDir, MANIFEST_NAME), JSON.stringify(manifest));

  // Drop cached copies this build no longer has, so the cache does not grow with every edit.
  const used = new Set(jobs.map(({ tag, coding }) => `${tag.slice(1, -1)}.${CODINGS[coding].suffix}`));
  for (const name of await readdir(cacheDir)) if (!used.has(name)) await rm(path.join(cacheDir, name));

  const sum = (coding: 'identity' | 'br' | 'gzip') =>
    [...representations.values()].reduce(
      (total, rep) => total + (rep[coding]?.size ?? (coding === 'identity' ? 0 : rep.identity.size)),
      0,
    );
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const en = manifest.paths[reader][0];
  console.log(
    `precompress: ${Object.keys(manifest.paths).length} paths, ${bodies.size} bodies (${mb(sum('identity'))}; br ${mb(sum('br'))}, gzip ${mb(sum('gzip'))}); ` +
      `${compressed} copies made, ${reused} from the cache, in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `${reader} ${en.identity.size} B → br ${en.br?.size} B, gzip ${en.gzip?.size} B → ${outDir}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
