// The Content-Security-Policy holds with the site in real use: every feature used (quiz checked,
// assessment scored, worksheet typed, checklist ticked, import previewed, search run) raises no
// securitypolicyviolation (every page loading cleanly under it is every-page.test.ts's); and every
// response carries the same policy in its header as in its meta tag (plus frame-ancestors, which
// only a header can carry).
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, downloadText } from './support/browser';
import { builtPages } from './support/pages';
import { hydrated, useBrowser } from './support/session';
import { settle } from './support/settle';

const b = useBrowser();
const pages = builtPages();

/** What a reader does on each page that has something to do. */
const use: Record<string, (page: Page) => Promise<void>> = {
  '/assessment/': async (page) => {
    await hydrated(page, 'fieldset');
    for (const set of await page.locator('fieldset').all()) await set.getByRole('radio').last().check();
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.getByRole('heading', { name: /Your result/ }).waitFor();
  },
  '/checklist/': async (page) => {
    await hydrated(page, 'input[type=checkbox]');
    await page.locator('input[type=checkbox]').first().check();
    await expect.poll(() => page.locator('.meter-text').first().textContent()).toMatch(/[1-9]\d* of/);
    // The bar is drawn from script (no style attribute in the HTML), and the policy lets it.
    await expect
      .poll(() =>
        page
          .locator('.meter-fill')
          .first()
          .evaluate((e) => e.getBoundingClientRect().width),
      )
      .toBeGreaterThan(0);
  },
  '/my-data/': async (page) => {
    await hydrated(page, 'button');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export/ }).click()]);
    const file = Buffer.from(await downloadText(download));
    await page
      .getByLabel('Choose an export file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
    await page
      .getByText(/Replace your data/)
      .first()
      .waitFor();
  },
  '/search/': async (page) => {
    await page.goto('/search/?q=trust');
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
  },
  '/worksheet/': async (page) => {
    await hydrated(page, 'textarea');
    await page.locator('textarea').first().fill('Typed under the policy');
  },
};

async function checkQuiz(page: Page) {
  await page.locator('[data-island=knowledge-check]').scrollIntoViewIfNeeded();
  await hydrated(page, '.kc');
  const question = page.locator('.kc fieldset').first();
  await question.getByRole('radio').first().check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect.poll(() => question.locator('.verdict').textContent()).toBeTruthy();
}

describe('Content-Security-Policy', () => {
  test('every feature used raises no violation', async () => {
    // One reader going through the site in order, so /my-data/ has the checklist tick to export.
    // Every page loads with its islands shown under the policy in every-page.test.ts; here each
    // page where a reader does something is used, and one lesson's knowledge check (the same
    // on-demand code on every lesson) is answered.
    const { page } = await b.page();
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
    const violations: string[] = [];
    for (const path of pages.filter((p) => p in use || p === '/lessons/earn-trust/')) {
      await page.goto(path);
      // Every shown island hydrated, so all their code has run before the features are used.
      await settle(page);
      if (path.startsWith('/lessons/')) await checkQuiz(page);
      await use[path]?.(page);
      // Whatever using the page asked for has arrived (or been refused) before violations are read.
      await page.waitForLoadState('networkidle');
      violations.push(
        ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).map((v) => `${path}: ${v}`),
      );
    }
    expect(violations).toEqual([]);
  });

  test("every page's header policy is its meta policy plus frame-ancestors 'none'", async () => {
    for (const path of pages) {
      const res = await fetch(new URL(path, baseURL()));
      const html = await res.text();
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
      expect(meta, path).toBeTruthy();
      expect(res.headers.get('content-security-policy'), path).toBe(`${meta}; frame-ancestors 'none'`);
      expect(meta).not.toContain("'unsafe-inline'");
      expect(meta).toContain("object-src 'none'");
    }
  });
});
