// Measures what a first visit to a page really costs, from the requests Chromium makes: bytes per
// kind (raw, gzip, brotli), and the JavaScript loaded before interaction versus on demand.
// Shared by the benchmark (npm run bench) and the size-budget tests.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** @typedef {'html' | 'css' | 'js' | 'font' | 'image' | 'other'} Kind */
/** @typedef {{ raw: number, gzip: number, brotli: number, count: number }} Bytes */
/** @typedef {{ id: string, label: string, path: string, interact?: 'scroll-to-quiz' | 'search', tool?: boolean }} PageType */
/** @typedef {{ url: string, kind: Kind, phase: string, raw: number, gzip: number, brotli: number }} RequestBytes */
/**
 * @typedef {{ performance: number, accessibility: number, bestPractices: number, seo: number, lcpMs: number, cls: number, tbtMs: number, failing: string[] }} LighthouseFigures
 * @typedef {{ id: string, label: string, path: string, byKind: Record<Kind, Bytes>, js: { initial: Bytes, onDemand: Bytes, inline: Bytes }, total: Bytes, requests: RequestBytes[], lighthouse?: LighthouseFigures }} PageMeasure
 */

/** @type {Kind[]} */
export const KINDS = ['html', 'css', 'js', 'font', 'image', 'other'];

/** The site's page types, and what a reader does on each "on demand". @type {PageType[]} */
export const PAGE_TYPES = [
  { id: 'home', label: 'Home', path: '/' },
  { id: 'no-island', label: 'Page without an island (sources)', path: '/sources/' },
  { id: 'lesson', label: 'Lesson, first view', path: '/lessons/earn-trust/' },
  { id: 'lesson-quiz', label: 'Lesson with its quiz island', path: '/lessons/earn-trust/', interact: 'scroll-to-quiz' },
  { id: 'assessment', label: 'Assessment', path: '/assessment/', tool: true },
  { id: 'worksheet', label: 'Worksheet', path: '/worksheet/', tool: true },
  { id: 'checklist', label: 'Checklist', path: '/checklist/', tool: true },
  { id: 'plan', label: 'Your plan', path: '/plan/', tool: true },
  { id: 'my-data', label: 'My data', path: '/my-data/', tool: true },
  { id: 'toolkit', label: 'Toolkit', path: '/toolkit/', tool: true },
  { id: 'boss-manual', label: 'Boss manual', path: '/toolkit/boss-manual/', tool: true },
  { id: 'bad-news', label: 'Bad-news brief', path: '/toolkit/bad-news/', tool: true },
  { id: 'one-on-one', label: 'One-on-one planner', path: '/toolkit/one-on-one/', tool: true },
  { id: 'skip-level', label: 'Skip-level planner', path: '/toolkit/skip-level/', tool: true },
  { id: 'search', label: 'Search in use', path: '/search/?q=trust', interact: 'search' },
];

/** @param {string} resourceType @param {string} url @returns {Kind} */
function kindOf(resourceType, url) {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'image') return 'image';
  if (/\.m?js(\?|$)/.test(url)) return 'js';
  return 'other';
}

/** Sizes already computed, by content: most pages share their CSS and scripts, and brotli at its
 * highest quality is slow. @type {Map<string, Omit<Bytes, 'count'>>} */
const known = new Map();

/** @param {Buffer} buf @returns {Omit<Bytes, 'count'>} */
function sizes(buf) {
  const key = createHash('sha256').update(buf).digest('base64');
  let s = known.get(key);
  if (!s) {
    s = {
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    known.set(key, s);
  }
  return s;
}

/** @returns {Bytes} */
const empty = () => ({ raw: 0, gzip: 0, brotli: 0, count: 0 });
/** @param {Bytes} a @param {Omit<Bytes, 'count'>} b @returns {Bytes} */
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli, count: a.count + 1 });

/**
 * Visits `baseURL + type.path` in a fresh context and returns bytes by kind, total, and JS split
 * into what loads before any interaction and what loads on demand. Inline <script>s count as JS.
 */
/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseURL
 * @param {PageType} type
 * @returns {Promise<PageMeasure>}
 */
