// The page frame as a reader on a phone or laptop meets it: nothing scrolls sideways even with long
// saved notes and names, a lesson's text starts on the first screen, the header stays short, the
// search page has one search field, and the contents rail stays in view on wide screens.
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { useBrowser } from './support/session';
import { builtPages } from './support/pages';
import { pdfPageCount } from './support/pdf';
import { axeViolations } from './support/axe';

const b = useBrowser();
const pages = builtPages();
const lessons = readdirSync('dist/lessons', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `/lessons/${d.name}/`);

/** A returning reader who writes long: long notes and names, long answers, a 60-letter word. */
const longReader = () => {
  const word = 'Supercalifragilisticexpialidociousnessandmoreandmoreandmorex'; // 60 letters
  const long = `Told Priya about the vendor delay before standup, then again after lunch because she asked twice ${word}`;
  const env = (version: number, data: unknown) => JSON.stringify({ version, savedAt: new Date().toISOString(), data });
  const now = new Date().toISOString();
  const items: Record<string, { done: boolean; date: string; note: string }> = {};
  for (const id of ['boss-career-story-known', 'recurring-one-on-one-booked', 'risk-flagged-before-anyone-else'])
    items[id] = { done: id !== 'recurring-one-on-one-booked', date: '2026-11-20', note: long };
  localStorage.setItem('managing-up:checklist', env(1, { items }));
  localStorage.setItem('managing-up:progress', env(1, { read: { 'what-managing-up-is': now } }));
  localStorage.setItem(
    'managing-up:worksheet',
    env(2, {
      activeId: 'ws-long',
      sheets: [
        {
          id: 'ws-long',
          name: `My manager at the regional distribution centre ${word}`,
          createdAt: now,
          updatedAt: now,
          answers: { week: `${long} ${long}`, 'surprising-decisions': word },
        },
        { id: 'ws-2', name: word, createdAt: now, updatedAt: now, answers: {} },
      ],
    }),
  );
};

describe('no sideways scrolling at 320 px with long reader data', () => {
  test.each(pages)('%s', async (path) => {
    const { page, context } = await b.page({ viewport: { width: 320, height: 700 } });
    await context.addInitScript(longReader);
    await page.goto(path, { waitUntil: 'networkidle' });
    // Islands hydrate when scrolled into view: bring every shown one in, and wait for it, before
    // measuring (islands inside a closed disclosure stay as the server rendered them).
    await page.evaluate(async () => {
      for (const el of document.querySelectorAll('astro-island')) {
        // Islands are display: contents, so their first element stands for them.
        const box = el.firstElementChild;
        if (!box?.checkVisibility()) continue;
        box.scrollIntoView({ behavior: 'instant', block: 'center' });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('astro-island')].every(
        (el) => !el.firstElementChild?.checkVisibility() || !el.hasAttribute('ssr'),
      ),
    );
    const widths = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(widths.doc, `${path} is ${widths.doc}px wide`).toBeLessThanOrEqual(widths.view);
    expect(widths.body).toBeLessThanOrEqual(widths.view);
  });
});

describe("a lesson's text starts on the first screen", () => {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    test.each(lessons)(`%s at ${width}x${height}`, async (path) => {
      const { page } = await b.page({ viewport: { width, height } });
      await page.goto(path);
      const first = page.locator('.lesson-body > p').first();
      const box = await first.boundingBox();
      expect(box, 'the lesson has a first paragraph').not.toBeNull();
      // Its first line, at least, is visible without scrolling.
      expect(box!.y + 28).toBeLessThanOrEqual(height);
    });
  }
});

