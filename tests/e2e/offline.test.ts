// Offline reading: after one visit to a lesson, the worker has fetched at most 120 KB gz in the
// background and every lesson reads with no network; a tool, search and the page a reader arrives on
// work offline once opened online; with Save-Data on nothing is precached, and "Keep the whole
// guide" on My data then makes every page work offline; a page never kept shows the site's 404
// page, saying the reader is offline. And when a new build is published, its worker waits, the
// reader sees a quiet note, nothing reloads while they type, and the Reload button saves what is
// half-typed and brings the new version.
import { afterEach, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hydrated, useBrowser } from './support/session';
import type { Watch } from './support/browser';
import { serveDist } from './support/server';
import { axeViolations } from './support/axe';
import { builtPages } from './support/pages';
import { buildServiceWorker } from '../../scripts/build/service-worker.mjs';
import { workerBytesAfterVisit } from '../../scripts/measure-worker.mjs';
import { BUDGETS } from '../../scripts/measure.mjs';

const b = useBrowser();
const LESSONS = readdirSync('dist/lessons').map((slug) => `/lessons/${slug}/`);

/** Waits until the offline worker is active and in charge of the page (its precache is done by then). */
const controlled = (page: Page) =>
  page.waitForFunction(async () => !!(await navigator.serviceWorker.ready) && !!navigator.serviceWorker.controller);

/** Waits until the worker has kept the page the reader is on, and everything it loaded. */
const kept = (page: Page) =>
  page.waitForFunction(async () => {
    const urls = [location.href.split('#')[0] ?? '', ...performance.getEntriesByType('resource').map((e) => e.name)];
    return (await Promise.all(urls.map((u) => caches.match(u, { ignoreSearch: true })))).every(Boolean);
  });

/**
 * Whether the context's network is really off: a blank page, which no worker controls, cannot reach
 * the site's server. (navigator.onLine is no proof: some Chromium builds leave it true for pages a
 * worker serves while the context is offline.)
 */
async function networkOff(page: Page, watch: Watch): Promise<boolean> {
  const probe = await page.context().newPage();
  try {
    const url = new URL('/sources/?probe', page.url()).href;
    return await probe.evaluate(
      (u) =>
        fetch(u, { mode: 'no-cors', cache: 'no-store' }).then(
          () => false,
          () => true,
        ),
      url,
    );
  } finally {
    await probe.close();
    // The failed fetch is what the probe is for; Chromium logs it as an error on the blank page.
    const expected = watch.consoleErrors.filter((e) => e.startsWith('about:blank:'));
    for (const e of expected) watch.consoleErrors.splice(watch.consoleErrors.indexOf(e), 1);
  }
}

/** Whether any of the worker's caches holds `path`. */
const cached = (page: Page, path: string) => page.evaluate(async (p) => !!(await caches.match(p, { ignoreSearch: true })), path);

/** Resolves once some saved value holds `text` (the tools save as the reader types). */
const savedText = (page: Page, text: string) =>
  expect
    .poll(() => page.evaluate((t) => Object.keys(localStorage).some((k) => localStorage.getItem(k)?.includes(t)), text))
    .toBe(true);

