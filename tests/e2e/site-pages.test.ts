// The site has all its pages, and an unknown address gets the 404 page. (That every page fits a
// 320 px screen is layout.test.ts's, for a new reader and one with long saved data.)
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
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
    // One page per lesson file, however many lessons there are.
    const lessonFiles = readdirSync('src/content/lessons').filter((f) => f.endsWith('.mdx'));
    expect(pages.filter((p) => p.startsWith('/lessons/')).sort()).toEqual(
      lessonFiles.map((f) => `/lessons/${f.replace(/\.mdx$/, '')}/`).sort(),
    );
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
