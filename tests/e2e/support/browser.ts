// Shared browser set-up for the e2e tests: Debian's Chromium through playwright-core, a fresh
// context per test, and a watch on every page for console errors, failed requests and requests
// to any host but the local test server.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const launch = () => chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });

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
  const context = await browser.newContext({ baseURL: baseURL(), ...options });
  return { context, watch: watch(context, options.baseURL ?? baseURL()) };
}
