// The reader's own data: export, clear, import it back; bad files change nothing.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hydrated, useBrowser } from './support/session';
import { downloadText } from './support/browser';

const b = useBrowser();

async function seed(page: Page) {
  await page.goto('/checklist/');
  await hydrated(page, '.ck-board');
  const boxes = page.locator('.ck-board input[type=checkbox]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.goto('/lessons/earn-trust/');
  await page.locator('.read-box').scrollIntoViewIfNeeded();
  await hydrated(page, '.read-box');
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await page.goto('/worksheet/');
  await hydrated(page, '.ws');
  await page.locator('textarea').first().fill('My worksheet answer');
  await expect.poll(() => page.locator('.ws-status').textContent()).toContain('All changes saved');
}

const snapshot = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('managing-up:'))
        .sort()
        .map((k) => [k, JSON.parse(localStorage.getItem(k)!).data]),
    ),
  );

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel('Choose an export file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('my data', () => {
  test('export, clear all, import: everything comes back', async () => {
    const { page } = await b.page({ acceptDownloads: true });
    await seed(page);
    const before = await snapshot(page);
    expect(Object.keys(before)).toEqual(['managing-up:checklist', 'managing-up:progress', 'managing-up:worksheet']);

    await page.goto('/my-data/');
    await hydrated(page, '.my-data');
    await expect.poll(() => page.locator('.md-table').first().textContent()).toContain('2 items ticked');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^managing-up-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await downloadText(download);
    const parsed = JSON.parse(file);
    expect(parsed).toMatchObject({ site: 'Managing Up', format: 'managing-up-export', version: 1 });
    expect(Object.keys(parsed.slots).sort()).toEqual(['checklist', 'progress', 'worksheet']);

    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Clear all my data' }).click();
    await expect.poll(() => page.locator('.md-message').textContent()).toContain('has been deleted');
    expect(await snapshot(page)).toEqual({});

    await chooseFile(page, 'backup.json', file);
    const preview = page.locator('.md-preview');
    await expect.poll(() => preview.textContent()).toContain('Replace your data with this file?');
    expect(await preview.textContent()).toContain('2 items ticked');
    // Nothing changes before the reader confirms.
    expect(await snapshot(page)).toEqual({});
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await expect.poll(() => page.locator('.md-message').textContent()).toContain('Import complete');
    expect(await snapshot(page)).toEqual(before);

    await page.goto('/worksheet/');
    await hydrated(page, '.ws');
    await expect.poll(() => page.locator('textarea').first().inputValue()).toBe('My worksheet answer');
  });

  test.each([
    ['not JSON', 'this is not json', 'not valid JSON'],
    ['another file', '{"hello":"world"}', 'not a Managing Up export'],
    [
      'a newer version',
      '{"site":"Managing Up","format":"managing-up-export","version":99,"exportedAt":"2030-01-01T00:00:00Z","slots":{}}',
      'newer version',
    ],
    [
      'damaged data',
      '{"site":"Managing Up","format":"managing-up-export","version":1,"exportedAt":"2026-01-01T00:00:00Z","slots":{"checklist":{"version":1,"data":{"items":{"x":{"done":"yes"}}}}}}',
      'damaged',
    ],
  ])('importing %s shows a clear message and changes nothing', async (_, text, message) => {
    const { page } = await b.page();
    await seed(page);
    const before = await snapshot(page);
    await page.goto('/my-data/');
    await hydrated(page, '.my-data');
    await chooseFile(page, 'bad.json', text);
    await expect.poll(() => page.locator('.md-error').textContent()).toContain(message);
    expect(await page.locator('.md-error').textContent()).toContain('Nothing was changed');
    expect(await page.locator('.md-preview').count()).toBe(0);
    expect(await snapshot(page)).toEqual(before);
  });

  test('data kept aside after corruption can be downloaded and deleted', async () => {
    const { page, context } = await b.page({ acceptDownloads: true });
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('managing-up:progress', 'not json at all');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('/my-data/');
    await hydrated(page, '.my-data');
    const aside = page.locator('.md-asides li');
    await expect.poll(() => aside.count()).toBe(1);
    expect(await aside.textContent()).toContain('reading progress');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      aside.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(await downloadText(download)).toBe('not json at all');
    page.once('dialog', (d) => d.accept());
    await aside.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.md-asides li').count()).toBe(0);
  });
});
