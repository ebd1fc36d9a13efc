// npm run bench: builds the site, then measures every page type the way a first-time reader gets
// it: bytes by kind from the requests Chromium makes, JS before interaction vs on demand, and a
// Lighthouse run (mobile emulation) per page type. Prints one table, checks the targets, and
// writes the figures to bench-results/ so runs can be compared.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, LAUNCH_ARGS, launchChromium } from './chromium.mjs';
import { BUDGETS, PAGE_TYPES, measurePage } from './measure.mjs';
import { serveDist } from './serve-dist.mjs';

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

console.log('Building…');
const astroSeconds = timed('npx', ['astro', 'build']);
const pagefindSeconds = timed('npx', ['pagefind', '--site', 'dist']);
// What ships: CSP settled over the final inline scripts, worker registration, _headers, sw.js.
timed('node', ['scripts/finish-build.mjs']);
const build = {
  astroSeconds,
  pagefindSeconds,
  totalSeconds: astroSeconds + pagefindSeconds,
  pagefindIndexBytes: dirSize('dist/pagefind'),
};

const server = await serveDist('dist');
const browser = await launchChromium();
/** @type {import('./measure.mjs').PageMeasure[]} */
const pages = [];
for (const type of PAGE_TYPES) {
  console.log(`Measuring ${type.label}…`);
  pages.push(await measurePage(browser, server.url, type));
}
await browser.close();

let lighthouseNote = null;
try {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  for (const p of pages) {
    console.log(`Lighthouse: ${p.label}…`);
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...LAUNCH_ARGS] });
    try {
      const run = await lighthouse(server.url + p.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!run) throw new Error('Lighthouse returned no result');
      const { lhr } = run;
      const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
      const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      p.lighthouse = {
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
      };
    } finally {
      chrome.kill();
    }
  }
} catch (e) {
  lighthouseNote = `Lighthouse could not run: ${e instanceof Error ? e.message : String(e)}`;
}
await server.close();

const kb = (/** @type {number} */ b) => (b / 1024).toFixed(1);
/** @type {{ pages: { id: string, total: { gzip: number } }[] } | null} */
const previous = existsSync('bench-results/latest.json')
  ? /** @type {{ pages: { id: string, total: { gzip: number } }[] }} */ (
      JSON.parse(readFileSync('bench-results/latest.json', 'utf8'))
    )
  : null;
