// The offline worker, bundled into dist/sw.js by scripts/build/service-worker.mjs after the build.
// On install it precaches only the lessons and their shell (src/lib/offline.ts), and nothing when
// the reader has Save-Data on (the registration then adds ?save-data to its URL). Everything else
// is kept the first time the reader opens it: pages and the files Pagefind names without a hash
// are served from the cache and refreshed behind it, hashed files are served from the cache alone.
// Pages can also ask it to keep what they loaded before it took charge ("keep"), or the whole
// guide ("keep-all", from My data), reporting progress to the page that asked. Offline, a page it
// has not kept gets the site's 404 page from its cache, saying so, instead of the browser's error.
import { clientsClaim } from 'workbox-core';
import { PrecacheController, cleanupOutdatedCaches, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, StaleWhileRevalidate, type Strategy } from 'workbox-strategies';
import {
  NOT_FOUND_PAGE,
  offlineNotFound,
  runtimeCacheFor,
  type KeepAllProgress,
  type RuntimeCache,
  type WorkerRequest,
} from '../lib/offline';

/** Filled in by the build: the precache manifest and every URL of the whole guide, relative to sw.js. */
declare const PRECACHE: PrecacheEntry[];
declare const WHOLE_GUIDE: string[];

// The DOM library types `self` as a window; this file runs as the service worker.
type ExtendableEvent = Event & { waitUntil(p: Promise<unknown>): void };
type MessageFromPage = ExtendableEvent & { data: unknown; source: { postMessage(m: KeepAllProgress): void } | null };
const worker = self as unknown as {
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'message', fn: (e: MessageFromPage) => void): void;
};

const scope = new URL('./', worker.location.href);
const lean = new URL(worker.location.href).searchParams.has('save-data');

// Precached HTML is revalidated (a 304 for the page the reader is on) rather than downloaded again.
const precache = new PrecacheController({
  plugins: [{ requestWillFetch: ({ request }) => Promise.resolve(new Request(request, { cache: 'no-cache' })) }],
});
precache.addToCacheList(PRECACHE);
worker.addEventListener('install', (e) => {
  // Both wait on the event themselves (event.waitUntil inside Workbox).
  if (!lean) void precache.install(e);
});
worker.addEventListener('activate', (e) => {
  void precache.activate(e);
});
cleanupOutdatedCaches();
clientsClaim();

const CACHE_NAMES: Record<RuntimeCache, string> = {
  pages: 'managing-up-pages',
  assets: 'managing-up-assets',
  search: 'managing-up-search',
  files: 'managing-up-files',
};
// Pages ignore their query (/search/?q=…), and Pagefind adds ?ts=… to its entry file.
const matchOptions = { ignoreSearch: true };
const strategies: Record<RuntimeCache, Strategy> = {
  pages: new StaleWhileRevalidate({ cacheName: CACHE_NAMES.pages, matchOptions }),
  assets: new CacheFirst({ cacheName: CACHE_NAMES.assets }),
  search: new StaleWhileRevalidate({ cacheName: CACHE_NAMES.search, matchOptions }),
  files: new StaleWhileRevalidate({ cacheName: CACHE_NAMES.files, matchOptions }),
};

/** The URL's path relative to the worker's scope, or null for anything outside it. */
const inScope = (url: URL) =>
  url.origin === scope.origin && url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : null;
const bare = (url: URL) => url.origin + url.pathname;

/** The 404 page from the worker's caches, told it is standing in for a page not kept offline; null if it has none. */
async function notKeptOffline(): Promise<Response | null> {
  const url = new URL(NOT_FOUND_PAGE, scope).href;
  const page = (await precache.matchPrecache(url)) ?? (await caches.match(url, { ignoreSearch: true }));
  if (!page) return null;
  return new Response(offlineNotFound(await page.text()), {
    status: 404,
    statusText: 'Not Found',
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

registerRoute(
  ({ url, request }) => request.method === 'GET' && inScope(url) !== null,
  async (options) => {
    const precached = await precache.matchPrecache(bare(options.url));
    if (precached) return precached;
    try {
      return await strategies[runtimeCacheFor(inScope(options.url) ?? '')].handle(options);
    } catch (error) {
      // Neither kept nor reachable (offline): a page gets the site's 404 page; anything else fails as it would.
      const fallback = options.request.mode === 'navigate' ? await notKeptOffline() : null;
      if (fallback) return fallback;
      throw error;
    }
  },
);

/** Keeps one URL in its runtime cache unless it is precached or already kept; true once it is there. */
async function keep(href: string): Promise<boolean> {
  const url = new URL(href, scope);
  const path = inScope(url);
  if (path === null) return false;
  // Precached already (with Save-Data on, the lessons are listed in the precache but not in it).
  if (await precache.matchPrecache(bare(url))) return true;
  const cache = await caches.open(CACHE_NAMES[runtimeCacheFor(path)]);
  const key = bare(url);
  if (await cache.match(key)) return true;
  const res = await fetch(key);
  if (!res.ok) return false;
  await cache.put(key, res);
  return true;
}

worker.addEventListener('message', (e) => {
  const data = e.data as WorkerRequest | null;
  // The update note's Reload button: this waiting worker takes over, and the page reloads.
  if (data?.type === 'SKIP_WAITING') void worker.skipWaiting();
  else if (data?.type === 'keep') {
    // What the page loaded before the worker was in charge: mostly from the browser's cache.
    e.waitUntil(Promise.allSettled(data.urls.map(keep)));
  } else if (data?.type === 'keep-all') {
    const client = e.source;
    e.waitUntil(
      (async () => {
        let done = 0;
        let failed = 0;
        const total = WHOLE_GUIDE.length;
        // A few at a time: quick on a good connection without flooding a poor one.
        const queue = [...WHOLE_GUIDE];
        const next = async (): Promise<void> => {
          const href = queue.shift();
          if (href === undefined) return;
          if (!(await keep(href).catch(() => false))) failed++;
          done++;
          client?.postMessage({ type: 'keep-all-progress', done, total, failed: 0 });
          return next();
        };
        await Promise.all([next(), next(), next(), next()]);
        client?.postMessage({ type: failed ? 'keep-all-failed' : 'keep-all-done', done, total, failed });
      })(),
    );
  }
});
