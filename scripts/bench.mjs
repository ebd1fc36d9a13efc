// npm run bench: builds the site, then measures every page type the way a first-time reader gets
// it, from a server that compresses as a host does (scripts/serve-dist.mjs): bytes by kind from the
// requests Chromium makes, JS before interaction vs on demand, what the offline worker fetches in
// the background after a first lesson visit, and Lighthouse (mobile emulation) three times per page
// type, reported as medians. Prints one table, checks the targets (or, where a target cannot be
// met, the measured ceiling in scripts/measure.mjs and its reason), and writes the figures to
// bench-results/ so runs can be compared.
//
//   npm run bench                          build, then measure dist/
//   npm run bench -- --no-build            measure the build already in dist/
//   npm run bench -- --baseline <dir>      also measure another build (say main's) in the same run,
//                                          and print its table and targets first
//   npm run bench -- --runs <n>            Lighthouse runs per page (3 unless told)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os, { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, LAUNCH_ARGS, launchChromium } from './chromium.mjs';
import { BUDGETS, CEILINGS, PAGE_TYPES, htmlBudget, measurePage } from './measure.mjs';
import { workerBytesAfterVisit } from './measure-worker.mjs';
import { serveDist } from './serve-dist.mjs';

const { values: args } = parseArgs({
  options: { 'no-build': { type: 'boolean' }, baseline: { type: 'string' }, runs: { type: 'string', default: '3' } },
});
const RUNS = Math.max(1, Number(args.runs));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

if (!existsSync(CHROMIUM)) {
  console.error(`The benchmark needs Chromium at ${CHROMIUM}: sudo apt-get install -y chromium`);
  process.exit(1);
}

/** @param {string} cmd @param {string[]} args @returns {number} seconds */
function timed(cmd, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** @param {string} d @returns {number} */
const dirSize = (d) =>
  readdirSync(d).reduce((/** @type {number} */ n, f) => {
    const p = join(d, f);
    const s = statSync(p);
    return n + (s.isDirectory() ? dirSize(p) : s.size);
  }, 0);

/** @type {{ astroSeconds: number, pagefindSeconds: number, totalSeconds: number } | null} */
let buildTimes = null;
if (!args['no-build']) {
  console.log('Building…');
  const astroSeconds = timed('npx', ['astro', 'build']);
  const pagefindSeconds = timed('npx', ['pagefind', '--site', 'dist']);
  // What ships: CSP settled over the final inline scripts, worker registration, _headers, sw.js.
  timed('node', ['scripts/finish-build.mjs']);
  buildTimes = { astroSeconds, pagefindSeconds, totalSeconds: astroSeconds + pagefindSeconds };
}

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] ?? NaN) : ((s[s.length / 2 - 1] ?? NaN) + (s[s.length / 2] ?? NaN)) / 2;
};

/**
 * Lighthouse `RUNS` times on one page, each in a fresh Chromium; the median of each figure, and
 * the audits below 100 in most runs.
 * @param {string} url
 * @returns {Promise<import('./measure.mjs').LighthouseFigures>}
 */
async function lighthouseMedians(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  /** @type {import('./measure.mjs').LighthouseFigures[]} */
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...LAUNCH_ARGS] });
    try {
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!run) throw new Error('Lighthouse returned no result');
      const { lhr } = run;
      const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
      const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      runs.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        cls: Number(audit('cumulative-layout-shift').toFixed(3)),
        tbtMs: Math.round(audit('total-blocking-time')),
        failing: Object.values(lhr.categories).flatMap((c) =>
          c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => r.id),
        ),
      });
    } finally {
      chrome.kill();
    }
  }
  const m = (/** @type {(f: import('./measure.mjs').LighthouseFigures) => number} */ f) => median(runs.map(f));
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const id of runs.flatMap((r) => r.failing)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return {
    performance: m((r) => r.performance),
    accessibility: m((r) => r.accessibility),
    bestPractices: m((r) => r.bestPractices),
    seo: m((r) => r.seo),
    lcpMs: m((r) => r.lcpMs),
    cls: m((r) => r.cls),
    tbtMs: m((r) => r.tbtMs),
    failing: [...counts].filter(([, n]) => n * 2 > runs.length).map(([id]) => id),
  };
}

