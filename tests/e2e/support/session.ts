// One browser connection per worker, and for each test a fresh page with empty storage.
//
// A new browser context costs a new renderer process, about a third of a CPU-second each on a
// 2-core machine: over two hundred tests, that was a fifth of the suite's time. So by default a
// test gets a new page in a context shared by the files its worker runs, with the site's storage
// cleared first and a keeper page left open on a script-free page so the renderer process stays
// warm. A test that needs something set for the whole context (JavaScript off, permissions, an
// offline worker, another origin) passes those options and gets a context of its own. The shared
// context refuses the calls that would leak into later tests (tests/e2e/harness.test.ts).
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { baseURL, launch, newContext, type Watch } from './browser';

type ContextOptions = NonNullable<Parameters<Browser['newContext']>[0]> & {
  /** A context of its own even with no other option (for context.clock, which would outlive the test). */
  own?: boolean;
};

/** Context-wide calls that would outlive the test that made them. */
const LEAKY = ['addInitScript', 'grantPermissions', 'setOffline', 'route', 'exposeBinding', 'exposeFunction'] as const;

interface Shared {
  context: BrowserContext;
  watch: Watch;
  keeper: Page;
  cdp: CDPSession;
}

// One connection and one shared context per worker process: the files a worker runs one after
// another (vitest's e2e project does not isolate them) reuse them, as each test clears what it needs.
let connection: Promise<Browser> | undefined;
let sharedOnce: Promise<Shared> | undefined;

async function makeShared(browser: Browser): Promise<Shared> {
  const { context, watch } = await newContext(browser);
  const keeper = await context.newPage();
  await keeper.goto('/sources/');
  const cdp = await context.newCDPSession(keeper);
  for (const name of LEAKY)
    Object.defineProperty(context, name, {
      value: () => {
        throw new Error(
          `${name} on the shared context would leak into later tests: pass options to b.page() for a context of its own`,
        );
      },
    });
  return { context, watch, keeper, cdp };
}

export function useBrowser() {
  let browser: Browser;
  let shared: Shared | undefined;
  const own: { context: BrowserContext; watch: Watch }[] = [];

  const sharedContext = async () => (shared ??= await (sharedOnce ??= makeShared(browser)));

  beforeAll(async () => {
    browser = await (connection ??= launch());
  });
  afterEach(async () => {
    const watches: Watch[] = [];
    for (const { context, watch } of own.splice(0)) {
      await context.close();
      watches.push(watch);
    }
    if (shared) {
      for (const p of shared.context.pages()) if (p !== shared.keeper) await p.close();
      watches.push(shared.watch);
    }
    // Whatever a test did, the pages must not have thrown or left the site.
    for (const watch of watches) {
      const { consoleErrors, foreignRequests } = watch;
      watch.consoleErrors = [];
      watch.foreignRequests = [];
      watch.failedRequests = [];
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    }
  });
  afterAll(async () => {
    // The worker's connection stays open for its next file; it ends with the worker.
    for (const { context } of own.splice(0)) await context.close();
  });
  return {
    /**
     * A fresh page with empty storage. With no options, or only a viewport, it opens in the file's
     * shared context; any other option (or `own: true`) gives it a context of its own.
     */
    async page(options: ContextOptions = {}): Promise<{ page: Page; context: BrowserContext; watch: Watch }> {
      const { own: _own, ...contextOptions } = options;
      const { viewport } = options;
      if (Object.keys(options).some((k) => k !== 'viewport')) {
        const { context, watch } = await newContext(browser, contextOptions);
        own.push({ context, watch });
        return { page: await context.newPage(), context, watch };
      }
      const { context, watch, cdp } = await sharedContext();
      // Everything the site can keep for its origin, so no test sees another's data.
      await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL()).origin, storageTypes: 'all' });
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return { page, context, watch };
    },
  };
}

/**
 * Waits until what holds `selector` is ready: Astro islands hydrated, or a lesson's [data-island]
 * components mounted by src/client/lesson-islands.tsx (default: every island on the page; those
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