const rows = pages.map((p) => {
  const lh = p.lighthouse;
  const before = previous?.pages.find((q) => q.id === p.id);
  const delta = before ? p.total.gzip - before.total.gzip : null;
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
    delta === null ? 'first run' : `${delta >= 0 ? '+' : ''}${delta} B`,
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
  'Lighthouse perf/a11y/bp/seo',
  'LCP',
  'CLS',
  'TBT',
  'total vs last run',
];
const table = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');

/** The measure of one page type; every type in PAGE_TYPES was measured above. */
const get = (/** @type {string} */ id) => {
  const found = pages.find((p) => p.id === id);
  if (!found) throw new Error(`no measure for ${id}`);
  return found;
};
const lessonQuiz = get('lesson-quiz');
const targets = [
  [
    'Page without an island: 0 B of own JS before interaction',
    get('no-island').js.initial.raw + get('no-island').js.inline.raw === 0,
    `${get('no-island').js.initial.raw + get('no-island').js.inline.raw} B`,
  ],
  [
    'Lesson with quiz island: JS at most 12 KB gz',
    lessonQuiz.js.initial.gzip + lessonQuiz.js.onDemand.gzip + lessonQuiz.js.inline.gzip <= BUDGETS.lessonWithQuizJs,
    `${kb(lessonQuiz.js.initial.gzip + lessonQuiz.js.onDemand.gzip + lessonQuiz.js.inline.gzip)} KB`,
  ],
  [
    'HTML of any page at most 7 KB gz',
    pages.every((p) => p.byKind.html.gzip <= BUDGETS.htmlPerPage),
    `max ${kb(Math.max(...pages.map((p) => p.byKind.html.gzip)))} KB`,
  ],
  [
    'All CSS at most 10 KB gz',
    pages.every((p) => p.byKind.css.gzip <= BUDGETS.cssPerPage),
    `max ${kb(Math.max(...pages.map((p) => p.byKind.css.gzip)))} KB`,
  ],
  [
    'First visit to a lesson under 40 KB gz',
    get('lesson').total.gzip < BUDGETS.firstLessonVisit,
    `${kb(get('lesson').total.gzip)} KB (with quiz: ${kb(lessonQuiz.total.gzip)} KB)`,
  ],
  [
    'Lighthouse 100 in all four categories',
    pages.every(
      (p) =>
        p.lighthouse &&
        [p.lighthouse.performance, p.lighthouse.accessibility, p.lighthouse.bestPractices, p.lighthouse.seo].every(
          (s) => s === 100,
        ),
    ),
    pages
      .flatMap(({ id, lighthouse: lh }) =>
        lh ? [`${id}: ${lh.performance}/${lh.accessibility}/${lh.bestPractices}/${lh.seo}`] : [],
      )
      .join(', ') || 'not run',
  ],
  [
    'CLS 0 on every page type',
    pages.every((p) => p.lighthouse && p.lighthouse.cls === 0),
    pages.flatMap((p) => (p.lighthouse ? [p.lighthouse.cls] : [])).join(', ') || 'not run',
  ],
  [
    'Lesson first view at most 18 KB gz, no JS file before interaction',
    get('lesson').total.gzip <= BUDGETS.lessonFirstView && get('lesson').js.initial.count === 0,
    `${kb(get('lesson').total.gzip)} KB, ${get('lesson').total.count} requests, ${get('lesson').js.initial.count} JS files`,
  ],
  [
    'Home: JS before interaction at most 3 KB gz',
    get('home').js.initial.gzip + get('home').js.inline.gzip <= BUDGETS.homeJsBeforeInteraction,
    `${kb(get('home').js.initial.gzip + get('home').js.inline.gzip)} KB`,
  ],
  [
    'Lesson inline script at most 1 KB gz',
    get('lesson').js.inline.gzip <= BUDGETS.lessonInlineJs,
    `${kb(get('lesson').js.inline.gzip)} KB`,
  ],
  ['Full build under 10 s', build.totalSeconds < 10, `${build.totalSeconds.toFixed(2)} s`],
];

console.log(`\n${table}\n`);
console.log(
  `Build: astro ${build.astroSeconds.toFixed(2)} s + pagefind ${build.pagefindSeconds.toFixed(2)} s = ${build.totalSeconds.toFixed(2)} s. Pagefind index: ${kb(build.pagefindIndexBytes)} KB on disk (a search fetches only the fragments it needs; see "Search in use").`,
);
if (lighthouseNote) console.log(lighthouseNote);
for (const p of pages)
  if (p.lighthouse?.failing.length) console.log(`Lighthouse audits below 100 on ${p.id}: ${p.lighthouse.failing.join(', ')}`);
console.log('\nTargets:');
for (const [name, met, value] of targets) console.log(`  ${met ? 'met ' : 'MISS'}  ${name}: ${value}`);

mkdirSync('bench-results', { recursive: true });
const out = {
  date: new Date().toISOString(),
  node: process.version,
  build,
  pages,
  targets: targets.map(([name, met, value]) => ({ name, met, value })),
};
const stamp = out.date.replace(/[:.]/g, '-');
writeFileSync(`bench-results/bench-${stamp}.json`, JSON.stringify(out, null, 2));
writeFileSync('bench-results/latest.json', JSON.stringify(out, null, 2));
console.log(`\nWrote bench-results/bench-${stamp}.json and bench-results/latest.json`);
