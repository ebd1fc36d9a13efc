// What the offline worker downloads in the background after a reader's first visit to a lesson:
// every response it fetches from the moment the page loads until it is active, in charge of the
// page and idle (nothing in flight, and everything the page loaded kept). Counted as gzip -9 of each
// body, the way `npm run bench` counts; a 304 (a revalidated page the browser already has) or a
// file from the browser's cache is 0.
// Used by `npm run bench` and tests/e2e/offline.test.ts.
import { gzipSync } from 'node:zlib';

/** @typedef {{ count: number, raw: number, gzip: number, urls: string[] }} WorkerBytes */

/**
 * Opens `path` in `page` (whose context allows service workers and has none yet) and measures.
 * @param {import('playwright-core').Page} page
 * @param {string} path
 * @returns {Promise<WorkerBytes>}
 */
export async function workerBytesAfterVisit(page, path) {
  const context = page.context();
  let inFlight = 0;
  /** @type {Promise<{ url: string, raw: number, gzip: number }>[]} */
  const bodies = [];
  /** @param {import('playwright-core').Request} req */
  const done = (req) => {
    if (req.serviceWorker()) inFlight--;
  };
  context.on('request', (req) => {
    if (req.serviceWorker()) inFlight++;
  });
  context.on('requestfailed', done);
  context.on('requestfinished', (req) => {
    done(req);
    if (!req.serviceWorker()) return;
    bodies.push(
      (async () => {
        const res = await req.response();
        // Nothing crossed the network for a revalidated page (304) or a file from the browser's cache.
        const transferred = (await req.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize > 0;
        const body = res && transferred ? await res.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
        return { url: req.url(), raw: body.length, gzip: body.length ? gzipSync(body, { level: 9 }).length : 0 };
      })(),
    );
  });
  await page.goto(path);
  // Active and in charge (it claims the page once installed, and installing is the precache)...
  await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready) && !!navigator.serviceWorker.controller);
  // ...and what the page loaded before then is kept (the worker is handed that list once in charge).
  await page.waitForFunction(async () => {
    const urls = [location.href.split('#')[0] ?? '', ...performance.getEntriesByType('resource').map((e) => e.name)];
    const found = await Promise.all(urls.map((u) => caches.match(u, { ignoreSearch: true })));
    return found.every(Boolean);
  });
  while (inFlight > 0) await new Promise((r) => setTimeout(r, 20));
  const measured = await Promise.all(bodies);
  return {
    count: measured.length,
    raw: measured.reduce((n, b) => n + b.raw, 0),
    gzip: measured.reduce((n, b) => n + b.gzip, 0),
    urls: measured.map((b) => b.url),
  };
}