/**
 * Every page type of one build, its worker bytes, and Lighthouse medians.
 * @param {string} dist
 */
async function measureBuild(dist) {
  const server = await serveDist(dist);
  const browser = await launchChromium();
  /** @type {import('./measure.mjs').PageMeasure[]} */
  const pages = [];
  for (const type of PAGE_TYPES) {
    console.log(`${dist}: measuring ${type.label}…`);
    pages.push(await measurePage(browser, server.url, type));
  }
  console.log(`${dist}: the offline worker after a first lesson visit…`);
  const context = await browser.newContext({ baseURL: server.url });
  const worker = await workerBytesAfterVisit(await context.newPage(), '/lessons/earn-trust/');
  await context.close();
  await browser.close();
  let lighthouseNote = null;
  try {
    for (const p of pages) {
      console.log(`${dist}: Lighthouse ×${RUNS}: ${p.label}…`);
      p.lighthouse = await lighthouseMedians(server.url + p.path);
    }
  } catch (e) {
    lighthouseNote = `Lighthouse could not run: ${e instanceof Error ? e.message : String(e)}`;
  }
  await server.close();
  return { dist, pages, worker, lighthouseNote, pagefindIndexBytes: dirSize(join(dist, 'pagefind')) };
}

const kb = (/** @type {number} */ b) => (b / 1024).toFixed(1);

