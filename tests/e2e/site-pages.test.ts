// The site has all its pages, and an unknown address gets the 404 page. (That every page fits a
// 320 px screen is layout.test.ts's, for a new reader and one with long saved data.)
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { builtPages } from './support/pages';
import { useBrowser } from './support/session';

const b = useBrowser();
const pages = builtPages();

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
    ])
      expect(pages).toContain(p);
    // One page per lesson file, however many lessons there are (issue 23 adds two).
    const slugs = readdirSync('src/content/lessons').map((f) => f.replace(/\.mdx$/, ''));
    expect(pages.filter((p) => p.startsWith('/lessons/')).sort()).toEqual(slugs.map((s) => `/lessons/${s}/`).sort());
  });

  test('no word runs into a link or emphasis (a line break in the source before a tag is dropped, not made a space)', () => {
    for (const p of pages) {
      const html = readFileSync(`dist${p.endsWith('/') ? `${p}index.html` : p}`, 'utf8').replace(
        /<(script|style)\b.*?<\/\1>/gs,
        '',
      );
      expect(html.match(/[a-z,]<(a|strong|em)[ >][^<]{0,30}|<\/(a|strong|em)>[A-Za-z][^<]{0,20}/g) ?? [], p).toEqual([]);
    }
  });

  test('an unknown address gets the 404 page', async () => {
    const { page, watch } = await b.page();
    const response = await page.goto('/this-page-does-not-exist/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('could not find');
    // The browser logs the 404 itself; that one line is expected, anything else is not.
    expect(watch.consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
    watch.consoleErrors.length = 0;
  });
});
