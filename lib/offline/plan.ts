// What the service worker keeps for reading offline, and how it answers each request: pure
// functions of the build's output and a request's URL, shared by the build step that writes the
// worker (scripts/service-worker.ts), the worker itself (components/offline/service-worker.ts) and
// the server (lib/http/service-worker.mjs speaks the same header).
import type { Locale } from '../locale';
import {
  SERVICE_WORKER_PATH,
  downloadsPath,
  glossaryPath,
  manifestPath,
  offlinePath,
  practiceCardsPath,
  practicePath,
  readerPath,
  searchPath,
  textPath,
} from '../routes';

/** Every response of a build carries its build ID in this header, so the worker never keeps another build's bytes. */
export const BUILD_HEADER = 'X-Build-Id';

/** Our caches are named `${CACHE_PREFIX}${build ID}`; one build, one cache. */
const CACHE_PREFIX = 'reader-';

/** The cache of one build. */
export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** The caches to delete when `version` takes over: every cache of ours but its own (other sites' names are left alone). */
export function staleCaches(names: readonly string[], version: string): string[] {
  const own = cacheName(version);
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== own);
}

/**
 * Whether a response may go into the cache of `version`: a complete same-origin 200 of that very
 * build, not reached through a redirect (a redirected response cannot answer a navigation).
 * Files under /_next/static are named by their content, so one of another build is still right.
 */
export function belongsTo(
  response: {
    ok: boolean;
    status: number;
    redirected: boolean;
    type: string;
    headers: { get(name: string): string | null };
  },
  version: string,
  pathname: string,
): boolean {
  if (!response.ok || response.status !== 200 || response.redirected || response.type !== 'basic') return false;
  return isImmutable(pathname) || response.headers.get(BUILD_HEADER) === version;
}

/** Build files named by their content hash: they never change under the same name. */
function isImmutable(pathname: string): boolean {
  return pathname.startsWith('/_next/static/');
}

/** The UI language a path belongs to, if it starts with one of `locales`. */
export function localeOf(pathname: string, locales: readonly Locale[]): Locale | undefined {
  const first = pathname.split('/')[1];
  return locales.find((locale) => locale === first);
}

export type Strategy =
  /** Not ours to answer: the browser goes to the network as if there were no worker. */
  | 'pass'
  /** Content-named build files: the cache, else the network (kept). */
  | 'cache-first'
  /** Pages, data files and downloads: the network (kept when it is this build's), else the cache. */
  | 'network-first'
  /** Search runs on the server: the network, else the localized offline page. */
  | 'network-only';

/**
 * How the worker answers a request. Only same-origin GETs are ever answered; Next's own RSC and
 * prefetch requests, and the worker script itself, always go to the network.
 */
export function strategyFor(
  request: { method: string; url: string; headers: { get(name: string): string | null } },
  origin: string,
  locales: readonly Locale[],
): Strategy {
  if (request.method !== 'GET') return 'pass';
  const url = new URL(request.url);
  if (url.origin !== origin) return 'pass';
  if (request.headers.get('RSC') !== null || url.searchParams.has('_rsc')) return 'pass';
  if (url.pathname === SERVICE_WORKER_PATH) return 'pass';
  if (isImmutable(url.pathname)) return 'cache-first';
  const locale = localeOf(url.pathname, locales);
  if (locale && url.pathname.startsWith(searchPath(locale))) return 'network-only';
  return 'network-first';
}

/**
 * The key a response is kept and looked up under: its URL without query or fragment. Every page and
 * file kept is one file for every query: the reader's choices ride in the query string and are
 * applied in the browser, Next adds a cache-busting query to the icon's link, and search, the one
 * page rendered per query, is never kept.
 */
export function cacheKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.search = '';
  return parsed.href;
}

export interface PrecachePlan {
  /** Fetched while the worker installs, for every UI language: the worker takes over only once all of it is kept. */
  core: string[];
  /** Fetched after that, when the page is idle, for the visitor's UI language: every term page and unit page. */
  fill: Record<string, string[]>;
}

/** Pages kept at install, per UI language. */
const CORE_PAGES: ((locale: Locale) => string)[] = [
  readerPath,
  glossaryPath,
  practicePath,
  practiceCardsPath,
  textPath,
  downloadsPath,
  offlinePath,
  manifestPath,
];
/** Files outside the UI languages kept at install. */
const CORE_FILES = [/^\/data\//, /^\/display\.js$/, /^\/icon\.svg$/];
/** The pages kept after install, per UI language: a term's page and a unit's page. */
const FILL_PAGES = [/^\/[^/]+\/glossary\/[^/.]+$/, /^\/[^/]+\/p\/[^/.]+$/];

/**
 * The build's precache plan, from its prerendered routes and its /_next/static files (paths under
 * /_next/static/, source maps left out). Downloads (/downloads, /cite, the Anki text) are not in it:
 * they are kept when the reader fetches them.
 */
export function precachePlan(
  routes: readonly string[],
  staticFiles: readonly string[],
  locales: readonly Locale[],
): PrecachePlan {
  const routeSet = new Set(routes);
  const core = [
    ...locales.flatMap((locale) => CORE_PAGES.map((page) => page(locale)).filter((path) => routeSet.has(path))),
    ...routes.filter((route) => CORE_FILES.some((pattern) => pattern.test(route))).sort(),
    ...staticFiles.filter((file) => !file.endsWith('.map')).sort(),
  ];
  const fill = Object.fromEntries(
    locales.map((locale) => [
      locale,
      routes
        .filter((route) => localeOf(route, locales) === locale && FILL_PAGES.some((pattern) => pattern.test(route)))
        .sort(),
    ]),
  );
  return { core: [...new Set(core)], fill };
}

/** What a page asks the worker: keep a UI language's term and unit pages, or say how much is kept. */
export type WorkerMessage = { type: 'fill'; locale: Locale } | { type: 'status' };

/** The worker's answer to `status`: its build, and how many of the core and each language's pages it keeps. */
export interface WorkerStatus {
  type: 'status';
  version: string;
  core: { kept: number; total: number };
  fill: Record<string, { kept: number; total: number }>;
}
