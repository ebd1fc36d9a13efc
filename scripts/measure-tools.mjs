// Tool pages under a slow CPU (issue 26 §2): for each tool page, the JavaScript it loads before any
// interaction (gzip -9 of every script file requested, plus inline scripts) and how long the main
// thread is blocked while it loads with Chromium's CPU slowed 4× (total blocking time from long
// tasks: the part of each task over 50 ms, median of 3 runs), layout shift and element count.
// Wall-clock long tasks are only meaningful on an idle machine; scripts/trace-tools.mjs counts CPU time.
// Run after a build: npx node scripts/measure-tools.mjs [dist] [runs] [filter]   (FILES=1 lists the scripts,
// PAGES=/a/,/b/ measures other pages)
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- The page-side observers hand back untyped values through window. */
import { gzipSync } from 'node:zlib';
import { eachToolPage, median } from './tool-pages.mjs';

const gz = (/** @type {Buffer} */ b) => gzipSync(b, { level: 9 }).length;

/** @param {import('playwright-core').Browser} browser @param {string} url */
async function once(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    /** @type {any} */ (window).__long = [];
    /** @type {any} */ (window).__cls = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) /** @type {any} */ (window).__long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        if (!(/** @type {any} */ (e).hadRecentInput)) /** @type {any} */ (window).__cls += /** @type {any} */ (e).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  /** @type {Promise<{ url: string, bytes: number }>[]} */
  const js = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(res.url()))
      js.push(
        res
          .body()
          .then((b) => ({ url: res.url().replace(url, ''), bytes: gz(b) }))
          .catch(() => ({ url: res.url(), bytes: 0 })),
      );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Islands hydrate when idle or visible; give the slowed page time to finish.
  await page.waitForTimeout(1500);
  const out = await page.evaluate(() => ({
    long: /** @type {[number, number][]} */ (/** @type {any} */ (window).__long),
    cls: /** @type {number} */ (/** @type {any} */ (window).__cls),
    elements: document.getElementsByTagName('*').length,
    inline: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map((s) => s.textContent ?? ''),
  }));
  const files = await Promise.all(js);
  const inline = out.inline.filter((t) => t.trim()).reduce((n, t) => n + gz(Buffer.from(t)), 0);
  await context.close();
  return {
    jsGz: files.reduce((n, f) => n + f.bytes, 0) + inline,
    files,
    inline,
    tbt: out.long.reduce((n, [, d]) => n + Math.max(0, d - 50), 0),
    longSum: out.long.reduce((n, [, d]) => n + d, 0),
    long: out.long.map(([s, d]) => `${Math.round(s)}+${Math.round(d)}`),
    cls: out.cls,
    elements: out.elements,
  };
}

await eachToolPage(once, (path, rs) => {
  const r = rs[0];
  if (!r) return;
  console.log(
    `${path.padEnd(24)} JS ${(r.jsGz / 1024).toFixed(1)} KB gz (${r.files.length} files + inline ${(r.inline / 1024).toFixed(1)})` +
      `  TBT@4x median ${Math.round(median(rs.map((x) => x.tbt)))} ms [${rs.map((x) => Math.round(x.tbt)).join(', ')}]` +
      `  long ${rs.map((x) => x.long.join(' ')).join(' | ')}  CLS ${median(rs.map((x) => x.cls)).toFixed(3)}  elements ${r.elements}`,
  );
  if (process.env.FILES) for (const f of r.files) console.log(`    ${(f.bytes / 1024).toFixed(2).padStart(6)} ${f.url}`);
});
