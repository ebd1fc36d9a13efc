// Where a tool page's main-thread time goes while it loads (issue 26 §2), robust to a busy machine:
// the renderer's own CPU time (trace `tdur`) per top-level task, times 4 for a CPU slowed 4×, and
// the part over 50 ms summed (total blocking time as a 4×-slower phone would see it).
// Run after a build: npx node scripts/trace-tools.mjs [dist] [runs] [filter]. To see what a long task
// holds: DETAIL=1 (its biggest events), AGG=1 (its events summed by name), PROFILE=1 (the functions
// that took the most time, from V8's sampling profiler), FORCED=1 (layouts forced by script) and
// LAYOUTS=1 (every event of a task over 200 ms). PAGES=/a/,/b/ measures other pages.
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return -- Chromium's trace and profile events are untyped JSON, read here field by field. */
import { eachToolPage, median } from './tool-pages.mjs';

/** @param {import('playwright-core').Browser} browser @param {string} url */
async function once(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  /** @type {any[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'blink.user_timing',
        '__metadata',
      ],
    },
  });
  if (process.env.PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(800);
  /** @type {string[]} */
  let hot = [];
  if (process.env.PROFILE) {
    const { profile } = await cdp.send('Profiler.stop');
    const dt = new Map();
    const ids = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    const self = new Map();
    ids.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
    for (const n of profile.nodes) {
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*\//, '')}:${f.lineNumber}`;
      dt.set(key, (dt.get(key) ?? 0) + (self.get(n.id) ?? 0));
    }
    hot = [...dt]
      .filter(([k]) => !/^\((idle|program|garbage collector)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `    ${(v / 1000).toFixed(1).padStart(6)} ms  ${k}`);
  }
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  // The page's renderer: the process whose main thread ran the navigation's HTML parse.
  const parse = events.find((e) => e.name === 'ParseHTML' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const main = events.filter((e) => parse && e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined);
  const tops = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  // Keep only outermost tasks.
  /** @type {any[]} */
  const outer = [];
  for (const t of tops) if (!outer.length || t.ts >= outer[outer.length - 1].ts + outer[outer.length - 1].dur) outer.push(t);
  const cpu = (/** @type {any} */ e) => (e.tdur ?? e.dur) / 1000;
  const tbt = outer.reduce((n, t) => n + Math.max(0, 4 * cpu(t) - 50), 0);
  const long = outer.filter((t) => 4 * cpu(t) > 50);
  const detail = long.map((t) => {
    const kids = main
      .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && !/RunTask/.test(e.name))
      .sort((a, b) => cpu(b) - cpu(a))
      .slice(0, 6)
      .map(
        (e) =>
          `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.replace(/.*\//, '')}` : ''}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''} ${cpu(e).toFixed(1)}`,
      );
    if (process.env.LAYOUTS && 4 * cpu(t) > 200)
      for (const e of main.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && /./.test(e.name)).slice(0, 200))
        console.log(
          `      ${((e.ts - t.ts) / 1000).toFixed(1)} ${e.name} ${cpu(e).toFixed(2)} ${JSON.stringify(e.args).slice(0, 240)}`,
        );
    const forced = process.env.FORCED
      ? main
          .filter(
            (e) =>
              e.ts >= t.ts &&
              e.ts + e.dur <= t.ts + t.dur &&
              (e.name === 'Layout' || e.name === 'UpdateLayoutTree') &&
              e.args?.beginData?.stackTrace,
          )
          .map(
            (e) =>
              `\n      forced ${e.name} ${cpu(e).toFixed(1)} ms by ${e.args.beginData.stackTrace
                .slice(0, 3)
                .map((/** @type {any} */ f) => `${f.functionName}@${f.url.replace(/.*\//, '')}:${f.columnNumber}`)
                .join(' < ')}`,
          )
          .slice(0, 8)
          .join('')
      : '';
    /** @type {Map<string, number>} */
    const byName = new Map();
    if (process.env.AGG)
      for (const e of main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur))
        byName.set(`${e.name}${e.args?.data?.type ? `(${e.args.data.type})` : ''}`, (byName.get(e.name) ?? 0) + cpu(e));
    const agg = process.env.AGG
      ? `\n      all: ${[...byName]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 14)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join('; ')}`
      : '';
    return `    task ${(4 * cpu(t)).toFixed(0)} ms@4x (${cpu(t).toFixed(1)} cpu, ${(t.dur / 1000).toFixed(1)} wall): ${kids.join('; ')}${forced}${agg}`;
  });
  return { hot, tbt, long: long.map((t) => Math.round(4 * cpu(t))), total: 4 * outer.reduce((n, t) => n + cpu(t), 0), detail };
}

await eachToolPage(once, (path, rs) => {
  console.log(
    `${path.padEnd(24)} blocking@4x (CPU) median ${Math.round(median(rs.map((r) => r.tbt)))} ms [${rs.map((r) => Math.round(r.tbt)).join(', ')}]` +
      `  min ${Math.round(Math.min(...rs.map((r) => r.tbt)))}  main-thread CPU@4x ${Math.round(median(rs.map((r) => r.total)))} ms (min ${Math.round(Math.min(...rs.map((r) => r.total)))})  long tasks ${rs.map((r) => r.long.join('+')).join(' | ')}`,
  );
  if (process.env.DETAIL) console.log((rs[0]?.detail ?? []).join('\n'));
  if (process.env.PROFILE) console.log((rs[0]?.hot ?? []).join('\n'));
});
