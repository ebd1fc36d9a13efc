// Every internal link and anchor on every built page must lead somewhere real.
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { builtPages } from './support/pages';
import { useBrowser } from './support/session';

const b = useBrowser();

/** dist/ file for a site path, or null. */
function fileFor(pathname: string): string | null {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [`dist${clean}index.html`] : [`dist${clean}`, `dist${clean}/index.html`];
  return candidates.find((c) => existsSync(c)) ?? null;
}

describe('every page', () => {
  test.each(builtPages())('%s: every internal link and anchor resolves', async (path) => {
    const { page, context } = await b.page();
    await page.goto(path);
    // The sources page credits articles with links to them, marked rel="external"; any other external link is a mistake.
    const hrefs = await page.$$eval('a[href]:not([rel~="external"])', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    if (path !== '/sources/') expect(await page.locator('a[rel~="external"]').count()).toBe(0);
    const origin = new URL(page.url()).origin;
    // Anchors may point at content an island renders, so ids come from the live DOM, once per page.
    const idsOn = new Map<string, Set<string>>();
    const ids = async (pathname: string) => {
      if (!idsOn.has(pathname)) {
        const target = pathname === new URL(page.url()).pathname ? page : await context.newPage();
        if (target !== page) await target.goto(pathname);
        idsOn.set(pathname, new Set(await target.$$eval('[id]', (els) => els.map((e) => e.id))));
        if (target !== page) await target.close();
      }
      return idsOn.get(pathname)!;
    };
    const broken: string[] = [];
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.origin !== origin) broken.push(`${href} (external link)`);
      else if (!fileFor(url.pathname)) broken.push(`${href} (no such page)`);
      else if (url.hash && !(await ids(url.pathname)).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${href} (no ${url.hash})`);
    }
    expect(broken).toEqual([]);
  });
});
