// The site has all its pages, each fits a 320 px screen, and an unknown address gets the 404 page.
import { describe, expect, test } from 'vitest';
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
    expect(pages.filter((p) => p.startsWith('/lessons/'))).toHaveLength(8);
  });

  test.each(pages)('%s fits a 320 px wide screen without sideways scrolling', async (path) => {
    const { page } = await b.page({ viewport: { width: 320, height: 640 } });
    await page.goto(path, { waitUntil: 'networkidle' });
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
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
