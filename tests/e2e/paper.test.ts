// Paper is always light: every page a reader prints comes out the same from a dark system as from a
// light one (the same drawing, colours included, in the PDF), with the light palette's colours;
// the worksheet's writing space prints as ruled lines, prompts stay whole on a page, and a printed
// lesson names where its knowledge check is without a bare path.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { hydrated, useBrowser } from './support/session';
import { pdfPageContents, pdfRules } from './support/pdf';

const b = useBrowser();
const lessons = readdirSync('src/content/lessons')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => `/lessons/${f.replace(/\.mdx$/, '')}/`);
const worksheet = parse(readFileSync('src/data/worksheet.yaml', 'utf8')) as {
  parts: { prompts: { kind: string; lines?: number }[] }[];
};
const ruledLines = worksheet.parts.flatMap((p) => p.prompts).reduce((n, p) => n + (p.kind === 'text' ? (p.lines ?? 0) : 0), 0);

/** What a page needs before it prints as a reader would see it: its islands awake, a result shown. */
const ready: Record<string, (page: Page) => Promise<void>> = {
  '/worksheet/': (page) => hydrated(page, '.ws'),
  '/checklist/': (page) => hydrated(page, '.ck-board'),
  '/toolkit/boss-manual/': (page) => hydrated(page, '.tk'),
  '/toolkit/bad-news/': (page) => hydrated(page, '.tk'),
  '/toolkit/one-on-one/': async (page) => {
    await page.locator('astro-island').last().scrollIntoViewIfNeeded();
    await hydrated(page);
  },
  '/toolkit/skip-level/': async (page) => {
    await page.locator('astro-island').last().scrollIntoViewIfNeeded();
    await hydrated(page);
  },
  '/assessment/': async (page) => {
    await hydrated(page, '.assessment');
    // Every statement rated in one page call (a click runs the reader's change handler): printing,
    // not answering, is what this test is about, and forty separate clicks twice are slow when loaded.
    await page.evaluate(() =>
      document
        .querySelectorAll('fieldset.as-statement')
        .forEach((set, i) => set.querySelector<HTMLInputElement>(`input[value="${(i % 5) + 1}"]`)!.click()),
    );
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.locator('.as-results').waitFor();
  },
};
const printable = [
  '/',
  ...lessons,
  '/print/',
  '/worksheet/',
  '/worksheet/blank/',
  '/checklist/',
  '/assessment/',
  '/toolkit/boss-manual/',
  '/toolkit/bad-news/',
  '/toolkit/one-on-one/',
  '/toolkit/skip-level/',
  '/sources/',
];

// Every page's printed colours are compared element by element in both schemes. The PDFs, whose
// drawing also covers what computed colours don't (SVG fills, shadows, images), are compared for one
// page of each kind: the other lessons and the whole-guide print share the lesson's template, the
// toolkit pages share one layout, and the blank worksheet is printed by the ruled-lines test below.
// A PDF costs about as much as the rest of a page's checks together, so this keeps the file quick.
const drawnOnPaper = new Set([
  '/',
  '/lessons/earn-trust/',
  '/worksheet/',
  '/checklist/',
  '/assessment/',
  '/toolkit/bad-news/',
  '/sources/',
]);

/** Every element's colours as printed: text, background and borders. */
const printedColours = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].map((el) => {
      const s = getComputedStyle(el);
      return `${el.localName}.${el.className} ${s.color} ${s.backgroundColor} ${s.borderTopColor} ${s.borderLeftColor}`;
    }),
  );

async function printIn(path: string, scheme: 'light' | 'dark') {
  const { page } = await b.page();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(path);
  await ready[path]?.(page);
  await page.emulateMedia({ media: 'print', colorScheme: scheme });
  const root = await page.evaluate(() => {
    const html = getComputedStyle(document.documentElement);
    const body = getComputedStyle(document.body);
    return { scheme: html.colorScheme, bg: body.backgroundColor, text: body.color };
  });
  const pdf = drawnOnPaper.has(path) ? await page.pdf({ format: 'A4' }) : null;
  const printed = { root, pdf, colours: await printedColours(page) };
  // Closed before the other scheme's print, so nothing this page saved reaches the next one.
  await page.close();
  return printed;
}

describe('paper', () => {
  test('every page kind is printed to PDF in both schemes', () => {
    for (const path of drawnOnPaper) expect(printable).toContain(path);
  });

  test.each(printable)('%s prints the same from a dark system as from a light one, in the light palette', async (path) => {
    const light = await printIn(path, 'light');
    const dark = await printIn(path, 'dark');
    // The page itself: light paper, dark ink, and the browser told the paper is light.
    expect(dark.root).toEqual({ scheme: 'light', bg: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
    expect(dark.colours).toEqual(light.colours);
    // The PDFs: the same pages with the same text in the same places and colours.
    if (!light.pdf || !dark.pdf) return;
    const [lightPages, darkPages] = [pdfPageContents(light.pdf), pdfPageContents(dark.pdf)];
    expect(darkPages.length).toBe(lightPages.length);
    for (let i = 0; i < lightPages.length; i++) expect(darkPages[i], `page ${i + 1}`).toBe(lightPages[i]);
  });

  test.each(['/worksheet/blank/', '/worksheet/'])(
    '%s prints every prompt’s writing space as ruled lines, and no prompt’s words split across pages',
    async (path) => {
      const { page } = await b.page();
      await page.goto(path);
      await ready[path]?.(page);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      // Each line of writing space is a solid rule on paper (#777), as many as the prompts ask for.
      expect(pdfRules(pdf, '.4667 .4667 .4667')).toBe(ruledLines);
      const breaks = await page
        .locator('.ws-label, .ws-hint')
        .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).breakInside))]);
      expect(breaks).toEqual(['avoid']);
    },
  );

  test('a printed lesson says where its knowledge check is, with no bare path', async () => {
    const { page } = await b.page();
    await page.goto('/lessons/earn-trust/');
    await page.emulateMedia({ media: 'print' });
    const where = (await page.locator('.kc-panel .print-only').textContent())!;
    expect(where).toContain('knowledge check');
    expect(where).not.toMatch(/(^|\s)\/\S*/);
    expect(where).toContain((await page.locator('h1').textContent())!.trim());
  });
});
