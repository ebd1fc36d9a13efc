// Shared browser set-up for the e2e tests: one Chromium for the whole run (started by the global
// setup, see scripts/chromium.mjs), a fresh context per test, and a watch on every page for console errors, failed requests and requests
// to any host but the local test server.
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, connectChromium } from '../../../scripts/chromium.mjs';

export { CHROMIUM };

/** The one browser the global setup started, shared by every test file (closing it disconnects). */
export const launch = () => connectChromium(inject('browserWSEndpoint'));

export const baseURL = () => inject('baseURL');

export interface Watch {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Records what went wrong on every page of a context. */
export function watch(context: BrowserContext, site = baseURL()): Watch {
  const w: Watch = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  const origin = new URL(site).origin;
  const track = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') w.consoleErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => w.consoleErrors.push(`${page.url()}: ${e.message}`));
  };
  context.on('page', track);
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) w.foreignRequests.push(url);
  });
  context.on('requestfailed', (r) => w.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
  context.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('/this-page-does-not-exist')) w.failedRequests.push(`${r.url()} (${r.status()})`);
  });
  return w;
}

export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  // Service workers are blocked unless a test asks for them: otherwise every page would precache the
  // whole site in the background, slowing the suite and muddying request counts.
  const context = await browser.newContext({ baseURL: baseURL(), serviceWorkers: 'block', ...options });
  return { context, watch: watch(context, options.baseURL ?? baseURL()) };
}

/** A download's contents as text. The browser is shared over a connection, so there is no local path. */
export async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
