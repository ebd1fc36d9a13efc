// A reader takes a lesson's knowledge check: wrong and right answers, explanations, the score,
// the saved result after reload, and "passed" in the lesson list and on the home page.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { hydrated, useBrowser } from './support/session';

const b = useBrowser();
const quiz = parse(readFileSync('src/content/quizzes/earn-trust.yaml', 'utf8')) as {
  passMark: number;
  questions: {
    id: string;
    prompt: string;
    options: { text: string; correct?: boolean; explanation: string; section: string }[];
  }[];
};

async function openCheck(page: Page) {
  await page.goto('/lessons/earn-trust/');
  await page.locator('[data-island=knowledge-check]').scrollIntoViewIfNeeded();
  await hydrated(page, '.kc');
  // The questions come to life once quiz.json has arrived.
  await page.locator('.kc fieldset:not([disabled])').first().waitFor();
}

const questionBox = (page: Page, prompt: string) => page.locator('.kc-questions fieldset', { hasText: prompt });

async function answer(page: Page, q: (typeof quiz.questions)[number], correct: boolean) {
  const option = q.options.find((o) => !!o.correct === correct)!;
  const box = questionBox(page, q.prompt);
  await box.getByLabel(option.text, { exact: true }).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  return { box, option };
}

describe('knowledge check', () => {
  test('without JavaScript the page gives the pass mark and says in one line that the questions need JavaScript', async () => {
    const { page } = await b.page({ javaScriptEnabled: false });
    await page.goto('/lessons/earn-trust/');
    expect(await page.locator('.kc-intro').textContent()).toContain(`Pass mark: ${quiz.passMark} of ${quiz.questions.length}`);
    // Playwright's text matching skips <noscript>, so the line is found by its place.
    const line = page.locator('.kc-panel noscript p');
    expect(await line.isVisible()).toBe(true);
    expect(await line.textContent()).toContain('The questions need JavaScript');
    // The questions come with their answers (quiz.json), sent once, when JavaScript can use them.
    expect(await page.locator('.kc-panel fieldset, .kc-panel input').count()).toBe(0);
  });

  test('with JavaScript every question arrives, live, in place of the pass mark alone', async () => {
    const { page } = await b.page();
    await openCheck(page);
    expect(await page.locator('.kc-questions fieldset:not([disabled])').count()).toBe(quiz.questions.length);
    for (const q of quiz.questions) expect(await questionBox(page, q.prompt).locator('legend').count()).toBe(1);
  });

  test('when quiz.json cannot be fetched (offline before the check was ever opened), the check says so', async () => {
    const { page, watch } = await b.page();
    await page.route('**/quiz.json', (route) => route.abort());
    await page.goto('/lessons/earn-trust/');
    await page.locator('[data-island=knowledge-check]').scrollIntoViewIfNeeded();
    await hydrated(page, '.kc');
    expect(await page.locator('.kc [role=alert]').textContent()).toContain("This check's questions didn't load");
    expect(await page.locator('.kc fieldset').count()).toBe(0);
    // The browser logs the failed fetch itself; that one line is expected, anything else is not.
    expect(watch.consoleErrors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
    watch.consoleErrors.length = 0;
  });

  test('a wrong answer says why, names where to read more, and keeps the other options one tap away; each explanation shows once', async () => {
    const { page } = await b.page();
    await openCheck(page);
    const [q1, q2] = quiz.questions;
    const wrong = await answer(page, q1!, false);
    await expect.poll(() => wrong.box.locator('.verdict').textContent()).toContain('Not quite');
    expect(await wrong.box.locator('.verdict').textContent()).toContain(wrong.option.explanation);
    const best = q1!.options.find((o) => o.correct)!;
    expect(await wrong.box.locator(`.verdict a[href="#${best.section}"]`).count()).toBe(1);
    const others = wrong.box.locator('.kc-others');
    expect(await others.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await wrong.box.locator('.kc-explain li').count()).toBe(q1!.options.length - 1);
    for (const o of q1!.options) {
      const shown = await wrong.box.evaluate((el, text) => el.textContent!.split(text).length - 1, o.explanation);
      expect(shown, o.text).toBe(1);
    }
    await others.locator('summary').click();
    expect(await wrong.box.locator('.kc-explain li').first().isVisible()).toBe(true);
    const right = await answer(page, q2!, true);
    await expect.poll(() => right.box.locator('.verdict').textContent()).toContain('Right');
    // Once checked, the answer is locked.
    expect(await right.box.locator('input[type=radio]').first().isDisabled()).toBe(true);
  });

  test('finishing shows the score and a review; the result is saved across reloads and shown in the lesson list and on the home page', async () => {
    const { page } = await b.page();
    await openCheck(page);
    for (const q of quiz.questions) await answer(page, q, true);
    const heading = page.locator('.kc-results h3');
    await expect.poll(() => heading.textContent()).toContain(`All ${quiz.questions.length} right`);
    expect(await page.locator('.kc-review li').count()).toBe(quiz.questions.length);
    expect(await page.locator('.kc-review').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');

    await page.reload();
    await openCheck(page);
    await expect
      .poll(() => page.locator('.kc-saved').textContent())
      .toContain(`Your best so far: ${quiz.questions.length} of ${quiz.questions.length} (passed)`);
    const navItem = page.locator('.lesson-nav li', { hasText: 'Earn trust' });
    await expect.poll(() => navItem.textContent()).toContain('Check passed');

    await page.goto('/');
    await hydrated(page, '.home-progress');
    const checks = readdirSync('src/content/quizzes').filter((f) => f.endsWith('.yaml')).length;
    await expect.poll(() => page.locator('.home-stats').textContent()).toContain(`1 of ${checks} knowledge checks passed`);
  });

  test('the score is a card a reader notices: the number large, passed or not yet, beside the words on a laptop', async () => {
    for (const [viewport, correct] of [
      [{ width: 1280, height: 800 }, false],
      [{ width: 390, height: 844 }, true],
    ] as const) {
      const { page } = await b.page({ viewport });
      await openCheck(page);
      for (const [i, q] of quiz.questions.entries()) await answer(page, q, correct || i === 0);
      const card = page.locator('.kc-results');
      await card.waitFor();
      const score = correct ? quiz.questions.length : 1;
      expect(await card.locator('.kc-score-n').textContent()).toBe(String(score));
      expect(await card.locator('.kc-badge').textContent()).toBe(correct ? 'Passed' : 'Not yet');
      expect(await card.evaluate((el) => el.classList.contains('passed'))).toBe(correct);
      // The number at least twice the size of the words around it; the heading still says it all in words.
      const sizes = await card.evaluate((el) => ({
        number: parseFloat(getComputedStyle(el.querySelector('.kc-score-n')!).fontSize),
        text: parseFloat(getComputedStyle(el.querySelector('p:not(.kc-score)')!).fontSize),
      }));
      expect(sizes.number).toBeGreaterThanOrEqual(2 * sizes.text);
      expect(await card.locator('h3').textContent()).toMatch(new RegExp(`\\b${score}\\b`));
      expect(await card.locator('.kc-score').getAttribute('aria-hidden')).toBe('true');
      // A card: its own background and edge, not a line on the page.
      const look = await card.evaluate((el) => {
        const s = getComputedStyle(el);
        const page = getComputedStyle(el.closest('.kc-panel')!);
        return { own: s.backgroundColor !== page.backgroundColor, edge: parseFloat(s.borderTopWidth) };
      });
      expect(look.own).toBe(true);
      expect(look.edge).toBeGreaterThanOrEqual(3);
      // On a laptop the score sits in its own column, beside the heading.
      // Both boxes from one frame: the page may still be scrolling the card into view between two reads.
      const [n, h] = await card.evaluate((el) =>
        ['.kc-score', ':scope > h3'].map((s) => {
          const r = el.querySelector(s)!.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
      if (viewport.width > 1000) expect(n!.right).toBeLessThanOrEqual(h!.left);
      else expect(n!.bottom).toBeLessThanOrEqual(h!.top + 1);
      await page.close();
    }
  });

  test('a failing attempt is not a pass, and "try again" reshuffles and resets the questions', async () => {
    const { page } = await b.page();
    await openCheck(page);
    for (const q of quiz.questions) await answer(page, q, false);
    await expect.poll(() => page.locator('.kc-results h3').textContent()).toContain(`0 of ${quiz.questions.length} this time`);
    // The summary names every section to reread, once each.
    const sections = [...new Set(quiz.questions.map((q) => q.options.find((o) => o.correct)!.section))];
    expect(await page.locator('.kc-reread a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      sections.map((s) => `#${s}`),
    );
    const review = page.locator('.kc-review li').first();
    expect(await review.textContent()).toContain('Correct answer:');
    expect(await review.textContent()).toContain('Your answer:');
    await page.getByRole('button', { name: /Try again/ }).click();
    expect(await page.locator('.kc-results').count()).toBe(0);
    expect(await page.locator('.kc-questions input:checked').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Check answer' }).count()).toBe(quiz.questions.length);
    await page.reload();
    await openCheck(page);
    await expect.poll(() => page.locator('.kc-saved').textContent()).toContain('Your best so far: 0 of');
    expect(await page.locator('.kc-saved').textContent()).not.toContain('passed');
  });

  test('after an answer, the chosen and the correct option are named in words, in the accessible tree', async () => {
    const { page } = await b.page();
    await openCheck(page);
    const [q1, q2] = quiz.questions;
    const wrong = await answer(page, q1!, false);
    const best = q1!.options.find((o) => o.correct)!;
    await expect.poll(() => wrong.box.locator('.verdict').count()).toBe(1);
    // The radios' accessible names carry the words, not just the colors.
    expect(await wrong.box.getByRole('radio', { name: `${wrong.option.text} Your answer`, exact: true }).count()).toBe(1);
    expect(await wrong.box.getByRole('radio', { name: `${best.text} Correct answer`, exact: true }).count()).toBe(1);
    const tree = await wrong.box.locator('.kc-options').ariaSnapshot();
    expect(tree).toContain('Your answer');
    expect(tree).toContain('Correct answer');
    // A right answer is both at once.
    const right = await answer(page, q2!, true);
    await expect.poll(() => right.box.locator('.verdict').count()).toBe(1);
    expect(
      await right.box.getByRole('radio', { name: `${right.option.text} Your answer Correct answer`, exact: true }).count(),
    ).toBe(1);
  });
});
