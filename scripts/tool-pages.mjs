// The pages with a tool island (issue 26 §2), and the loop the tool-page measurements share:
// serve a build, visit each page a few times in one Chromium, report each page's runs.
import { launchChromium } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';

export const TOOL_PAGES = [
  '/checklist/',
  '/toolkit/boss-manual/',
  '/toolkit/one-on-one/',
  '/toolkit/bad-news/',
  '/assessment/',
  '/worksheet/',
  '/toolkit/skip-level/',
  '/my-data/',
  '/plan/',
];

/** The middle value (the upper one of an even count). */
export const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Reads `[dist] [runs] [filter]` from the command line (and PAGES=/a/,/b/ for other pages), measures
 * each page `runs` times with `once`, and hands each page's results to `report`.
 * @template T
 * @param {(browser: import('playwright-core').Browser, url: string) => Promise<T>} once
 * @param {(path: string, runs: T[]) => void} report
 */
export async function eachToolPage(once, report) {
  const dist = process.argv[2] ?? 'dist';
  const runs = Number(process.argv[3] ?? 3);
  const only = process.argv[4];
  const pages = process.env.PAGES ? process.env.PAGES.split(',') : TOOL_PAGES;
  const server = await serveDist(dist);
  const browser = await launchChromium();
  try {
    for (const path of pages.filter((p) => !only || p.includes(only))) {
      /** @type {T[]} */
      const rs = [];
      for (let i = 0; i < runs; i++) rs.push(await once(browser, server.url + path));
      report(path, rs);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
