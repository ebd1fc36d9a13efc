// "Your plan" as a reader uses it: the next steps from a finished assessment, checklist ticks and two
// missed questions; a missed question coming back after 1 day, then 3 more after a right answer;
// the calendar file parsed by a real parser; and the review state carried by export and import.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { downloadText } from './support/browser';
import { hydrated, useBrowser } from './support/session';
import { makeAttempt, type Questionnaire } from '../../src/lib/assessment';
import { addMissed, emptyReview } from '../../src/lib/plan/review';

const b = useBrowser();
const yaml = (path: string) => parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

interface QuizYaml {
  questions: { id: string; prompt: string; options: { text: string; correct?: boolean }[] }[];
}
const quiz = yaml('src/content/quizzes/earn-trust.yaml') as unknown as QuizYaml;
// Due the same day, questions come back in the order of their keys.
const [q1, q2] = quiz.questions.slice(0, 2).sort((a, b) => (a.id < b.id ? -1 : 1));
const rawAssessment = yaml('src/data/assessment.yaml') as unknown as {
  dimensions: { id: string; lesson: string }[];
  statements: { id: string; dimension: string; reverse?: boolean; canSkip?: boolean; scale?: string }[];
  bands: { id: string; min: number; title: string }[];
};
const questionnaire = {
  set: 'v2',
  ...rawAssessment,
  statements: rawAssessment.statements.map((s) => ({ scale: 'frequency', reverse: false, canSkip: false, ...s })),
} as unknown as Questionnaire;
const low = rawAssessment.dimensions[2]!;
const answers = Object.fromEntries(
  questionnaire.statements.map((s) => [s.id, s.dimension === low.id ? (s.reverse ? 5 : 1) : s.canSkip ? 3 : s.reverse ? 2 : 4]),
);
const habits = readdirSync('src/content/checklist').flatMap((f) =>
  (yaml(`src/content/checklist/${f}`).items as { id: string; every?: string }[]).filter((i) => i.every),
);

const start = new Date('2026-03-10T09:00:00');
const envelope = (data: unknown) => JSON.stringify({ version: 1, savedAt: start.toISOString(), data });

/** Saved state in place before the first load only, and the page's clock at `at`. */
async function busyReader(page: Page, at: Date) {
  await page.clock.setFixedTime(at);
  const seed = {
    'managing-up:review': envelope(addMissed(emptyReview(), 'earn-trust', [q1!.id, q2!.id], start)),
    'managing-up:progress': envelope({ read: { 'earn-trust': start.toISOString() } }),
    'managing-up:checklist': envelope({ items: { [habits[0]!.id]: { done: true, date: '2026-03-01' } }, kept: [] }),
    'managing-up:assessment': JSON.stringify({
      version: 2,
      savedAt: start.toISOString(),
      data: { draft: {}, attempts: [makeAttempt(questionnaire, answers, start)] },
    }),
  };
  await page.addInitScript((s) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
    sessionStorage.setItem('seeded', '1');
  }, seed);
}

const day = (n: number) => new Date(start.getTime() + n * 86_400_000);

describe('your plan', () => {
  test('a new reader gets a short start, and without JavaScript the page says what it would show', async () => {
    const { page } = await b.page({ javaScriptEnabled: false });
    await page.goto('/plan/');
    expect(await page.locator('noscript').count()).toBeGreaterThan(0);
    const { page: js } = await b.page();
    await js.goto('/plan/');
    await hydrated(js, '.plan');
    await expect.poll(() => js.locator('.plan-steps li').first().getAttribute('data-kind')).toBe('start-reading');
  });

  test('a busy reader sees the weakest area first, the due habit and the review', async () => {
    const { page } = await b.page();
    await busyReader(page, day(0));
    await page.goto('/plan/');
    await hydrated(page, '.plan');
    const kinds = () => page.locator('.plan-steps li').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-kind')));
    await expect.poll(kinds).toContain('weakest-lesson');
    expect((await kinds())[0]).toBe('weakest-lesson');
    expect(await page.locator('.plan-steps li[data-kind="weakest-lesson"] a').getAttribute('href')).toBe(
      `/lessons/${low.lesson}/`,
    );
    // The two questions were missed today: nothing to review until tomorrow.
    expect(await page.locator('#review + p').textContent()).toContain('Nothing to review today');
  });

  test('a missed question returns after 1 day; answered right, it returns 3 days later', async () => {
    const { page } = await b.page();
    await busyReader(page, day(0));
    await page.goto('/plan/');
    await hydrated(page, '.plan');
    await page.clock.setFixedTime(day(1));
    await page.reload();
    await hydrated(page, '.plan');
    const form = page.locator('.plan-review');
    await expect.poll(() => form.locator('legend').textContent()).toBe(q1!.prompt);
    const right = q1!.options.findIndex((o) => o.correct);
    await form.locator(`input[value="${right}"]`).check();
    await form.getByRole('button', { name: 'Check my answer' }).click();
    await expect.poll(() => page.locator('.plan-feedback').textContent()).toContain('Right.');
    await page.getByRole('button', { name: 'Next question' }).click();
    await expect.poll(() => form.locator('legend').textContent()).toBe(q2!.prompt);
    const wrong = q2!.options.findIndex((o) => !o.correct);
    await form.locator(`input[value="${wrong}"]`).check();
    await form.getByRole('button', { name: 'Check my answer' }).click();
    await expect.poll(() => page.locator('.plan-feedback').textContent()).toContain('Not quite.');
    const count = page.locator('.plan-review-count');
    const at = async (n: number) => {
      await page.clock.setFixedTime(day(n));
      await page.reload();
      await hydrated(page, '.plan');
    };
    // Day 3: the wrong one is back (it was due on day 2); the right one waits for day 4.
    await at(3);
    await expect.poll(() => count.textContent()).toContain('1 question to review today');
    expect(await form.locator('legend').textContent()).toBe(q2!.prompt);
    await at(4);
    await expect.poll(() => count.textContent()).toContain('2 questions to review today');
  });

  test('"Add to my calendar" downloads a calendar with every habit and the weekly one-on-one reminder', async () => {
    const { page } = await b.page();
    await busyReader(page, day(0));
    await page.goto('/plan/');
    await hydrated(page, '.plan');
    await page.getByLabel('Prepare my one-on-one on').selectOption('TH');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add to my calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const cal = new ICAL.Component(ICAL.parse(await downloadText(download)) as unknown[]);
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(habits.length + 1);
    const rules = events.map((e) => String(e.getFirstPropertyValue('rrule')));
    expect(rules).toContain('FREQ=WEEKLY;BYDAY=TH');
    expect(rules.filter((r) => r.startsWith('FREQ=WEEKLY')).length).toBeGreaterThan(1);
  });
});
