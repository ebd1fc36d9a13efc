// Visits every built page as a reader would: it must load cleanly, stay on this host and pass axe
// in light and dark mode, on a laptop and on a phone. This file is the one owner of the site's axe
// runs (others test what is particular to them): one load per page and width, every shown island
// hydrated, the colour scheme switched in place.
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { builtPages } from './support/pages';
import { useBrowser } from './support/session';
import { settle } from './support/settle';

const b = useBrowser();

describe('every page', () => {
  test.each(builtPages())('%s loads cleanly and passes axe in light and dark mode at 1280 and 390 px', async (path) => {
    const problems: string[] = [];
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      // A page per width, loaded at that width as a reader's browser would.
      const { page, watch } = await b.page({ viewport });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await settle(page);
      if (viewport.width === 1280) {
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        expect(await page.title()).toMatch(/Managing Up/);
        expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
        expect(await page.locator('h1').count()).toBe(1);
      }
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        problems.push(...(await axeViolations(page)).map((v) => `${colorScheme} at ${viewport.width} px: ${v}`));
      }
      expect(watch.failedRequests).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
});
