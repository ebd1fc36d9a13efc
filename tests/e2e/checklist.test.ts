// The readiness checklist and reading progress as a reader uses them: ticks that persist and sync
// between tabs, dates and notes, lesson groups, corrupt saved data, and "mark as read".
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { hydrated, useBrowser } from './support/session';

const b = useBrowser();
const groups = readdirSync('src/content/checklist').map(
  (f) => parse(readFileSync(`src/content/checklist/${f}`, 'utf8')) as { lesson: string; items: { id: string; text: string }[] },
);
const total = groups.reduce((n, g) => n + g.items.length, 0);
const trust = groups.find((g) => g.lesson === 'earn-trust')!;

describe('readiness checklist', () => {
  test('has 25-35 items, all in the page without JavaScript, each linking to its lesson section', async () => {
    expect(total).toBeGreaterThanOrEqual(25);
    expect(total).toBeLessThanOrEqual(35);
    const { page } = await b.page({ javaScriptEnabled: false });
    await page.goto('/checklist/');
    expect(await page.locator('.ck-item').count()).toBe(total);
    const hrefs = await page.locator('.ck-meta a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.every((h) => /^\/lessons\/[a-z-]+\/#[a-z0-9-]+$/.test(h ?? ''))).toBe(true);
  });

  test('ticks save at once and are there after a reload; progress says so in words', async () => {
    const { page } = await b.page();
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    await page.getByLabel(trust.items[0]!.text).check();
    await page.getByLabel(trust.items[1]!.text).check();
    await expect
      .poll(() => page.locator('.ck-summary .meter-text').textContent())
      .toBe(`Overall: 2 of ${total} done (${Math.round((2 / total) * 100)}%)`);
    await page.reload();
    await hydrated(page, '.ck-board');
    await expect.poll(() => page.getByLabel(trust.items[0]!.text).isChecked()).toBe(true);
    expect(await page.getByLabel(trust.items[1]!.text).isChecked()).toBe(true);
    const section = page.locator('.ck-section', { has: page.locator('#group-earn-trust') });
    expect(await section.locator('.meter-text').textContent()).toContain(`2 of ${trust.items.length} done`);
    // "What to do next" names the first unticked items, not the ticked ones.
    const next = await page.locator('.ck-next a').allTextContents();
    expect(next).toHaveLength(3);
    expect(next).not.toContain(trust.items[0]!.text);
  });

  test('a tick in one tab shows in another open tab without a reload', async () => {
    const { page, context } = await b.page();
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    const other = await context.newPage();
    await other.goto('/lessons/earn-trust/');
    await other.locator('.ck-group').scrollIntoViewIfNeeded();
    await hydrated(other, '.ck-group');
    await page.getByLabel(trust.items[2]!.text).check();
    await expect.poll(() => other.locator('.ck-group').getByLabel(trust.items[2]!.text).isChecked()).toBe(true);
    await other.locator('.ck-group').getByLabel(trust.items[2]!.text).uncheck();
    await expect.poll(() => page.getByLabel(trust.items[2]!.text).isChecked()).toBe(false);
  });

  test('a date and a note are saved with an item and shown with it', async () => {
    const { page } = await b.page();
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    const item = page.locator('.ck-item', { hasText: trust.items[0]!.text });
    await item.locator('summary').click();
    await item.getByLabel('Date done').fill('2026-03-12');
    await item.getByLabel('Note').fill('told Sam about the vendor delay');
    // Shown in place of the "Add a date and note" label, and in full on paper.
    await expect
      .poll(() => item.locator('.ck-details summary').textContent())
      .toContain('Done on 12 March 2026: told Sam about the vendor delay');
    expect(await item.locator('.ck-record').textContent()).toBe('Done on 12 March 2026: told Sam about the vendor delay');
    await page.reload();
    await hydrated(page, '.ck-board');
    await expect
      .poll(() => page.locator('.ck-item', { hasText: trust.items[0]!.text }).locator('.ck-details summary').textContent())
      .toContain('told Sam');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ck-item', { hasText: trust.items[0]!.text }).locator('.ck-record').isVisible()).toBe(true);
  });

  test('corrupt saved data: no crash, items shown, a notice, and the bad copy kept aside', async () => {
    const { page, context } = await b.page();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('managing-up:checklist', '{"version":1,"data":{"items":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    expect(await page.locator('.ck-item').count()).toBe(total);
    await expect.poll(() => page.locator('.storage-notice').textContent()).toContain('could not be read');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('managing-up:checklist:aside:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"version":1,"data":{"items":']);
    // The page still works and saves.
    await page.getByLabel(trust.items[0]!.text).check();
    await page.reload();
    await hydrated(page, '.ck-board');
    await expect.poll(() => page.getByLabel(trust.items[0]!.text).isChecked()).toBe(true);
  });

  test('storage that is disabled: the page works and says progress will not be kept', async () => {
    const { page, context } = await b.page();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    await expect.poll(() => page.locator('.storage-notice').textContent()).toContain('will not be kept');
    await page.getByLabel(trust.items[0]!.text).check();
    await expect.poll(() => page.locator('.ck-summary .meter-text').textContent()).toContain('1 of');
  });

  test('prints with the ticks shown and no site chrome, on at most two pages', async () => {
    const { page } = await b.page();
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    await page.getByLabel(trust.items[0]!.text).check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.ck-meta').first().isVisible()).toBe(false);
    expect(await page.getByLabel(trust.items[0]!.text).isChecked()).toBe(true);
    const { pdfPageCount } = await import('./support/pdf');
    const n = pdfPageCount(await page.pdf({ format: 'A4' }));
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(2);
  });
});

describe('reading progress', () => {
  test('"mark as read" shows in the lesson list and on the home page, with a link to the next unread lesson', async () => {
    const { page } = await b.page();
    await page.goto('/lessons/what-managing-up-is/');
    await page.locator('.read-box').scrollIntoViewIfNeeded();
    await hydrated(page, '.read-box');
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(() => page.locator('.read-status').textContent()).toContain('You have read this lesson');
    await expect.poll(() => page.locator('.lesson-nav li', { hasText: 'What managing up is' }).textContent()).toContain('Read');
    await page.goto('/');
    await hydrated(page, '.home-progress');
    await expect.poll(() => page.locator('.home-progress .meter-text').textContent()).toContain('1 of 8');
    const cont = page.locator('.continue a');
    expect(await cont.getAttribute('href')).toBe('/lessons/know-your-boss/');
    expect(await cont.textContent()).toContain('Continue with lesson 2');
  });

  test('a lesson counts as read when the reader stays at its end; unmarking is respected', async () => {
    const { page } = await b.page();
    await page.goto('/lessons/know-your-boss/');
    await page.locator('.read-box').scrollIntoViewIfNeeded();
    await hydrated(page, '.read-box');
    await expect.poll(() => page.locator('.read-status').textContent(), { timeout: 5000 }).toContain('since you reached the end');
    await page.getByRole('button', { name: 'Mark as unread' }).click();
    await page.waitForTimeout(2000);
    expect(await page.locator('.read-status').textContent()).toContain('not marked this lesson as read');
  });
});
