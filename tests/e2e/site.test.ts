// Visits every built page as a reader would: it must load cleanly, stay on this host, pass axe in
// light and dark mode, and every internal link and anchor on it must lead somewhere real.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { launch, newContext } from './support/browser';
import { axeViolations } from './support/axe';
import { builtPages } from './support/pages';

const pages = builtPages();
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** dist/ file for a site path, or null. */
function fileFor(pathname: string): string | null {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [`dist${clean}index.html`] : [`dist${clean}`, `dist${clean}/index.html`];
  return candidates.find((c) => existsSync(c)) ?? null;
}

describe('every page', () => {
  test('the site has all its pages', () => {
    for (const p of [
      '/',
      '/404.html',
      '/assessment/',
      '/checklist/',
      '/my-data/',
      '/print/',
      '/search/',
      '/sources/',
      '/worksheet/',
      '/worksheet/blank/',
    ]) {
      expect(pages).toContain(p);
    }
    expect(pages.filter((p) => p.startsWith('/lessons/'))).toHaveLength(8);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test.each(pages)(`%s loads cleanly and passes axe (${scheme})`, async (path) => {
      const { context, watch } = await newContext(browser, { colorScheme: scheme });
      const page = await context.newPage();
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.title()).toMatch(/Managing Up/);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
      expect(await page.locator('h1').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.failedRequests).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      await context.close();
    });
  }

  test.each(pages)('%s: every internal link and anchor resolves', async (path) => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(path);
    // The sources page credits articles with links to them, marked rel="external"; any other external link is a mistake.
    const hrefs = await page.$$eval('a[href]:not([rel~="external"])', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    if (path !== '/sources/') expect(await page.locator('a[rel~="external"]').count()).toBe(0);
    const origin = new URL(page.url()).origin;
    const broken: string[] = [];
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.origin !== origin) {
        broken.push(`${href} (external link)`);
        continue;
      }
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${href} (no such page)`);
        continue;
      }
      if (url.hash) {
        const id = decodeURIComponent(url.hash.slice(1));
        const target = url.pathname === new URL(page.url()).pathname ? page : await context.newPage();
        if (target !== page) await target.goto(url.pathname);
        // Anchors may point at content an island renders, so check the live DOM.
        if ((await target.locator(`[id="${id}"]`).count()) === 0) broken.push(`${href} (no #${id})`);
        if (target !== page) await target.close();
      }
    }
    expect(broken).toEqual([]);
    await context.close();
  });

  test.each(pages)('%s fits a 320 px wide screen without sideways scrolling', async (path) => {
    const { context } = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'networkidle' });
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    await context.close();
  });

  test('an unknown address gets the 404 page', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto('/this-page-does-not-exist/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('could not find');
    await context.close();
  });
});
