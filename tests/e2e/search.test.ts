// Searching from the header, and keyboard access to the skip link and the search box.
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/session';

const b = useBrowser();

describe('search', () => {
  test('"blindsided" finds the trust lesson, with a sub-result for its heading', async () => {
    const { page } = await b.page();
    await page.goto('/lessons/what-managing-up-is/');
    await page.getByRole('searchbox', { name: 'Search the lessons' }).fill('blindsided');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=blindsided/);
    const first = page.locator('#search-results > li').first();
    await expect.poll(() => first.locator('.result-title').getAttribute('href')).toBe('/lessons/earn-trust/');
    const subs = first.locator('.subs a');
    expect(await subs.count()).toBeGreaterThan(0);
    expect(await subs.first().getAttribute('href')).toMatch(/^\/lessons\/earn-trust\/#/);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/match/);
  });

  test('"replacement" finds the step-into-their-shoes lesson', async () => {
    const { page } = await b.page();
    await page.goto('/search/?q=replacement');
    const titles = page.locator('#search-results .result-title');
    await expect
      .poll(async () =>
        (await titles.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).includes('/lessons/step-into-their-shoes/'),
      )
      .toBe(true);
  });

  test('typing on the search page updates the results, and a miss says so', async () => {
    const { page } = await b.page();
    await page.goto('/search/');
    await page.getByLabel('Words to find').fill('zzqqxx');
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('No lessons mention');
    await page.getByLabel('Words to find').fill('feedback');
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('q=feedback');
  });

  test('search code loads only on the search page', async () => {
    const { page, context } = await b.page();
    const loaded: string[] = [];
    context.on('request', (r) => loaded.push(r.url()));
    await page.goto('/lessons/earn-trust/', { waitUntil: 'networkidle' });
    expect(loaded.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  });
});

describe('keyboard', () => {
  test('Tab reaches the skip link first, then the search box; the skip link moves focus to the content', async () => {
    const { page } = await b.page();
    await page.goto('/lessons/earn-trust/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(first).toEqual({ text: 'Skip to content', href: '#main' });
    let reachedSearch = false;
    for (let i = 0; i < 4 && !reachedSearch; i++) {
      await page.keyboard.press('Tab');
      reachedSearch = await page.evaluate(() => document.activeElement?.id === 'site-search');
    }
    expect(reachedSearch).toBe(true);
    await page.focus('.skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  test('focus is visible on links and buttons', async () => {
    const { page } = await b.page();
    await page.goto('/');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
