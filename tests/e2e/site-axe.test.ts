// Visits every built page as a reader would: it must load cleanly, stay on this host and pass axe
// in light and dark mode, on a phone and on a laptop. This file is the one owner of the site's axe
// runs on whole pages (others test what is particular to them): one load per page, every shown
// island hydrated, the width and the colour scheme switched in place.
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { builtPages } from './support/pages';
import { useBrowser } from './support/session';
import { settle } from './support/settle';

const b = useBrowser();

describe('every page', () => {
  test.each(builtPages())('%s loads cleanly and passes axe in light and dark mode at 390 and 1280 px', async (path) => {
    // One load per page, on a phone first. No script on the site reads the window's size (only CSS
    // does), so widening the same page shows what a laptop loads, without a second load and axe.
    const { page, watch } = await b.page({ viewport: { width: 390, height: 844 } });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toMatch(/Managing Up/);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('h1').count()).toBe(1);
    const problems: string[] = [];
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      await settle(page);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        problems.push(...(await axeViolations(page)).map((v) => `${colorScheme} at ${viewport.width} px: ${v}`));
      }
    }
    expect(problems).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
  });
});