export async function measurePage(browser, baseURL, type) {
  // The offline worker registers after load and precaches the whole site in the background. Those
  // fetches are not the page's (a reader's first view is done by then), and with many pages measured
  // one after another they would only burn CPU, so the worker is kept out.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  /** @type {{ url: string, kind: Kind, phase: string, body: Promise<Buffer> }[]} */
  const seen = [];
  let phase = 'initial';
  page.on('response', (res) => {
    const req = res.request();
    seen.push({
      url: res.url(),
      kind: kindOf(req.resourceType(), res.url()),
      phase,
      body: res.body().catch(() => Buffer.alloc(0)),
    });
  });
  await page.goto(type.path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const inlineScripts = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (els) =>
    els.map((s) => s.textContent ?? ''),
  );
  phase = 'on-demand';
  if (type.interact === 'scroll-to-quiz') {
    await page.locator('[data-island=knowledge-check]').scrollIntoViewIfNeeded();
    // Mounted, and its questions live (quiz.json fetched); the read box just above loads the
    // progress store too.
    await page.waitForFunction(() => document.querySelector('[data-island][data-mounted] .kc fieldset:not([disabled])'));
  }
  if (type.interact === 'search') await page.waitForSelector('#search-results li');
  await page.waitForLoadState('networkidle');
  const byKind = /** @type {Record<Kind, Bytes>} */ (Object.fromEntries(KINDS.map((k) => [k, empty()])));
  const js = { initial: empty(), onDemand: empty(), inline: empty() };
  /** @type {RequestBytes[]} */
  const requests = [];
  for (const e of seen) {
    const s = sizes(await e.body);
    // Bytes of the page itself on first visit, plus what the interaction fetched.
    byKind[e.kind] = add(byKind[e.kind], s);
    if (e.kind === 'js')
      js[e.phase === 'initial' ? 'initial' : 'onDemand'] = add(js[e.phase === 'initial' ? 'initial' : 'onDemand'], s);
    requests.push({ url: e.url.replace(baseURL, ''), kind: e.kind, phase: e.phase, ...s });
  }
  for (const text of inlineScripts.filter((t) => t.trim())) js.inline = add(js.inline, sizes(Buffer.from(text)));
  const total = Object.values(byKind).reduce(
    (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli, count: a.count + b.count }),
    empty(),
  );
  await context.close();
  return { id: type.id, label: type.label, path: type.path, byKind, js, total, requests };
}

/**
 * A page's own HTML and the stylesheets it links, read from the build: what a first visit to it
 * fetches before any script runs. The budget tests use it for every page (no browser needed, and
 * exact); they check on one page that it agrees with what Chromium requests.
 * @param {string} dist the build folder
 * @param {string} path a site path, such as "/" or "/lessons/earn-trust/"
 * @returns {{ html: Omit<Bytes, 'count'>, css: Bytes }}
 */
