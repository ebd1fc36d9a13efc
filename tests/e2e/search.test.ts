// Searching from the header and the search page (including what worried readers type), and keyboard
// access to the skip link and the search box. Questions in readers' own words: search-questions.test.ts.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/session';

const b = useBrowser();
/** Loading the index and searching word by word can take a few seconds on a busy machine. */
const soon = { timeout: 15_000 };
const firstHref = (page: Page) => page.locator('#search-results > li .result-title').first().getAttribute('href');

describe('search', () => {
  test('"blindsided" finds the trust lesson\'s section, its heading linked to its anchor', async () => {
    const { page } = await b.page();
    await page.goto('/lessons/what-managing-up-is/');
    await page.getByRole('searchbox', { name: 'Search the lessons' }).fill('blindsided');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=blindsided/);
    const first = page.locator('#search-results > li').first();
    await expect
      .poll(() => first.locator('.result-title').getAttribute('href'), soon)
      .toBe('/lessons/earn-trust/#never-let-your-boss-be-blindsided');
    expect(await first.locator('.result-title').textContent()).toBe('Never let your boss be blindsided');
    expect(await first.locator('.result-lesson').textContent()).toBe('In Earn trust: no surprises, solutions, reliability');
    await expect.poll(() => page.locator('#search-status').textContent(), soon).toMatch(/match/);
  });

  test('"replacement" finds the step-into-their-shoes lesson', async () => {
    const { page } = await b.page();
    await page.goto('/search/?q=replacement');
    const titles = page.locator('#search-results .result-title');
    await expect
      .poll(async () =>
        (await titles.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).includes(
          '/lessons/step-into-their-shoes/#train-your-replacement',
        ),
      )
      .toBe(true);
  });

  test('typing on the search page updates the results, and a miss offers lessons to start with', async () => {
    const { page } = await b.page();
    await page.goto('/search/');
    await page.getByLabel('Words to find').fill('zzqqxx');
    await expect
      .poll(() => page.locator('#search-status').textContent(), soon)
      .toContain('Nothing in the guide answers “zzqqxx”');
    const offered = page.locator('#search-results > li .result-title');
    await expect.poll(() => offered.count(), soon).toBeGreaterThan(0);
    expect(await offered.first().getAttribute('href')).toMatch(/^\/lessons\/[a-z-]+\/$/);
    await page.getByLabel('Words to find').fill('feedback');
    await expect.poll(() => page.locator('#search-status').textContent(), soon).toMatch(/match/);
    expect(page.url()).toContain('q=feedback');
  });

  test.each([
    ['salry', '/lessons/pay-and-promotion/'],
    ['harrasment', '/lessons/when-its-hard/'],
  ])('a misspelt "%s" that matches nothing offers %s first', async (q, href) => {
    const { page } = await b.page();
    await page.goto(`/search/?q=${q}`);
    await expect.poll(() => page.locator('#search-status').textContent(), soon).toContain('Nothing in the guide answers');
    expect(await firstHref(page)).toBe(href);
  });

  test('a word no lesson uses means nothing answers, and the status names it instead of showing every "boss"', async () => {
    const { page } = await b.page();
    await page.goto('/search/?q=boss%20zzqqxx');
    await expect
      .poll(() => page.locator('#search-status').textContent(), soon)
      .toBe('Nothing in the guide answers “boss zzqqxx”: no lesson mentions “zzqqxx”. These lessons come closest:');
    expect(await page.locator('#search-results > li').count()).toBe(3);
    expect(await page.locator('#search-results .result-lesson').count()).toBe(0);
  });

  test.each([
    ['toxic boss', '/lessons/when-its-hard/'],
    ['angry boss', '/lessons/when-its-hard/'],
    ['bad boss', '/lessons/when-its-hard/'],
    ['salary', '/lessons/pay-and-promotion/'],
    ['pay rise', '/lessons/pay-and-promotion/'],
    ['PIP', '/lessons/pay-and-promotion/'],
    ['laid off', '/lessons/pay-and-promotion/'],
  ])('worried readers: "%s" finds a section of %s first, with excerpts that are not the hidden search terms', async (q, href) => {
    const { page } = await b.page();
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect.poll(async () => (await firstHref(page))?.startsWith(href), soon).toBe(true);
    expect(await page.locator('#search-status').textContent()).toMatch(/match/);
    const excerpts = await page.locator('#search-results > li > p:not(.result-lesson)').allTextContents();
    expect(excerpts.join(' ')).not.toMatch(/bad boss,|difficult boss,|bullying,|pay rise, pay,/);
  });

  test('"harassment" finds where to report it: the signpost in the skip-level lesson, then the section it points to', async () => {
    const { page } = await b.page();
    await page.goto('/search/?q=harassment');
    const titles = page.locator('#search-results > li .result-title');
    await expect
      .poll(() => titles.evaluateAll((as) => as.slice(0, 2).map((a) => a.getAttribute('href'))), soon)
      .toEqual([
        '/lessons/boss-of-your-boss/#the-exception-misconduct-harassment-and-safety',
        '/lessons/when-its-hard/#when-to-go-over-or-around-your-boss',
      ]);
  });

  test.each(['salary', 'burnout', 'pay rise', 'fired'])('worried readers: "%s" finds a lesson', async (q) => {
    const { page } = await b.page();
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect.poll(() => firstHref(page), soon).toMatch(/^\/lessons\/[a-z-]+\/(#[a-z0-9-]+)?$/);
    expect(await page.locator('#search-status').textContent()).toMatch(/match/);
  });

  test('section excerpts do not repeat their heading', async () => {
    const { page } = await b.page();
    await page.goto('/search/?q=relationship');
    const results = page.locator('#search-results > li');
    await expect.poll(() => results.count(), soon).toBeGreaterThan(1);
    for (const li of await results.all()) {
      const heading = (await li.locator('.result-title').textContent())!.trim();
      const excerpt = (await li.locator('p:not(.result-lesson)').allTextContents()).join('');
      expect(excerpt.replace(/^…/, '').trim().toLowerCase().startsWith(heading.toLowerCase())).toBe(false);
    }
  });

  test.each(['how to ask for a raise', 'how do I file taxes'])(
    'results for "%s" pass axe in light and dark, and fit 320 px',
    async (q) => {
      const { page } = await b.page();
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(`/search/?q=${encodeURIComponent(q)}`);
      await expect.poll(() => page.locator('#search-status').textContent(), soon).toContain(`“${q}”`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, 'colour')).toEqual([]);
    },
  );

  test('search terms are in the lesson for the index, but hidden from readers and screen readers', async () => {
    const { page } = await b.page();
    await page.goto('/lessons/when-its-hard/');
    const terms = page.locator('[data-pagefind-weight]');
    expect(await terms.count()).toBe(1);
    expect(await terms.textContent()).toContain('toxic boss');
    expect(await terms.isVisible()).toBe(false);
    // "toxic" is only in the search terms, so finding the lesson for "toxic boss" proves the terms are indexed.
    expect((await page.locator('main').innerText()).toLowerCase()).not.toContain('toxic');
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).not.toContain('toxic');
    expect(await page.locator('.takeaway').isVisible()).toBe(true);
  });

  test('a search runs Pagefind on the page: its worker script is never fetched', async () => {
    const { page } = await b.page();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto('/search/?q=trust');
    await expect.poll(() => firstHref(page), soon).toMatch(/^\/lessons\//);
    expect(loaded.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(loaded.filter((u) => u.includes('pagefind-worker'))).toEqual([]);
  });

  test('a question fetches the text of only the few lessons it reads first; "More results" fetches the rest', async () => {
    const { page } = await b.page();
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
    });
    // "boss" is in every lesson.
    await page.goto('/search/?q=boss');
    await expect.poll(() => page.locator('#search-status').textContent(), soon).toMatch(/match/);
    const first = await page.locator('#search-results > li').count();
    expect(fragments.length).toBe(4);
    const more = page.getByRole('button', { name: 'More results' });
    expect(await more.isVisible()).toBe(true);
    await more.click();
    await expect.poll(() => page.locator('#search-results > li').count(), soon).toBeGreaterThan(first);
    expect(new Set(fragments).size).toBe(fragments.length);
    expect(fragments.length).toBeGreaterThan(4);
    expect(await more.isHidden()).toBe(true);
    // Focus lands on the first result the reader had not seen, not on the page's top.
    expect(
      await page.evaluate((n) => document.activeElement === document.querySelectorAll('#search-results > li a')[n], first),
    ).toBe(true);
    // A new question starts again from the few best lessons.
    fragments.length = 0;
    await page.getByLabel('Words to find').fill('salary');
    await expect.poll(() => page.locator('#search-status').textContent(), soon).toContain('“salary”');
    expect(fragments).toEqual([]);
  });

  test('search code loads only on the search page', async () => {
    const { page } = await b.page();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
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
    for (let i = 0; i < 10 && !reachedSearch; i++) {
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
