// Byte budgets. Every page's HTML and stylesheets are read from the build; what a page type loads
// (JavaScript before and after interaction, a whole first view) is measured from what Chromium
// actually requests (see scripts/measure.mjs), which also checks the build reading on two pages.
// Bytes do not depend on machine speed, so they are tests; timings live only in `npm run bench`.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { BUDGETS, CEILINGS, PAGE_TYPES, htmlBudget, measureBuiltPage, measurePage } from '../../scripts/measure.mjs';
import { baseURL, launch } from './support/browser';
import { builtPages } from './support/pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const over = (what: string, bytes: number, budget: number) =>
  bytes > budget ? `${what}: ${bytes} B gzip, ${bytes - budget} B over the ${budget} B budget` : null;

/** One browser measurement per page type, shared by the tests that read it. */
const measured = new Map<string, ReturnType<typeof measurePage>>();
const measure = (id: string) => {
  const type = PAGE_TYPES.find((t) => t.id === id)!;
  if (!measured.has(id)) measured.set(id, measurePage(browser, baseURL(), type));
  return measured.get(id)!;
};

describe('size budgets (gzip)', () => {
  test('every page: HTML at most 7 KB (or its documented ceiling), all CSS at most 10 KB', () => {
    const problems: string[] = [];
    for (const path of builtPages()) {
      const m = measureBuiltPage('dist', path);
      problems.push(
        ...[over(`${path} HTML`, m.html.gzip, htmlBudget(path)), over(`${path} CSS`, m.css.gzip, BUDGETS.cssPerPage)].filter(
          (x): x is string => x !== null,
        ),
      );
    }
    expect(problems).toEqual([]);
  });

  test('what the build says a page fetches is what Chromium fetches', async () => {
    for (const id of ['lesson', 'home']) {
      const m = await measure(id);
      const built = measureBuiltPage('dist', m.path);
      expect({ html: m.byKind.html.gzip, css: m.byKind.css.gzip, stylesheets: m.byKind.css.count }, m.path).toEqual({
        html: built.html.gzip,
        css: built.css.gzip,
        stylesheets: built.css.count,
      });
    }
  });

  test("pages without an island ship none of the site's own JavaScript", async () => {
    // As built: no script element and no module preload, so nothing can load one.
    for (const path of ['/sources/', '/print/', '/worksheet/blank/', '/404.html']) {
      const html = readFileSync(path.endsWith('/') ? `dist${path}index.html` : `dist${path}`, 'utf8');
      expect(html.match(/<script\b|rel="?modulepreload/g), path).toBeNull();
    }
    // And as Chromium loads one of them.
    const m = await measure('no-island');
    expect(m.js.initial.raw + m.js.inline.raw + m.js.onDemand.raw, m.path).toBe(0);
  });

  // The 12 KB target is below what the Solid runtime and the shared storage layer weigh; see CEILINGS.
  // 22 KB (from 22.5) and 42 KB (from 43.5) since issue 26: measured 21.6 and 41.1 KB.
  test('a lesson with its quiz island: JS within its ceiling; a first visit within 42 KB in total', async () => {
    const m = await measure('lesson-quiz');
    const js = m.js.initial.gzip + m.js.onDemand.gzip + m.js.inline.gzip;
    expect(
      [
        over(`${m.path} JS`, js, CEILINGS.lessonWithQuizJs.budget),
        over(`${m.path} first visit`, m.total.gzip, BUDGETS.firstLessonVisit),
      ].filter(Boolean),
    ).toEqual([]);
  });

  // The 14 KB target (issue 26) is below the lesson's HTML and the shared stylesheets together; the
  // ceiling, 17.25 KB (from 19) since the check's questions left the HTML, is in CEILINGS with its reason.
  test('a lesson first view: within its ceiling, no JavaScript file before interaction, at most 1.1 KB of inline script', async () => {
    const m = await measure('lesson');
    expect(m.js.initial.count).toBe(0);
    expect(
      [
        over('lesson first view', m.total.gzip, CEILINGS.lessonFirstView.budget),
        over('lesson inline script', m.js.inline.gzip, BUDGETS.lessonInlineJs),
      ].filter(Boolean),
    ).toEqual([]);
  });

  test('home: at most 3 KB of JavaScript before interaction', async () => {
    const m = await measure('home');
    expect(over('home JS', m.js.initial.gzip + m.js.inline.gzip, BUDGETS.homeJsBeforeInteraction)).toBeNull();
  });

  // Issue 26's 16 KB is below what a tool page needs before its own code; see CEILINGS.toolJs.
  test('a tool page: JavaScript before interaction within its ceiling', async () => {
    const problems: string[] = [];
    for (const { path, budget } of CEILINGS.toolJs) {
      const m = await measurePage(browser, baseURL(), { id: path, label: path, path });
      problems.push(
        ...[over(`${path} JS before interaction`, m.js.initial.gzip + m.js.inline.gzip, budget)].filter((x) => x !== null),
      );
    }
    expect(problems).toEqual([]);
  });

  test('search code loads only when a search is made', async () => {
    const lesson = await measure('lesson');
    expect(lesson.requests.filter((r: { url: string }) => r.url.includes('/pagefind/'))).toEqual([]);
    const search = await measure('search');
    expect(search.requests.some((r: { url: string }) => r.url.includes('/pagefind/pagefind.js'))).toBe(true);
  });
});
