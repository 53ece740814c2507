// The service worker: bundled after the build by scripts/service-worker.ts, with the build's ID and
// precache plan in BUILD, and served as /sw.js by server.mjs (lib/http/service-worker.mjs).
//
// One build, one cache (reader-<build ID>). Installing fetches the build's core pages, data files
// and scripts into it, each checked to be of this very build (its X-Build-Id header), so a deploy
// in the middle of an install fails the install rather than keep a mix; the worker then takes over
// and deletes every older cache. Online, pages, data files and downloads come from the network
// (kept when they are this build's), so nothing cached is ever shown while the server answers;
// offline, they come from the cache, which holds one build only. Content-named build files
// (/_next/static) come from the cache first. Search, rendered on the server per query, says
// offline that it needs the network.
import {
  cacheKey,
  cacheName,
  belongsTo,
  localeOf,
  staleCaches,
  strategyFor,
  type Strategy,
  type WorkerMessage,
  type WorkerStatus,
} from '@/lib/offline/plan';
import type { Locale } from '@/lib/locale';
import { offlinePath, readerPath } from '@/lib/routes';

declare const BUILD: { version: string; locales: Locale[]; core: string[]; fill: Record<string, string[]> };

// The few parts of the worker's global scope used here (the DOM library has no worker types).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  preloadResponse: Promise<Response | undefined>;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: WorkerMessage;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  location: Location;
  navigator: Navigator;
  registration: { navigationPreload?: { enable(): Promise<void> } };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

const { version, locales, core, fill } = BUILD;
const CACHE = cacheName(version);
const openCache = () => caches.open(CACHE);

/** Requests at once while precaching: enough to fill the pipe, few enough to leave the page its own. */
const INSTALL_CONCURRENCY = 4;
const FILL_CONCURRENCY = 2;

/** Fetches every URL not yet kept, and keeps it; rejects if one cannot be had or is of another build. */
async function keepAll(urls: readonly string[], concurrency: number): Promise<void> {
  const cache = await openCache();
  let next = 0;
  const run = async () => {
    for (let i = next++; i < urls.length; i = next++) {
      const url = new URL(urls[i], worker.location.origin);
      if (await cache.match(cacheKey(url.href), { ignoreVary: true })) continue;
      // Revalidated, so a copy the browser holds from an older build is not taken for this one.
      const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      if (!belongsTo(response, version, url.pathname))
        throw new Error(`${url.pathname}: ${response.status}, not of build ${version}`);
      await cache.put(cacheKey(url.href), response);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, run));
}

/** How many of `urls` are kept. */
async function countKept(urls: readonly string[]): Promise<number> {
  const cache = await openCache();
  const kept = await Promise.all(
    urls.map((url) => cache.match(cacheKey(new URL(url, worker.location.origin).href), { ignoreVary: true })),
  );
  return kept.filter(Boolean).length;
}

const filling = new Map<string, Promise<void>>();
/** Keeps a UI language's term and unit pages, once at a time; a failure is tried again at the next request. */
function fillLocale(locale: Locale): Promise<void> {
  let pending = filling.get(locale);
  if (!pending) {
    pending = keepAll(fill[locale] ?? [], FILL_CONCURRENCY).finally(() => filling.delete(locale));
    filling.set(locale, pending);
  }
  return pending;
}

worker.addEventListener('install', (event) => {
  event.waitUntil(keepAll(core, INSTALL_CONCURRENCY).then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = staleCaches(await caches.keys(), version);
      await Promise.all(stale.map((name) => caches.delete(name)));
      await worker.registration.navigationPreload?.enable();
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  const reply = (message: WorkerStatus | { type: 'filled'; ok: boolean }) => event.ports[0]?.postMessage(message);
  const message = event.data;
  if (message?.type === 'fill' && typeof message.locale === 'string' && locales.includes(message.locale)) {
    event.waitUntil(
      fillLocale(message.locale).then(
        () => reply({ type: 'filled', ok: true }),
        () => reply({ type: 'filled', ok: false }),
      ),
    );
  } else if (message?.type === 'status') {
    event.waitUntil(
      (async () => {
        const filled: Record<string, { kept: number; total: number }> = {};
        for (const locale of locales)
          filled[locale] = { kept: await countKept(fill[locale] ?? []), total: fill[locale]?.length ?? 0 };
        reply({ type: 'status', version, core: { kept: await countKept(core), total: core.length }, fill: filled });
      })(),
    );
  }
});

/** Keeps a response this build can use, without holding up the page. */
function keep(event: FetchEvent, request: Request, response: Response) {
  if (!belongsTo(response, version, new URL(request.url).pathname)) return;
  const copy = response.clone();
  event.waitUntil(openCache().then((cache) => cache.put(cacheKey(request.url), copy)));
}

async function cached(url: string): Promise<Response | undefined> {
  return (await openCache()).match(cacheKey(url), { ignoreVary: true });
}

/** The page for a navigation that cannot be had: the localized offline page, or for `/` the reader. */
async function offline(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const preferred = worker.navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const locale = localeOf(pathname, locales) ?? (locales.includes(preferred) ? preferred : locales[0]);
  if (pathname === '/' && (await cached(new URL(readerPath(locale), request.url).href)))
    return Response.redirect(readerPath(locale), 302);
  return (await cached(new URL(offlinePath(locale), request.url).href)) ?? Response.error();
}

async function fromNetwork(event: FetchEvent): Promise<Response> {
  const preloaded = event.request.mode === 'navigate' ? await event.preloadResponse.catch(() => undefined) : undefined;
  return preloaded ?? fetch(event.request);
}

async function answer(event: FetchEvent, strategy: Exclude<Strategy, 'pass'>): Promise<Response> {
  const { request } = event;
  if (strategy === 'cache-first') {
    const hit = await cached(request.url);
    if (hit) return hit;
  }
  try {
    const response = await fromNetwork(event);
    if (strategy !== 'network-only') keep(event, request, response);
    return response;
  } catch (error) {
    if (strategy === 'network-first') {
      const hit = await cached(request.url);
      if (hit) return hit;
    }
    if (request.mode === 'navigate') return offline(request);
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const strategy = strategyFor(event.request, worker.location.origin, locales);
  if (strategy === 'pass') return;
  event.respondWith(answer(event, strategy));
});