/** @param {Awaited<ReturnType<typeof measureBuild>>} run */
function table(run) {
  const rows = run.pages.map((p) => {
    const lh = p.lighthouse;
    return [
      p.label,
      `${kb(p.byKind.html.gzip)} (${kb(p.byKind.html.raw)})`,
      `${kb(p.byKind.css.gzip)} (${kb(p.byKind.css.raw)})`,
      `${kb(p.js.initial.gzip + p.js.inline.gzip)}`,
      `${kb(p.js.onDemand.gzip)}`,
      `${kb(p.byKind.font.gzip)}/${kb(p.byKind.image.gzip)}`,
      `${kb(p.total.gzip)} / ${kb(p.total.brotli)} (${kb(p.total.raw)})`,
      String(p.total.count),
      lh ? `${lh.performance}/${lh.accessibility}/${lh.bestPractices}/${lh.seo}` : 'n/a',
      lh ? `${lh.lcpMs} ms` : 'n/a',
      lh ? String(lh.cls) : 'n/a',
      lh ? `${lh.tbtMs} ms` : 'n/a',
    ];
  });
  const head = [
    'page type',
    'HTML gz (raw) KB',
    'CSS gz (raw) KB',
    'JS before interaction gz KB',
    'JS on demand gz KB',
    'fonts/images KB',
    'total gz / br (raw) KB',
    'requests',
    `Lighthouse perf/a11y/bp/seo (median of ${RUNS})`,
    'LCP',
    'CLS',
    'TBT',
  ];
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/**
 * The targets, each met, held at its measured ceiling (with the reason), or missed.
 * @param {Awaited<ReturnType<typeof measureBuild>>} run
 * @returns {{ name: string, status: 'met' | 'ceiling' | 'MISS', value: string, reason?: string }[]}
 */
function targets(run) {
  const get = (/** @type {string} */ id) => {
    const found = run.pages.find((p) => p.id === id);
    if (!found) throw new Error(`no measure for ${id}`);
    return found;
  };
  const lh = run.pages.flatMap((p) => (p.lighthouse ? [{ id: p.id, ...p.lighthouse }] : []));
  const lessonQuiz = get('lesson-quiz');
  const lesson = get('lesson');
  const quizJs = lessonQuiz.js.initial.gzip + lessonQuiz.js.onDemand.gzip + lessonQuiz.js.inline.gzip;
  const search = get('search');
  const searchBytes = search.requests.filter((r) => r.url.includes('/pagefind/')).reduce((n, r) => n + r.gzip, 0);
  const tools = run.pages.filter((p) => PAGE_TYPES.find((t) => t.id === p.id)?.tool);
  const toolJs = tools.map((p) => ({ id: p.id, js: p.js.initial.gzip + p.js.inline.gzip }));
  /** @param {string} name @param {number} value @param {number} target @param {{ budget: number, reason: string }} [ceiling] @param {string} [shown] */
  const bytes = (name, value, target, ceiling, shown) => {
    const status = value <= target ? 'met' : ceiling && value <= ceiling.budget ? 'ceiling' : 'MISS';
    return {
      name,
      status: /** @type {'met' | 'ceiling' | 'MISS'} */ (status),
      value: `${shown ?? `${kb(value)} KB`}${status === 'met' || !ceiling ? '' : ` (ceiling ${kb(ceiling.budget)} KB)`}`,
      ...(status !== 'met' && ceiling ? { reason: ceiling.reason } : {}),
    };
  };
  /** Every page within its HTML target or its ceiling; the worst ratio shown. */
  const overHtml = run.pages
    .map((p) => ({ p, target: BUDGETS.htmlPerPage, budget: htmlBudget(p.path), gz: p.byKind.html.gzip }))
    .filter((x) => x.gz > x.target);
  return [
    {
      name: 'Page without an island: 0 B of own JS before interaction',
      status: get('no-island').js.initial.raw + get('no-island').js.inline.raw === 0 ? 'met' : 'MISS',
      value: `${get('no-island').js.initial.raw + get('no-island').js.inline.raw} B`,
    },
    bytes(
      `Lesson with its knowledge check open: JS at most ${kb(BUDGETS.lessonWithQuizJs)} KB gz`,
      quizJs,
      BUDGETS.lessonWithQuizJs,
      CEILINGS.lessonWithQuizJs,
    ),
    {
      name: `HTML of any page at most ${kb(BUDGETS.htmlPerPage)} KB gz (lessons ${kb(BUDGETS.lessonHtml)} KB)`,
      status: overHtml.some((x) => x.gz > x.budget)
        ? 'MISS'
        : overHtml.length || lesson.byKind.html.gzip > BUDGETS.lessonHtml
          ? 'ceiling'
          : 'met',
      value: overHtml.map((x) => `${x.p.id} ${kb(x.gz)} (ceiling ${kb(x.budget)})`).join(', ') || 'all within',
      ...(overHtml.length
        ? {
            reason: [...new Set(overHtml.map((x) => CEILINGS.html.find((c) => c.match.test(x.p.path))?.reason ?? 'none'))].join(
              '; ',
            ),
          }
        : {}),
    },
    {
      name: `All CSS at most ${kb(BUDGETS.cssPerPage)} KB gz`,
      status: run.pages.every((p) => p.byKind.css.gzip <= BUDGETS.cssPerPage) ? 'met' : 'MISS',
      value: `max ${kb(Math.max(...run.pages.map((p) => p.byKind.css.gzip)))} KB`,
    },
    bytes(
      `Lesson first view at most ${kb(BUDGETS.lessonFirstView)} KB gz, no JS file before interaction`,
      lesson.js.initial.count ? Infinity : lesson.total.gzip,
      BUDGETS.lessonFirstView,
      CEILINGS.lessonFirstView,
      `${kb(lesson.total.gzip)} KB, ${lesson.total.count} requests, ${lesson.js.initial.count} JS files`,
    ),
    bytes(
      `First visit to a lesson with its check open at most ${kb(BUDGETS.firstLessonVisit)} KB gz`,
      lessonQuiz.total.gzip,
      BUDGETS.firstLessonVisit,
    ),
    bytes(`Lesson inline script at most ${kb(BUDGETS.lessonInlineJs)} KB gz`, lesson.js.inline.gzip, BUDGETS.lessonInlineJs),
    bytes(
      `Home: JS before interaction at most ${kb(BUDGETS.homeJsBeforeInteraction)} KB gz`,
      get('home').js.initial.gzip + get('home').js.inline.gzip,
      BUDGETS.homeJsBeforeInteraction,
    ),
    {
      name: `Tool pages: JS before interaction at most ${kb(BUDGETS.toolJsBeforeInteraction)} KB gz`,
      status: toolJs.every((t) => t.js <= BUDGETS.toolJsBeforeInteraction) ? 'met' : 'MISS',
      value: toolJs.map((t) => `${t.id} ${kb(t.js)}`).join(', '),
    },
    bytes(`Search: the first query fetches at most ${kb(BUDGETS.searchFirstQuery)} KB gz`, searchBytes, BUDGETS.searchFirstQuery),
    bytes(
      `Offline worker after a first lesson visit at most ${kb(BUDGETS.workerAfterFirstLesson)} KB gz`,
      run.worker.gzip,
      BUDGETS.workerAfterFirstLesson,
      undefined,
      `${kb(run.worker.gzip)} KB in ${run.worker.count} requests`,
    ),
    {
      name: `Lighthouse 100 in all four categories (median of ${RUNS})`,
      status:
        lh.length && lh.every((p) => [p.performance, p.accessibility, p.bestPractices, p.seo].every((s) => s === 100))
          ? 'met'
          : 'MISS',
      value:
        lh
          .filter((p) => [p.performance, p.accessibility, p.bestPractices, p.seo].some((s) => s !== 100))
          .map((p) => `${p.id}: ${p.performance}/${p.accessibility}/${p.bestPractices}/${p.seo}`)
          .join(', ') || (lh.length ? 'every page' : 'not run'),
    },
    {
      name: 'CLS 0 on every page type',
      status: lh.length && lh.every((p) => p.cls === 0) ? 'met' : 'MISS',
      value:
        lh
          .filter((p) => p.cls !== 0)
          .map((p) => `${p.id}: ${p.cls}`)
          .join(', ') || (lh.length ? 'every page' : 'not run'),
    },
    {
      name: `TBT at most ${BUDGETS.tbtMs} ms on every page type (median)`,
      status: lh.length && lh.every((p) => p.tbtMs <= BUDGETS.tbtMs) ? 'met' : 'MISS',
      value:
        lh
          .filter((p) => p.tbtMs > BUDGETS.tbtMs)
          .map((p) => `${p.id}: ${p.tbtMs} ms`)
          .join(', ') || (lh.length ? 'every page' : 'not run'),
    },
  ];
}

/** @param {string} title @param {Awaited<ReturnType<typeof measureBuild>>} run */
function report(title, run) {
  console.log(`\n## ${title} (${run.dist})\n\n${table(run)}\n`);
  console.log(
    `Pagefind index: ${kb(run.pagefindIndexBytes)} KB on disk. Offline worker after a first lesson visit: ${kb(run.worker.gzip)} KB gz (${kb(run.worker.raw)} KB raw) in ${run.worker.count} requests.`,
  );
  if (run.lighthouseNote) console.log(run.lighthouseNote);
  for (const p of run.pages)
    if (p.lighthouse?.failing.length) console.log(`Lighthouse audits below 100 on ${p.id}: ${p.lighthouse.failing.join(', ')}`);
  const t = targets(run);
  console.log('\nTargets:');
  for (const { name, status, value, reason } of t)
    console.log(`  ${status.padEnd(7)} ${name}: ${value}${reason ? `\n          why: ${reason}` : ''}`);
  return t;
}

// Lighthouse's timings (TBT above all) are simulated from the CPU time this machine takes: a busy
// machine inflates them, so the load is reported beside them.
const loadAtStart = loadavg()[0] ?? 0;
const baseline = args.baseline ? await measureBuild(args.baseline) : null;
const current = await measureBuild('dist');

console.log(
  `\nLoad average: ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end, on ${os.availableParallelism()} cores (Lighthouse's timings grow with it).`,
);
if (baseline) report('Baseline', baseline);
const met = report('This build', current);
if (buildTimes)
  console.log(
    `\nBuild: astro ${buildTimes.astroSeconds.toFixed(2)} s + pagefind ${buildTimes.pagefindSeconds.toFixed(2)} s = ${buildTimes.totalSeconds.toFixed(2)} s (machine and load dependent, so reported, not a target).`,
  );

mkdirSync('bench-results', { recursive: true });
const out = {
  date: new Date().toISOString(),
  node: process.version,
  lighthouseRuns: RUNS,
  build: buildTimes,
  pages: current.pages,
  worker: current.worker,
  targets: met,
  ...(baseline
    ? { baseline: { dist: baseline.dist, pages: baseline.pages, worker: baseline.worker, targets: targets(baseline) } }
    : {}),
};
const stamp = out.date.replace(/[:.]/g, '-');
writeFileSync(`bench-results/bench-${stamp}.json`, JSON.stringify(out, null, 2));
writeFileSync('bench-results/latest.json', JSON.stringify(out, null, 2));
console.log(`\nWrote bench-results/bench-${stamp}.json and bench-results/latest.json`);
