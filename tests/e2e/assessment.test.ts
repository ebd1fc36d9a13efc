// A reader takes the self-assessment: gaps are pointed out, results show a band, a chart and
// what to read next, survive a reload, and a retake shows the change since last time.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { hydrated, useBrowser } from './support/session';
import { pdfPageCount } from './support/pdf';

const b = useBrowser();
const data = parse(readFileSync('src/data/assessment.yaml', 'utf8')) as {
  dimensions: { id: string; title: string; lesson: string }[];
  statements: { id: string; text: string; reverse?: boolean }[];
  bands: { title: string }[];
};

/** Rates every statement; `rating` gets the statement and returns 1-5. */
async function rateAll(page: Page, rating: (s: (typeof data.statements)[number]) => number, skip: string[] = []) {
  for (const s of data.statements) {
    if (skip.includes(s.id)) continue;
    await page.locator(`#st-${s.id} input[value="${rating(s)}"]`).check();
  }
}

const best = (s: { reverse?: boolean }) => (s.reverse ? 1 : 5);
const worst = (s: { reverse?: boolean }) => (s.reverse ? 5 : 1);

describe('self-assessment', () => {
  test('every statement is in the page without JavaScript, as a fieldset with a legend', async () => {
    const { page } = await b.page({ javaScriptEnabled: false });
    await page.goto('/assessment/');
    expect(await page.locator('fieldset.as-statement').count()).toBe(data.statements.length);
    expect(await page.locator('fieldset.as-statement legend').first().textContent()).toBe(data.statements[0]!.text);
  });

  test('unanswered statements are pointed out, never scored', async () => {
    const { page } = await b.page();
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    const skipped = [data.statements[3]!.id, data.statements[10]!.id];
    await rateAll(page, () => 3, skipped);
    await page.getByRole('button', { name: 'See my results' }).click();
    const alert = page.locator('.as-missing');
    await expect.poll(() => alert.textContent()).toContain('2 statements are not answered yet');
    expect(await alert.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      skipped.map((id) => `#st-${id}`),
    );
    expect(await page.locator('.as-results').count()).toBe(0);
    expect(await page.locator('fieldset.missing').count()).toBe(2);
  });

  test('answers are saved as the reader goes: leave halfway, come back, continue', async () => {
    const { page } = await b.page();
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    const half = data.statements.slice(0, 10);
    for (const s of half) await page.locator(`#st-${s.id} input[value="4"]`).check();
    await page.reload();
    await hydrated(page, '.assessment');
    await expect.poll(() => page.locator('.as-progress').textContent()).toContain(`10 of ${data.statements.length} answered`);
    expect(await page.locator(`#st-${half[9]!.id} input[value="4"]`).isChecked()).toBe(true);
  });

  test('results: band, per-dimension chart with text values, what to read next; the same after reload; a retake shows the change', async () => {
    const { page } = await b.page();
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    await rateAll(page, worst);
    await page.getByRole('button', { name: 'See my results' }).click();
    const heading = page.locator('#as-result-title');
    await expect.poll(() => heading.textContent()).toContain('Your result: 0 out of 100');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('as-result-title');
    expect(await page.locator('.as-band-title').textContent()).toBe(data.bands[0]!.title);
    const chart = page.locator('svg.chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toContain(`${data.dimensions[0]!.title}: 0 of 100`);
    expect(await chart.locator('text.chart-label').count()).toBe(data.dimensions.length);
    expect(await chart.locator('text.chart-value').first().textContent()).toMatch(/^0/);
    const focus = page.locator('.as-focus > li');
    expect(await focus.count()).toBe(2);
    expect(await focus.first().locator(`a[href="/lessons/${data.dimensions[0]!.lesson}/"]`).count()).toBe(1);
    expect(await focus.first().locator('ul li').count()).toBe(2);

    await page.reload();
    await hydrated(page, '.assessment');
    await expect.poll(() => page.locator('#as-result-title').textContent()).toContain('Your result: 0 out of 100');

    await page.getByRole('button', { name: 'Retake the assessment' }).click();
    await rateAll(page, best);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect.poll(() => page.locator('#as-result-title').textContent()).toContain('Your result: 100 out of 100');
    expect(await page.locator('.as-band-title').textContent()).toBe(data.bands.at(-1)!.title);
    const rows = page.locator('.as-compare tbody tr');
    expect(await rows.count()).toBe(data.dimensions.length + 1);
    expect(await rows.first().textContent()).toContain('+100');
    expect(await page.locator('.chart-prev-label').first().textContent()).toBe('was 0');
  });

  test('results print on one page', async () => {
    const { page } = await b.page();
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    await rateAll(page, (s) => (s.reverse ? 2 : 4));
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.locator('.as-results').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Retake the assessment' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(pdf)).toBe(1);
  });
});