/** A reader whose browser has Save-Data on (what navigator.connection reports). */
const saveData = (context: BrowserContext) =>
  context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('offline', () => {
  test('after one lesson visit the worker fetches at most 120 KB gz, and every lesson reads with no network', async () => {
    const { page, context, watch } = await b.page({ serviceWorkers: 'allow' });
    const bytes = await workerBytesAfterVisit(page, '/lessons/earn-trust/');
    expect(bytes.gzip, bytes.urls.join('\n')).toBeLessThanOrEqual(BUDGETS.workerAfterFirstLesson);
    // Tools, search, print and scripts wait until the reader uses them.
    for (const path of ['/worksheet/', '/search/', '/print/', '/checklist/']) expect(await cached(page, path), path).toBe(false);
    expect(bytes.urls.filter((u) => /\/_astro\/.*\.js$|\/pagefind\/|\.json$/.test(u))).toEqual([]);

    await context.setOffline(true);
    for (const path of LESSONS) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      expect(await page.locator('h1').textContent(), path).toBeTruthy();
      // Styled: the lesson's stylesheets came from the cache too.
      expect(await page.evaluate(() => [...document.styleSheets].every((s) => s.cssRules.length > 0)), path).toBe(true);
    }
    expect(await networkOff(page, watch)).toBe(true);
  });

  test('the page a reader arrives on, and a tool opened later, work offline afterwards: typing, saving, reloading', async () => {
    const { page, context, watch } = await b.page({ serviceWorkers: 'allow' });
    // Arrived on before any worker was in charge: the worker keeps it once it takes over.
    await page.goto('/worksheet/');
    await controlled(page);
    await hydrated(page, '.ws');
    await kept(page);
    // Opened online once the worker is in charge.
    await page.goto('/toolkit/bad-news/');
    await hydrated(page, '.tk');
    await kept(page);

    await context.setOffline(true);
    await page.goto('/worksheet/');
    await hydrated(page, '.ws');
    await page.locator('textarea').first().fill('Written on the train');
    await savedText(page, 'Written on the train');
    await page.reload();
    await hydrated(page, '.ws');
    await expect.poll(() => page.locator('textarea').first().inputValue()).toBe('Written on the train');

    const headline = 'Halvorsen has asked a competitor for a quote after two late deliveries';
    await page.goto('/toolkit/bad-news/');
    await hydrated(page, '.tk');
    await page.getByLabel('What happened, in a sentence or two').fill(headline);
    await savedText(page, headline);
    await page.reload();
    await hydrated(page, '.tk');
    await expect.poll(() => page.getByLabel('What happened, in a sentence or two').inputValue()).toBe(headline);
    expect(await networkOff(page, watch)).toBe(true);
  });

  test('search used once online works offline afterwards', async () => {
    const { page, context } = await b.page({ serviceWorkers: 'allow' });
    await page.goto('/lessons/earn-trust/');
    await controlled(page);
    await page.goto('/search/?q=trust');
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
    const online = await page.locator('#search-results .result-title').allTextContents();
    await kept(page);

    await context.setOffline(true);
    await page.goto('/search/?q=trust');
    await expect.poll(() => page.locator('#search-results .result-title').allTextContents()).toEqual(online);
    expect(await page.locator('#search-results .result-title').first().getAttribute('href')).toMatch(/^\/lessons\//);
  });

  test('with Save-Data on, nothing is precached; "Keep the whole guide" then makes every page work offline', async () => {
    const { page, context, watch } = await b.page({ serviceWorkers: 'allow' });
    await saveData(context);
    const bytes = await workerBytesAfterVisit(page, '/my-data/');
    // The worker fetched only itself and what the page itself loaded (to keep it): no lesson, no other page.
    const own = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]);
    expect(bytes.urls.filter((u) => !own.includes(u) && !u.includes('/sw.js'))).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toMatch(
      /sw\.js\?save-data$/,
    );
    for (const path of LESSONS) expect(await cached(page, path), path).toBe(false);

    await page.locator('.keep-offline').scrollIntoViewIfNeeded();
    await hydrated(page, '.keep-offline');
    const keep = page.getByRole('button', { name: /^Keep the whole guide/ });
    expect(await keep.textContent()).toMatch(/\(\d+(\.\d)? (KB|MB)\)$/);
    await keep.click();
    await page.getByRole('status').filter({ hasText: 'Done: the whole guide now works' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await context.setOffline(true);
    for (const path of builtPages('dist').filter((p) => p !== '/404.html')) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      expect(await page.locator('h1').count(), path).toBeGreaterThan(0);
    }
    await page.goto('/search/?q=boss');
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
    // Tools never opened before still come alive: their scripts were kept with the pages.
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    await page.goto('/worksheet/');
    await hydrated(page, '.ws');
    await page.goto('/toolkit/boss-manual/');
    await hydrated(page, '.tk');
    await page.locator('input[name="bm-format"][value="discussion"]').check();
    await savedText(page, '"discussion"');
    expect(await networkOff(page, watch)).toBe(true);
  }, 120_000); // every page of the guide, offline, on a busy machine

  test('My data says the whole guide needs JavaScript when it is off', async () => {
    const { page } = await b.page({ javaScriptEnabled: false });
    await page.goto('/my-data/');
    expect(await page.locator('.keep-offline').textContent()).toContain('needs JavaScript');
    expect(await page.getByRole('button', { name: /^Keep the whole guide/ }).count()).toBe(0);
  });

  test("a new build's worker waits for the reader: a quiet note, no reload while typing, Reload brings it", async () => {
    // The first build is dist/ as it is; the second is a copy with a changed worksheet page and
    // its own service worker, published at the same address once the reader has the first.
    const second = mkdtempSync(join(tmpdir(), 'managing-up-build2-'));
    cleanups.push(() => rmSync(second, { recursive: true, force: true }));
    cpSync('dist', second, { recursive: true });
    const worksheet = join(second, 'worksheet', 'index.html');
    writeFileSync(worksheet, readFileSync(worksheet, 'utf8').replace('<head>', '<head><meta name="build" content="second">'));
    await buildServiceWorker(second);

    const first = await serveDist('dist');
    const port = new URL(first.url).port;
    let server = first;
    cleanups.push(() => server.close());

    const { page } = await b.page({ baseURL: first.url, serviceWorkers: 'allow' });
    await page.goto('/worksheet/');
    await controlled(page);
    await hydrated(page, '.ws');
    await kept(page);

    await first.close();
    server = await serveDist(second, { port: Number(port) });

    // The reader comes back to the worksheet (from the first build's cache) and starts typing.
    await page.reload();
    await hydrated(page, '.ws');
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    const box = page.locator('textarea').first();
    await box.fill('Half a thought');

    const note = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await note.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await box.pressSequentially(', and the rest');
    expect(await box.inputValue()).toBe('Half a thought, and the rest');
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    // The new build's worker waits: the page is still the first worker's. Which copy of the page
    // the reload showed is not what this asks: in full runs on a busy machine it was at times
    // already the new copy (a refresh of the cached page landing first) while the worker waited.
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
    await savedText(page, 'Half a thought, and the rest');

    // The page came from the cache, refreshed behind it: the reload shows the copy the refresh kept.
    await page.waitForFunction(async () =>
      (await (await caches.match(location.href, { ignoreSearch: true }))?.text())?.includes('content="second"'),
    );
    // The page may already be the new copy (above), so what proves the reload is a new document: the
    // flag set on this one is gone.
    const reloaded = page.waitForEvent('load');
    await note.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect.poll(() => page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere ?? false)).toBe(false);
    await page.locator('meta[name="build"][content="second"]').waitFor({ state: 'attached' });
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
    await hydrated(page, '.ws');
    await expect.poll(() => page.locator('textarea').first().inputValue()).toBe('Half a thought, and the rest');
    expect(await page.getByRole('status').filter({ hasText: 'A new version is ready' }).count()).toBe(0);
  }, 120_000); // builds a second service worker and runs axe: generous on a busy machine

  // Issue 21: offline, an address the worker never kept showed the browser's network error.
  test("offline, a page never kept shows the site's 404 page from the worker's cache, saying the reader is offline", async () => {
    const { page, context, watch } = await b.page({ serviceWorkers: 'allow' });
    await page.goto('/lessons/earn-trust/');
    await controlled(page);
    const online = await page.goto('/no-such-page/');
    expect(online?.status()).toBe(404);
    expect(await page.getByText('The link may be old').isVisible()).toBe(true);
    expect(await page.getByText("You're offline").isVisible()).toBe(false);
    expect(await cached(page, '/toolkit/skip-level/')).toBe(false);

    await context.setOffline(true);
    for (const path of ['/toolkit/skip-level/', '/no-such-page/']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      expect(await page.locator('h1').textContent(), path).toBe('We could not find that page');
      expect(await page.getByText("You're offline, and this page isn't saved on this device yet").isVisible(), path).toBe(true);
      expect(await page.getByText('The link may be old').isVisible(), path).toBe(false);
      // Styled (its stylesheet came from the cache), and its links lead to lessons that read offline.
      expect(await page.evaluate(() => [...document.styleSheets].every((s) => s.cssRules.length > 0)), path).toBe(true);
    }
    await page.getByRole('link', { name: /^Lesson 1:/ }).click();
    await page.waitForURL(/\/lessons\//);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    // The browser logs each 404 itself; that line is expected, anything else is not.
    expect(watch.consoleErrors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    watch.consoleErrors.length = 0;
  });

  // Issue 21, failure 3: the update note's Reload dropped a draft still in its typing pause.
  test("the update note's Reload saves a half-typed win first: it is there after the new version loads", async () => {
    const second = mkdtempSync(join(tmpdir(), 'managing-up-build2-'));
    cleanups.push(() => rmSync(second, { recursive: true, force: true }));
    cpSync('dist', second, { recursive: true });
    const planner = join(second, 'toolkit', 'one-on-one', 'index.html');
    writeFileSync(planner, readFileSync(planner, 'utf8').replace('<head>', '<head><meta name="build" content="second">'));
    await buildServiceWorker(second);

    const first = await serveDist('dist');
    const port = new URL(first.url).port;
    let server = first;
    cleanups.push(() => server.close());

    // The pages' clock is Playwright's: held still, the typing pause never ends, so only the save the
    // Reload button makes can keep the words.
    const { page, context } = await b.page({ baseURL: first.url, serviceWorkers: 'allow' });
    await context.clock.install();
    const open = async () => {
      await hydrated(page, '.pl-island');
      await page.waitForSelector('.pl-island[data-ready]');
    };
    await page.goto('/toolkit/one-on-one/');
    await controlled(page);
    await open();
    await kept(page);

    await first.close();
    server = await serveDist(second, { port: Number(port) });
    await page.reload();
    await open();
    const note = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await note.getByRole('button', { name: 'Reload' }).waitFor();

    await context.clock.pauseAt(Date.now() + 1000);
    await page.getByLabel('What you did').fill('Half a win, typed as the update came');
    await page.getByLabel('What difference it made').fill('Still thinking');
    expect(await page.evaluate(() => localStorage.getItem('managing-up:form-drafts'))).toBeNull();
    await Promise.all([page.waitForEvent('framenavigated'), note.getByRole('button', { name: 'Reload' }).click()]);
    await context.clock.resume();
    await page.locator('meta[name="build"][content="second"]').waitFor({ state: 'attached' });
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
    await open();
    await expect.poll(() => page.getByLabel('What you did').inputValue()).toBe('Half a win, typed as the update came');
    expect(await page.getByLabel('What difference it made').inputValue()).toBe('Still thinking');
  }, 120_000); // builds a second service worker: generous on a busy machine
});
