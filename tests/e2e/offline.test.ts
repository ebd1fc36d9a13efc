// Offline reading: after one visit to the home page, a lesson never opened, search and the worksheet
// all work with no network, and so does every toolkit tool; and when a new build is published, its
// worker waits, the reader sees a quiet note, nothing reloads while they type, and the Reload
// button brings the new version.
import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hydrated, useBrowser } from './support/session';
import { serveDist } from './support/server';
import { axeViolations } from './support/axe';
import { buildServiceWorker } from '../../scripts/build/service-worker.mjs';

const b = useBrowser();

/** Waits until the offline worker is active and in charge of the page (everything is precached by then). */
const controlled = (page: Page) =>
  page.waitForFunction(async () => !!(await navigator.serviceWorker.ready) && !!navigator.serviceWorker.controller);

/** Resolves once some saved value holds `text` (the worksheet saves as the reader types). */
const savedText = (page: Page, text: string) =>
  expect
    .poll(() => page.evaluate((t) => Object.keys(localStorage).some((k) => localStorage.getItem(k)?.includes(t)), text))
    .toBe(true);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('offline', () => {
  test('after one visit to the home page, the whole guide works with no network', async () => {
    const { page, context } = await b.page({ serviceWorkers: 'allow' });
    await page.goto('/');
    await controlled(page);
    await context.setOffline(true);

    const lesson = await page.goto('/lessons/grow-together/');
    expect(lesson?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.locator('[data-island=knowledge-check]').scrollIntoViewIfNeeded();
    await hydrated(page, '.kc');

    await page.goto('/search/?q=trust');
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results .result-title').first().getAttribute('href')).toMatch(/^\/lessons\//);

    await page.goto('/worksheet/');
    await hydrated(page, '.ws');
    await page.locator('textarea').first().fill('Written on the train');
    await savedText(page, 'Written on the train');
    await page.reload();
    await hydrated(page, '.ws');
    await expect.poll(() => page.locator('textarea').first().inputValue()).toBe('Written on the train');

    // Still offline: the pages came from the worker, not the network.
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });

  test('after one visit to the home page, every tool in the toolkit opens, saves and keeps its data with no network', async () => {
    const { page, context } = await b.page({ serviceWorkers: 'allow' });
    await page.goto('/');
    await controlled(page);
    await context.setOffline(true);

    // The boss's manual, written offline, shapes the bad-news message written offline.
    const headline = 'Halvorsen has asked a competitor for a quote after two late deliveries';
    await page.goto('/toolkit/boss-manual/');
    await hydrated(page, '.tk');
    await page.locator('input[name="bm-format"][value="discussion"]').check();
    await savedText(page, '"discussion"');
    await page.goto('/toolkit/bad-news/');
    await hydrated(page, '.tk');
    await page.getByLabel('Shape it for').selectOption({ label: 'My boss' });
    await page.getByLabel('What happened, in a sentence or two').fill(headline);
    await savedText(page, headline);
    await page.reload();
    await hydrated(page, '.tk');
    await expect.poll(() => page.locator('#bn-message').textContent()).toContain("I'd like to talk it through with you.");

    // A win in the one-on-one log, there after a reload.
    const planner = async (path: string) => {
      await page.goto(path);
      await page.locator('.pl-island').scrollIntoViewIfNeeded();
      await hydrated(page, '.pl-island');
      await page.waitForSelector('.pl-island[data-ready]');
    };
    await planner('/toolkit/one-on-one/');
    await page.getByLabel('What you did').fill('Logged on the train');
    await page.getByRole('button', { name: 'Add to my log' }).click();
    await savedText(page, 'Logged on the train');
    await page.reload();
    await planner('/toolkit/one-on-one/');
    await expect.poll(() => page.locator('.pl-print').textContent()).toContain('Logged on the train');

    // A contact in the skip-level log, there after a reload.
    await planner('/toolkit/skip-level/');
    await page.getByLabel('Who', { exact: true }).fill('Elena Ruiz');
    await page.getByLabel('Which step').selectOption('other');
    await page.getByLabel('What happened').fill('Said hello in the lift');
    await page.getByLabel('Has had a read-out since').check();
    await page.getByRole('button', { name: 'Add to the log' }).click();
    await savedText(page, 'Said hello in the lift');
    await page.reload();
    await planner('/toolkit/skip-level/');
    expect(await page.locator('.pl-wins > li', { hasText: 'Said hello in the lift' }).count()).toBe(1);

    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
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
    expect(await page.locator('meta[name="build"]').count()).toBe(0);
    await savedText(page, 'Half a thought, and the rest');

    await note.getByRole('button', { name: 'Reload' }).click();
    await page.locator('meta[name="build"][content="second"]').waitFor({ state: 'attached' });
    await hydrated(page, '.ws');
    await expect.poll(() => page.locator('textarea').first().inputValue()).toBe('Half a thought, and the rest');
    expect(await page.getByRole('status').filter({ hasText: 'A new version is ready' }).count()).toBe(0);
  }, 120_000); // builds a second service worker and runs axe: generous on a busy machine
});
