// One browser per test file and a fresh context (empty localStorage) per test.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newContext, type Watch } from './browser';

export function useBrowser() {
  let browser: Browser;
  const open: { context: BrowserContext; watch: Watch }[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    for (const { context, watch } of open.splice(0)) {
      await context.close();
      // Whatever a test did, the pages must not have thrown or left the site.
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** A fresh context and page; `options` go to newContext. */
    async page(
      options: Parameters<Browser['newContext']>[0] = {},
    ): Promise<{ page: Page; context: BrowserContext; watch: Watch }> {
      const { context, watch } = await newContext(browser, options);
      open.push({ context, watch });
      return { page: await context.newPage(), context, watch };
    },
  };
}

/**
 * Waits until Astro has hydrated the islands holding `selector` (default: every island on the page;
 * islands that hydrate on visibility need scrolling into view first).
 */
export async function hydrated(page: Page, selector?: string) {
  await page.waitForFunction((sel) => {
    const islands = [...document.querySelectorAll('astro-island')].filter((el) => !sel || el.querySelector(sel));
    return islands.length > 0 && islands.every((el) => !el.hasAttribute('ssr'));
  }, selector);
}
