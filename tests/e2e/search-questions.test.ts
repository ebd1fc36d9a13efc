// Questions as readers type them (tests/e2e/search-questions.ts): each the guide can answer finds its
// lesson section among the top three results, with no small word highlighted; each it cannot answer
// says so plainly. One page, one question after another, as a reader would type them.
import { expect, test } from 'vitest';
import { useBrowser } from './support/session';
import { READER_QUESTIONS } from './search-questions';

const b = useBrowser();
/** Words a reader's question is full of, which must never be highlighted as if they mattered. */
const SMALL_WORDS = ['a', 'and', 'do', 'for', 'how', 'i', 'is', 'me', 'my', 'the', 'to', 'what'];

test('at least 30 reader questions, four or more the guide cannot answer', () => {
  expect(READER_QUESTIONS.length).toBeGreaterThanOrEqual(30);
  expect(READER_QUESTIONS.filter((x) => x.section === null).length).toBeGreaterThanOrEqual(4);
  expect(new Set(READER_QUESTIONS.map((x) => x.q)).size).toBe(READER_QUESTIONS.length);
});

test('reader questions find the section that answers them, or say nothing does', { timeout: 240_000 }, async () => {
  const { page } = await b.page();
  await page.goto('/search/');
  const box = page.getByLabel('Words to find');
  const status = page.locator('#search-status');
  const misses: string[] = [];
  for (const { q, section } of READER_QUESTIONS) {
    await box.fill(q);
    // The status names the question once its results are in.
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain(`“${q}”`);
    const said = (await status.textContent()) ?? '';
    const top = await page
      .locator('#search-results > li .result-title')
      .evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
    if (section === null) {
      const sections = await page.locator('#search-results .result-lesson').count();
      if (!said.startsWith('Nothing in the guide answers') || sections > 0 || top.length === 0)
        misses.push(`"${q}" should say nothing answers, with lessons to try; got "${said}" ${top.join(' ')}`);
      continue;
    }
    const [slug, anchor] = section.split('#');
    const want = `/lessons/${slug}/#${anchor}`;
    if (said.startsWith('Nothing') || !top.includes(want))
      misses.push(`"${q}" should find ${want}; got "${said}" ${top.join(' ')}`);
    const marked = await page.locator('#search-results mark').evaluateAll((ms) => ms.map((m) => m.textContent!.toLowerCase()));
    const small = marked.filter((w) => SMALL_WORDS.includes(w));
    if (small.length) misses.push(`"${q}" highlights ${small.join(', ')}`);
  }
  expect(misses).toEqual([]);
});
