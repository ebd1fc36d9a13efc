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
 * Waits until what holds `selector` is ready: Astro islands hydrated, or a lesson's [data-island]
 * components mounted by src/scripts/lesson-islands.tsx (default: every island on the page; those
 * that load on visibility need scrolling into view first), or, for the parts the
 * inline progress script drives (lesson lists, "mark as read", home progress), shown by it.
 */
export async function hydrated(page: Page, selector?: string) {
  await page.waitForFunction((sel) => {
    const islands = [...document.querySelectorAll('astro-island, [data-island]')].filter((el) => !sel || el.querySelector(sel));
    if (sel && islands.length === 0) {
      const el = document.querySelector<HTMLElement>(sel);
      return !!el && !el.hidden && !el.closest('[hidden]');
    }
    return (
      islands.length > 0 &&
      islands.every((el) => (el.localName === 'astro-island' ? !el.hasAttribute('ssr') : el.hasAttribute('data-mounted')))
    );
  }, selector);
}
