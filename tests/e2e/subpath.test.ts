// The guide published under a sub-path with its public address set: the build of
// `npm run build:subpath` (BASE_PATH=/guide, SITE_URL=https://example.com, into dist-sub/; npm test
// makes it after dist/), served at /guide/ the way a GitHub Pages project site is. Every page loads
// and every link in it resolves under /guide/, search finds lessons, a tool saves and reloads, the
// worker installs and serves the guide offline, and nothing is ever asked for outside /guide/.
// With the address set, every page has its canonical link and the sitemap is there.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { builtPages } from './support/pages';
import { hydrated, useBrowser } from './support/session';
import { serveDist } from './support/server';

const DIR = 'dist-sub';
const BASE = '/guide/';
const SITE = 'https://example.com';
const b = useBrowser();

let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  if (!existsSync(`${DIR}/index.html`))
    throw new Error(`No sub-path build in ${DIR}/. Run "npm run build:subpath" (npm test does).`);
  server = await serveDist(DIR, { base: BASE });
});
afterAll(() => server?.close());

const pages = builtPages(DIR);

/** A context on the sub-path server that records every request outside /guide/ and every CSP violation. */
async function open(options: { serviceWorkers?: 'allow' | 'block' } = {}) {
  const { page, context } = await b.page({ baseURL: server.url, ...options });
  const outside: string[] = [];
  const origin = new URL(server.url).origin;
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
  });
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  return { page, context, outside };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('under a sub-path', () => {
  test('every page loads, its links resolve under the base, and it has its canonical link', async () => {
    const { page, outside } = await open();
    const checked = new Map<string, number>();
    const problems: string[] = [];
    for (const path of pages) {
      const url = `${BASE}${path.slice(1)}`;
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(200);
      problems.push(...(await violations(page)).map((v) => `${url}: ${v}`));
      if (path !== '/404.html') {
        const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
        if (canonical !== new URL(url, SITE).href) problems.push(`${url}: canonical ${canonical}`);
      }
      const links = await page
        .locator('a[href], link[href], script[src], img[src], form[action]')
        .evaluateAll((els) =>
          els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? ''),
        );
      for (const link of links) {
        const to = new URL(link, page.url());
        if (to.origin !== new URL(server.url).origin) {
          if (!to.href.startsWith(SITE) && /^https?:/.test(to.protocol) && !link.startsWith('http'))
            problems.push(`${url}: ${link}`);
          continue;
        }
        if (!to.pathname.startsWith(BASE)) problems.push(`${url}: ${link} is outside ${BASE}`);
        const key = to.pathname;
        if (!checked.has(key)) checked.set(key, (await page.request.get(to.href.split('#')[0]!)).status());
        if (checked.get(key)! >= 400) problems.push(`${url}: ${link} answers ${checked.get(key)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    expect(checked.size).toBeGreaterThan(pages.length);
  });

  test('search finds lessons and links to them under the base', async () => {
    const { page, outside } = await open();
    await page.goto(`${BASE}search/?q=trust`);
    const first = page.locator('#search-results > li .result-title').first();
    await expect.poll(() => first.getAttribute('href')).toMatch(/^\/guide\/lessons\/[a-z-]+\/(#[a-z-]+)?$/);
    await first.click();
    await page.waitForURL(/\/guide\/lessons\//);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(outside).toEqual([]);
  });

  test('a tool saves and its data is there after a reload', async () => {
    const { page, outside } = await open();
    await page.goto(`${BASE}checklist/`);
    await hydrated(page, '.ck-board');
    const box = page.locator('.ck-board input[type=checkbox]').first();
    await box.check();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('managing-up:checklist'))).toBeTruthy();
    await page.reload();
    await hydrated(page, '.ck-board');
    await expect.poll(() => page.locator('.ck-board input[type=checkbox]').first().isChecked()).toBe(true);
    expect(outside).toEqual([]);
  });

  test('the worker installs with the base as its scope and serves the guide offline', async () => {
    const { page, context, outside } = await open({ serviceWorkers: 'allow' });
    await page.goto(BASE);
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready) && !!navigator.serviceWorker.controller);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${server.url}${BASE}`);
    // Lessons are precached; search works offline once used online.
    await page.goto(`${BASE}search/?q=trust`);
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
    await (context as BrowserContext).setOffline(true);
    const lesson = await page.goto(`${BASE}lessons/grow-together/`);
    expect(lesson?.status()).toBe(200);
    await page.goto(`${BASE}search/?q=trust`);
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  test('with the address set: sitemap, robots.txt line and absolute preview URLs', () => {
    const index = readFileSync(`${DIR}/sitemap-index.xml`, 'utf8');
    expect(index).toContain(`<loc>${SITE}${BASE}sitemap-0.xml</loc>`);
    const sitemap = readFileSync(`${DIR}/sitemap-0.xml`, 'utf8');
    for (const path of pages.filter((p) => p !== '/404.html'))
      expect(sitemap).toContain(`<loc>${SITE}${BASE}${path.slice(1)}</loc>`);
    expect(sitemap).not.toContain('404');
    expect(readFileSync(`${DIR}/robots.txt`, 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const lesson = readFileSync(`${DIR}/lessons/earn-trust/index.html`, 'utf8');
    expect(lesson).toContain(`<meta property="og:url" content="${SITE}${BASE}lessons/earn-trust/">`);
    expect(lesson).toContain(`<meta property="og:image" content="${SITE}${BASE}cards/lessons/earn-trust.png">`);
    expect(JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(lesson)![1]!)).toMatchObject({
      url: `${SITE}${BASE}lessons/earn-trust/`,
    });
  });
});
