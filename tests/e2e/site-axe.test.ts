// Visits every built page as a reader would: it must load cleanly, stay on this host and pass axe
// in light and dark mode (one load per page, the colour scheme switched in place).
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { builtPages } from './support/pages';
import { useBrowser } from './support/session';

const b = useBrowser();

describe('every page', () => {
  test.each(builtPages())('%s loads cleanly and passes axe in light and dark mode', async (path) => {
    const { page, watch } = await b.page();
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toMatch(/Managing Up/);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('h1').count()).toBe(1);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    expect(watch.failedRequests).toEqual([]);
  });
});
