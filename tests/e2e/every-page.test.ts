// Visits every built page as a reader would, once, and checks what every page owes a reader: it
// loads cleanly, under its Content-Security-Policy, and stays on this host; every internal link and
// anchor leads somewhere real; nothing scrolls sideways at 320 px, for a new reader and for one with
// long saved notes and names; a lesson's text starts on the first screen of a phone and a laptop;
// and it passes axe in light and dark mode, on a phone and on a laptop. One load per page (and one
// reload with saved data), the width and colour scheme switched in place: no script on the site
// reads the window's size (only CSS does), so widening the page shows what a laptop loads. This
// file owns the site's axe runs on whole pages; other files test what is particular to a page.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { builtPages } from './support/pages';
import { useBrowser } from './support/session';
import { settle } from './support/settle';
import { OFFICIAL_SITES } from '../support/official-sites';

const b = useBrowser();

/** A returning reader who writes long: long notes and names, long answers, a 60-letter word. */
const longReader = () => {
  const word = 'Supercalifragilisticexpialidociousnessandmoreandmoreandmorex'; // 60 letters
  const long = `Told Priya about the vendor delay before standup, then again after lunch because she asked twice ${word}`;
  const env = (version: number, data: unknown) => JSON.stringify({ version, savedAt: new Date().toISOString(), data });
  const now = new Date().toISOString();
  const items: Record<string, { done: boolean; date: string; note: string }> = {};
  for (const id of ['boss-career-story-known', 'recurring-one-on-one-booked', 'risk-flagged-before-anyone-else'])
    items[id] = { done: id !== 'recurring-one-on-one-booked', date: '2026-11-20', note: long };
  localStorage.setItem('managing-up:checklist', env(1, { items }));
  localStorage.setItem('managing-up:progress', env(1, { read: { 'what-managing-up-is': now } }));
  localStorage.setItem(
    'managing-up:worksheet',
    env(2, {
      activeId: 'ws-long',
      sheets: [
        {
          id: 'ws-long',
          name: `My manager at the regional distribution centre ${word}`,
          createdAt: now,
          updatedAt: now,
          answers: { week: `${long} ${long}`, 'surprising-decisions': word },
        },
        { id: 'ws-2', name: word, createdAt: now, updatedAt: now, answers: {} },
      ],
    }),
  );
};

/** Widths wider than the window, once every shown island has rendered; empty when nothing overflows. */
async function sideways(page: Page, who: string): Promise<string[]> {
  await settle(page);
  const w = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  return w.doc > w.view || w.body > w.view ? [`for ${who} the page is ${Math.max(w.doc, w.body)} px wide at ${w.view} px`] : [];
}

/** dist/ file for a site path, or null. */
function fileFor(pathname: string): string | null {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [`dist${clean}index.html`] : [`dist${clean}`, `dist${clean}/index.html`];
  return candidates.find((c) => existsSync(c)) ?? null;
}

// A page's ids as built; an anchor not among them may point at content an island renders, so then
// the page is opened and its live DOM read (once per page for the whole file).
const built = new Map<string, Set<string>>();
const builtIds = (file: string) => {
  if (!built.has(file))
    built.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeHTML(m[1]!))));
  return built.get(file)!;
};
const decodeHTML = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const liveIds = new Map<string, Set<string>>();

/** Internal links on the page that lead nowhere, and any external link but the credited sources and the official help sites. */
async function brokenLinks(page: Page, path: string): Promise<string[]> {
  const broken: string[] = [];
  // The sources page credits articles with links to them, marked rel="external". Elsewhere the only
  // external links are to the official bodies the hard-case lesson names for outside help.
  if (path !== '/sources/') {
    const external = await page.$$eval('a[rel~="external"]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of external)
      if (!(OFFICIAL_SITES as readonly string[]).includes(href)) broken.push(`${href} (an external link)`);
  }
  const hrefs = await page.$$eval('a[href]:not([rel~="external"])', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  const live = async (pathname: string) => {
    if (!liveIds.has(pathname)) {
      const target = pathname === new URL(page.url()).pathname ? page : await page.context().newPage();
      if (target !== page) await target.goto(pathname);
      await settle(target);
      liveIds.set(pathname, new Set(await target.$$eval('[id]', (els) => els.map((e) => e.id))));
      if (target !== page) await target.close();
    }
    return liveIds.get(pathname)!;
  };
  for (const href of new Set(hrefs)) {
    const url = new URL(href);
    const file = fileFor(url.pathname);
    const id = decodeURIComponent(url.hash.slice(1));
    if (url.origin !== origin) broken.push(`${href} (external link)`);
    else if (!file) broken.push(`${href} (no such page)`);
    else if (id && !builtIds(file).has(id) && !(await live(url.pathname)).has(id)) broken.push(`${href} (no ${url.hash})`);
  }
  return broken;
}

describe('every page', () => {
  test.each(builtPages())(
    '%s: loads cleanly under its CSP, its links resolve, fits 320 px (new reader, long saved data), passes axe light and dark at 390 and 1280 px',
    async (path) => {
      const { page, watch } = await b.page({ viewport: { width: 320, height: 700 } });
      await page.addInitScript(() => {
        const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
        );
      });
      const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.title()).toMatch(/Managing Up/);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
      expect(await page.locator('h1').count()).toBe(1);
      expect(await brokenLinks(page, path), 'links').toEqual([]);

      const problems = await sideways(page, 'a new reader');
      for (const viewport of [
        { width: 390, height: 844 },
        { width: 1280, height: 800 },
      ]) {
        await page.setViewportSize(viewport);
        await settle(page);
        if (path.startsWith('/lessons/')) {
          // The lesson's text starts on the first screen: its first line, at least, without scrolling.
          const box = await page.locator('.lesson-body > p').first().boundingBox();
          if (!box || box.y + 28 > viewport.height)
            problems.push(`at ${viewport.width}x${viewport.height} the first paragraph starts at ${box?.y ?? 'nowhere'}`);
        }
        problems.push(...(await axeViolations(page)).map((v) => `light at ${viewport.width} px: ${v}`));
        // The dark scheme changes only colours (tokens.css swaps colour properties, nothing else),
        // so only the rules about colour can answer differently there.
        await page.emulateMedia({ colorScheme: 'dark' });
        problems.push(...(await axeViolations(page, 'colour')).map((v) => `dark at ${viewport.width} px: ${v}`));
        await page.emulateMedia({ colorScheme: 'light' });
      }

      problems.push(...(await violations()).map((v) => `content security policy: ${v}`));
      // The same page, reloaded once the reader has written long notes, names and answers.
      await page.setViewportSize({ width: 320, height: 700 });
      await page.evaluate(longReader);
      await page.reload();
      problems.push(...(await sideways(page, 'a reader with long saved data')));
      problems.push(...(await violations()).map((v) => `content security policy, with saved data: ${v}`));
      expect(problems).toEqual([]);
      expect(watch.failedRequests).toEqual([]);
    },
  );
});