export function measureBuiltPage(dist, path) {
  const file = path.endsWith('/') ? `${dist}${path}index.html` : `${dist}${path}`;
  const html = readFileSync(file);
  let css = empty();
  for (const [tag] of html.toString('utf8').matchAll(/<link\b[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (/\brel="?stylesheet\b/.test(tag) && href)
      css = add(css, sizes(readFileSync(`${dist}${new URL(href, 'http://x/').pathname}`)));
  }
  return { html: sizes(html), css };
}

/** The size targets from the performance issues, in bytes (gzip), and Lighthouse's blocking time. */
export const BUDGETS = {
  htmlPerPage: 7 * 1024,
  /** Issue 26: a lesson's HTML (held at a measured ceiling, see CEILINGS.html). */
  lessonHtml: 8 * 1024,
  cssPerPage: 10 * 1024,
  lessonWithQuizJs: 12 * 1024,
  // 42 KB since the lessons grew to 900-1,800 words and the check got its result card: earn-trust
  // measured 41.4 KB with its quiz island, JSON and the worker's registration. 43.5 KB since the
  // quiz island saves on hide and before the update note's Reload and tells storage problems
  // truthfully (issue 21): measured 42.9 KB. 42 KB since issue 26 took the check's questions out of
  // the HTML and the storage-notice words and Vite's preload helper out of the quiz's JS: measured 41.1 KB.
  firstLessonVisit: 42 * 1024,
  /** Issue 26: a lesson's first view, everything requested, with no JavaScript file among it (see CEILINGS). */
  lessonFirstView: 14 * 1024,
  /** Issue 13: JavaScript (files and inline) before any interaction on the home page. */
  homeJsBeforeInteraction: 3 * 1024,
  /** Issue 13: inline script in a lesson's HTML. */
  // 1.1 KB since the worker's registration hands it the first page (so a page opened first works
  // offline) and honours Save-Data (issue 26): measured 1,109 B.
  lessonInlineJs: 1.1 * 1024,
  /** Issue 26: JavaScript (files and inline) before any interaction on a tool page. */
  toolJsBeforeInteraction: 16 * 1024,
  /** Issue 26: what the offline worker fetches in the background after a first lesson visit. */
  workerAfterFirstLesson: 120 * 1024,
  /** Issue 26: everything the first search query fetches (Pagefind's script, wasm, index, fragments). */
  searchFirstQuery: 120 * 1024,
  /** Issue 26: Lighthouse's total blocking time (mobile, simulated throttling), median of three runs. */
  tbtMs: 50,
};

/** The guide's content today: ceilings for pages that hold all of it grow with it, not with a count typed here. */
const contentDir = (/** @type {string} */ d) => new URL(`../src/content/${d}/`, import.meta.url);
const LESSON_COUNT = readdirSync(contentDir('lessons')).filter((f) => f.endsWith('.mdx')).length;
const CHECKLIST_ITEMS = readdirSync(contentDir('checklist'))
  .filter((f) => f.endsWith('.yaml'))
  .reduce((n, f) => n + (readFileSync(new URL(f, contentDir('checklist')), 'utf8').match(/^\s*- id:/gm) ?? []).length, 0);

// One `dimension:` line per statement (areas and bands have none).
const ASSESSMENT_STATEMENTS = (
  readFileSync(new URL('../src/data/assessment.yaml', import.meta.url), 'utf8').match(/^\s+dimension:/gm) ?? []
).length;

/**
 * Where a target cannot be met with the chosen stack and the required content, a ceiling just
 * above what was measured, with the reason. The benchmark still reports the target as missed; the
 * budget tests hold these ceilings so the pages cannot quietly grow.
 */
export const CEILINGS = {
  html: [
    {
      match: /^\/lessons\//,
      // 10.5 KB since the knowledge check's questions come only with quiz.json and the checklist
      // items carry no date and note fields until JavaScript can use them (issue 26): the longest,
      // when-its-hard, measured 10.2 KB (from 11.9), its text alone 5.5 KB.
      budget: 10.5 * 1024,
      reason:
        'a 900-1800-word lesson (its text alone up to 5.5 KB), its checklist items rendered in the HTML (readable and printable without JavaScript), the site header, lesson list and contents, link-preview tags and JSON-LD, and its one inline script (1.1 KB)',
    },
    {
      match: /^\/print\/$/,
      budget: 4.5 * 1024 * LESSON_COUNT,
      reason: `every lesson (${LESSON_COUNT} today, about 4.4 KB each at 900-1,800 words) in one printable document, by design`,
    },
    {
      match: /^\/assessment\/$/,
      budget: 3 * 1024 + 235 * ASSESSMENT_STATEMENTS,
      reason: `${ASSESSMENT_STATEMENTS} statements (about 235 B each) with five labelled choices each (a sixth, "Hasn't come up", where the statement needs an occasion), rendered in the HTML and disabled until the page can save, and again in the island's props; the page's frame and a line for readers without JavaScript (about 3 KB)`,
    },
    {
      match: /^\/checklist\/$/,
      budget: 2.5 * 1024 + 230 * CHECKLIST_ITEMS,
      reason: `${CHECKLIST_ITEMS} checklist items (${LESSON_COUNT} lessons, about 230 B each) with their links, date-and-note disclosures (whose fields are made when one opens) and repeat periods, rendered in the HTML and disabled until the page can save (measured 13.7 KB for 54 items)`,
    },
    {
      match: /^\/toolkit\/boss-manual\/$/,
      budget: 7.25 * 1024,
      reason: 'every question of the boss manual with its hint, and the offline registration (measured 7.04 KB)',
    },
    {
      match: /^\/plan\/$/,
      budget: 5.5 * 1024 + 110 * CHECKLIST_ITEMS,
      reason: `the layout and the lines for readers without JavaScript (about 5 KB, as My data), plus the island's props: the ${CHECKLIST_ITEMS} checklist items (about 110 B each) it picks due habits and calendar events from, with the lessons, areas and check question ids`,
    },
    {
      match: /^\/worksheet\/$/,
      budget: 8 * 1024,
      reason:
        '17 prompts with their hints and their printed ruled lines (measured 7.7 KB), the save bar and its menu, and the line for readers without JavaScript',
    },
  ],
  /**
   * Issue 26's 16 KB for a tool page's JavaScript before interaction is below what every tool page
   * needs before its own code: Solid's runtime, Astro's island client and the inline island scripts
   * (11.6 KB), and the saved-data core (store, persisted state, the storage notice: about 5 KB).
   * Measured after the issue's savings, with a little room.
   */
  toolJs: [
    {
      path: '/checklist/',
      budget: 23.5 * 1024,
      reason: 'the board, the checklist logic and slot with its migrations, meters (measured 22.9 KB)',
    },
    {
      path: '/toolkit/boss-manual/',
      budget: 37 * 1024,
      reason:
        'zod/mini with the toolkit shapes (7.7 KB: saved data is validated by the tool schemas), the manual, other-versions merging (measured 36.3 KB)',
    },
    {
      path: '/toolkit/one-on-one/',
      budget: 40.75 * 1024,
      reason: 'zod/mini (7.7 KB), the boss manual it reads, form drafts and other versions (measured 40.0 KB)',
    },
    {
      path: '/toolkit/bad-news/',
      budget: 41.25 * 1024,
      reason: 'zod/mini (7.7 KB), the boss manual that shapes the message, the brief and its words (measured 40.5 KB)',
    },
    {
      path: '/assessment/',
      budget: 25.75 * 1024,
      reason: 'scoring, bands and the result card, the slot with its statement-set migrations (measured 25.1 KB)',
    },
    {
      path: '/worksheet/',
      budget: 26.25 * 1024,
      reason: 'the worksheets, their menu and other versions (measured 25.7 KB)',
    },
    {
      path: '/toolkit/skip-level/',
      budget: 17.25 * 1024,
      reason: 'the saved-data core only; the tool loads when seen (measured 16.7 KB)',
    },
    {
      path: '/my-data/',
      budget: 50 * 1024,
      reason: 'every saved shape, to show, export and import it, with zod/mini for the toolkit shapes (measured 49.4 KB)',
    },
    {
      path: '/plan/',
      budget: 42.5 * 1024,
      reason: 'the next steps read from every tool, the calendar, zod/mini for the plan settings (measured 41.9 KB)',
    },
  ],
  lessonWithQuizJs: {
    // 22 KB since issue 26 (storage-notice words on demand, no preload helper): measured 21.6 KB,
    // the progress store for the read box just above included.
    budget: 22 * 1024,
    reason:
      "Solid's runtime (6.8 KB) before any of the site's own code; the storage layer every saving island shares (validation, each slot's migrations, the merge two tabs need, the save on hide and before the update Reload: about 5 KB); the checklist group just below the check, which loads with it; and the check itself (measured 21.6 KB)",
  },
  lessonFirstView: {
    budget: 17.25 * 1024,
    reason:
      "the lesson's HTML (up to 10.2 KB, its text alone up to 5.5 KB) and the site's stylesheets (6.6 KB, shared by every page and cached after the first: a lesson uses about 5 KB of it in its states, the rest is base styles for forms and tables, the home page's path and print and dark-mode rules it needs too); earn-trust measured 16.4 KB, when-its-hard 17.1 KB",
  },
};

/** The HTML budget that applies to a page: its ceiling if it has one, else the target. */
export const htmlBudget = (/** @type {string} */ path) =>
  CEILINGS.html.find((c) => c.match.test(path))?.budget ?? BUDGETS.htmlPerPage;
