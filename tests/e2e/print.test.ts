// Paper: every page drops the site chrome; the whole guide prints as one document.
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { useBrowser } from './support/session';
import { pdfPageCount } from './support/pdf';
import { axeViolations } from './support/axe';

const b = useBrowser();
/** However many lessons the guide has: one per lesson file. */
const lessonCount = readdirSync('src/content/lessons').filter((f) => f.endsWith('.mdx')).length;

describe('print', () => {
  test.each(['/', '/lessons/earn-trust/', '/sources/'])(
    '%s prints without header, navigation, search or buttons',
    async (path) => {
      const { page } = await b.page();
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      for (const chrome of [
        '.site-header',
        '.site-footer',
        '.skip-link',
        '.lesson-nav',
        '.pager',
        'button',
        'form[role="search"]',
      ]) {
        const visible = await page
          .locator(chrome)
          .evaluateAll((els) => els.some((el) => (el as HTMLElement).offsetParent !== null));
        expect(visible, chrome).toBe(false);
      }
      expect(await page.locator('h1').isVisible()).toBe(true);
    },
  );

  test('a printed lesson leaves the knowledge check out, says where to take it, and ends on a full page', async () => {
    const { page } = await b.page();
    await page.goto('/lessons/earn-trust/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.kc').isVisible()).toBe(false);
    const where = page.locator('.kc-panel .print-only');
    expect(await where.isVisible()).toBe(true);
    expect(await where.textContent()).toContain('knowledge check is at the end of this lesson');
    // Eight pages before (three of them an unanswerable quiz); the lesson itself fits in far fewer.
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(6);
  });

  test('the whole guide is one document with a contents list, every lesson in order, ready for PDF', async () => {
    const { page } = await b.page();
    await page.goto('/print/');
    const contents = page.locator('.contents > ol > li > a');
    expect(await contents.count()).toBe(lessonCount);
    const lessons = page.locator('article.print-lesson');
    expect(await lessons.count()).toBe(lessonCount);
    expect(await lessons.evaluateAll((els) => els.map((e) => e.id))).toEqual(
      await contents.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1))),
    );
    // Heading ids stay unique across lessons.
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    await page.emulateMedia({ media: 'print' });
    expect(await axeViolations(page)).toEqual([]);
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    // About five A4 pages a lesson, with room for other fonts: a bound on bloat, not a layout measure.
    expect(pages).toBeGreaterThanOrEqual(lessonCount * 2);
    expect(pages).toBeLessThanOrEqual(lessonCount * 8);
  });
});
