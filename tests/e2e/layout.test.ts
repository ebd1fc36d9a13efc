// The page frame as a reader on a phone or laptop meets it: the header stays short, the search page
// has one search field, the contents rail stays in view on wide screens, and paper has no site
// chrome. (That every page fits 320 px, new reader or one with long saved data, that a lesson's
// text starts on the first screen, and axe are every-page.test.ts's.)
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { useBrowser } from './support/session';
import { pdfTextRunsPerPage } from './support/pdf';
import { settle } from './support/settle';

const b = useBrowser();
const lessons = readdirSync('dist/lessons', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `/lessons/${d.name}/`);

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

  test('the main nav calls only the link to this page "page", and the section a page lies in "true"', async () => {
    const { page } = await b.page();
    const currents = () =>
      page.$$eval('.main-nav a[aria-current]', (as) =>
        as.map((a) => `${a.textContent!.trim()}=${a.getAttribute('aria-current')}`),
      );
    for (const [path, expected] of [
      ['/', ['Lessons=page']],
      [lessons[0]!, ['Lessons=true']],
      ['/toolkit/', ['Toolkit=page']],
      ['/toolkit/bad-news/', ['Toolkit=true']],
      ['/worksheet/blank/', ['Worksheet=true']],
      ['/sources/', []],
    ] as const) {
      await page.goto(path);
      expect(await currents(), path).toEqual(expected);
    }
  });

  test('a section drawn only as it nears the screen is never taller than the size it is taken as until then', async () => {
    // Were it taller, what is measured inside it before it is drawn would lie over the next
    // section: axe and Lighthouse then read its controls as covered. The narrow widths of each
    // estimate are where sections are tallest.
    for (const [path, selector] of [
      ['/checklist/', '.ck-section.draw-near'],
      ['/assessment/', '.as-dimension.draw-near'],
    ] as const)
      for (const width of [320, 767, 768]) {
        const { page } = await b.page({ viewport: { width, height: 800 } });
        await page.goto(path);
        const sections = await page.$$eval(selector, (els) =>
          els.map((el) => {
            const estimate = parseFloat(getComputedStyle(el).containIntrinsicHeight.replace('auto ', ''));
            el.style.contentVisibility = 'visible';
            return { height: el.getBoundingClientRect().height, estimate };
          }),
        );
        expect(sections.length, path).toBeGreaterThan(4);
        for (const [i, s] of sections.entries())
          expect(s.height, `${path} at ${width} px, section ${i + 1}`).toBeLessThan(s.estimate);
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

  test('on a phone the nav row shows that it scrolls, at whichever end has more, and not once the end is reached', async () => {
    const { page } = await b.page({ viewport: { width: 390, height: 844 } });
    await page.goto('/checklist/');
    const nav = page.locator('.main-nav');
    const signs = () =>
      nav.evaluate((el) => {
        const ul = el.querySelector('ul')!;
        const sign = (which: '::before' | '::after') => {
          const s = getComputedStyle(ul, which);
          return s.content !== 'none' && s.content !== 'normal' && Number(s.opacity) > 0.5;
        };
        return { more: el.scrollWidth > el.clientWidth, left: sign('::before'), right: sign('::after') };
      });
    await expect.poll(signs).toEqual({ more: true, left: false, right: true });
    // Scrolled to the end, the sign moves to the start.
    await nav.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
    await expect.poll(signs).toEqual({ more: true, left: true, right: false });
    // A link reached by keyboard is never under the sign.
    await nav.evaluate((el) => el.scrollTo({ left: 0, behavior: 'instant' }));
    await page.locator('.main-nav a').last().focus();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const nav = document.querySelector('.main-nav')!.getBoundingClientRect();
          const a = document.activeElement!.getBoundingClientRect();
          return a.right <= nav.right - 30;
        }),
      )
      .toBe(true);
    // Wide screens: everything fits, no sign.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(signs).toEqual({ more: false, left: false, right: false });
  });

  test('"In short" marks its sentence with a label and a rule, not by setting the whole sentence in bold', async () => {
    const { page } = await b.page({ viewport: { width: 390, height: 844 } });
    for (const path of lessons) {
      await page.goto(path);
      const weights = await page.locator('.takeaway').evaluate((p) => ({
        sentence: Number(getComputedStyle(p).fontWeight),
        label: Number(getComputedStyle(p.querySelector('.takeaway-label')!).fontWeight),
      }));
      expect(weights.sentence, path).toBeLessThanOrEqual(500);
      expect(weights.label, path).toBeGreaterThanOrEqual(600);
    }
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
    // The rail's script loads on the first scroll; on a loaded machine that can take a while (a limit, not a wait).
    await page.waitForFunction(
      (h) => document.querySelector(`.toc a[href="${h}"]`)?.getAttribute('aria-current') === 'location',
      href,
      { timeout: 60_000 },
    );
    const after = await rail.boundingBox();
    expect(after!.y, 'the rail is still on screen after scrolling').toBeGreaterThanOrEqual(0);
    expect(after!.y).toBeLessThan(800);
    expect(await page.locator('.toc a[aria-current]').count()).toBe(1);
  });

  test('at 1280 px a contents rail longer than the screen scrolls to each link a keyboard reaches', async () => {
    const { page } = await b.page({ viewport: { width: 1280, height: 800 } });
    await page.goto('/lessons/when-its-hard/');
    const links = page.locator('.toc a');
    const count = await links.count();
    expect(count, 'the hard-case lesson has the longest contents').toBeGreaterThan(18);
    // At a reader's pace: each press waits until the link it reached is on screen (the page scrolls
    // smoothly), so the next press starts from where a reader would be. Eighteen presses fired at
    // once can leave the page mid-scroll when the last one lands, which tests the browser's
    // animation, not the rail.
    // Within a pixel: the browser scrolls by whole pixels and a link's box has fractions of one,
    // so a link it has brought fully into view can end 0.1 px past the edge.
    const onScreen = async (i: number) => {
      const box = await links.nth(i).boundingBox();
      return box !== null && box.y >= -1 && box.y + box.height <= 801;
    };
    await links.first().focus();
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('Tab');
      expect(await links.nth(i).evaluate((a) => a === document.activeElement), `Tab ${i} reaches link ${i}`).toBe(true);
      await expect.poll(() => onScreen(i), { message: `link ${i} of ${count} comes into view` }).toBe(true);
    }
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
    const { page } = await b.page();
    await page.goto(path);
    await settle(page);
    expect(await page.locator('.sources-line').count()).toBeGreaterThan(0);
    const all = pdfTextRunsPerPage(await page.pdf({ format: 'A4' }));
    // Everything but the line made invisible, which keeps the layout (and so every page break) as it
    // was; through the CSSOM, which the page's CSP allows (a <style> or style attribute it would refuse).
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('body *'))
        el.style.setProperty('visibility', 'hidden', 'important');
      for (const el of document.querySelectorAll<HTMLElement>('.sources-line, .sources-line *'))
        el.style.setProperty('visibility', 'visible', 'important');
    });
    const lineOnly = pdfTextRunsPerPage(await page.pdf({ format: 'A4' }));
    expect(lineOnly.length, 'same layout in both prints').toBe(all.length);
    expect(lineOnly.at(-1), 'the line is on the last page').toBeGreaterThan(0);
    // The last page shows more text than the line alone: something of the lesson prints with it.
    expect(all.at(-1)).toBeGreaterThan(lineOnly.at(-1)!);
  });
});