describe('the page frame', () => {
  test('the header is at most 120 px tall on a 390 px phone, with the nav on one row', async () => {
    const { page } = await b.page({ viewport: { width: 390, height: 844 } });
    for (const path of ['/', lessons[0]!, '/checklist/']) {
      await page.goto(path);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height, path).toBeLessThanOrEqual(120);
      const tops = await page.$$eval('.main-nav a', (as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
      expect(new Set(tops).size, `${path}: nav links on one row`).toBe(1);
    }
  });

  test('the nav scrolls within its own row and every item can be reached', async () => {
    const { page } = await b.page({ viewport: { width: 320, height: 700 } });
    await page.goto('/');
    const last = page.locator('.main-nav a').last();
    await last.scrollIntoViewIfNeeded();
    const box = await last.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  });

  test('/search/ has exactly one search field; other pages keep the header search', async () => {
    const { page } = await b.page({ viewport: { width: 390, height: 844 } });
    await page.goto('/search/');
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('[role="search"], search').count()).toBeLessThanOrEqual(1);
    await page.goto('/');
    expect(await page.locator('.site-header input[type="search"]').count()).toBe(1);
  });

  test('on a phone the contents are a closed disclosure that opens without JavaScript', async () => {
    const { page } = await b.page({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await page.goto(lessons[0]!);
    const firstLink = page.locator('.toc a').first();
    expect(await firstLink.isVisible()).toBe(false);
    await page.locator('.toc summary').click();
    expect(await firstLink.isVisible()).toBe(true);
  });

  test('at 1280 px the contents rail stays in view and marks the section being read', async () => {
    const { page } = await b.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(lessons[1]!);
    const rail = page.locator('.toc a').first();
    expect(await rail.isVisible()).toBe(true);
    const text = await page.locator('.lesson-body').boundingBox();
    const railBox = await rail.boundingBox();
    expect(railBox!.x, 'the rail is to the right of the text').toBeGreaterThan(text!.x + text!.width);
    // Go to the third section as a reader would, by its link.
    const target = page.locator('.toc a').nth(2);
    const href = (await target.getAttribute('href'))!;
    await target.click();
    await page.waitForFunction((h) => location.hash === h, href);
    await page.waitForFunction(
      (h) => document.querySelector(`.toc a[href="${h}"]`)?.getAttribute('aria-current') === 'location',
      href,
    );
    const after = await rail.boundingBox();
    expect(after!.y, 'the rail is still on screen after scrolling').toBeGreaterThanOrEqual(0);
    expect(after!.y).toBeLessThan(800);
    expect(await page.locator('.toc a[aria-current]').count()).toBe(1);
  });

  test('home shows the continue slot and the first lesson on the first screen of a phone', async () => {
    const { page } = await b.page({ viewport: { width: 390, height: 844 } });
    await page.goto('/');
    const slot = await page.locator('#continue').boundingBox();
    const first = await page.locator('.lesson-list a').first().boundingBox();
    expect(slot!.y).toBeLessThan(844);
    expect(first!.y + 30).toBeLessThanOrEqual(844);
  });
});

describe('axe clean in both colour schemes at phone and laptop widths', () => {
  const sample = ['/', lessons[0]!, '/checklist/', '/worksheet/', '/assessment/', '/search/', '/sources/', '/my-data/'];
  for (const colorScheme of ['light', 'dark'] as const)
    for (const width of [390, 1280])
      test(`${colorScheme} at ${width} px`, async () => {
        const { page } = await b.page({ viewport: { width, height: 844 }, colorScheme });
        const problems: string[] = [];
        for (const path of sample) {
          await page.goto(path, { waitUntil: 'networkidle' });
          problems.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
        }
        expect(problems).toEqual([]);
      });
});

describe('on paper', () => {
  test('a printed lesson has no site chrome', async () => {
    const { page } = await b.page();
    await page.goto(lessons[0]!);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.site-footer', '.lesson-nav', '.toc', '.pager', '.skip-link'])
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    expect(await page.locator('.lesson-body > p').first().isVisible()).toBe(true);
  });

  test.each(lessons)('%s: the sources line never prints alone on a last page', async (path) => {
    // The test hides the line with an injected style, which the page's CSP would refuse.
    const { page } = await b.page({ bypassCSP: true });
    await page.goto(path, { waitUntil: 'networkidle' });
    const withLine = pdfPageCount(await page.pdf({ format: 'A4' }));
    await page.addStyleTag({ content: '.sources-line { display: none !important }' });
    const withoutLine = pdfPageCount(await page.pdf({ format: 'A4' }));
    // If the line sat alone on the last page, taking it away would take that page away too.
    expect(withLine).toBe(withoutLine);
  });
});
