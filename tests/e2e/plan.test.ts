// "Your plan" as a reader uses it: the next steps from a finished assessment, checklist ticks and two
// missed questions, each step's reason on a line of its own; the change per area once the assessment
// is a few weeks old; a missed question coming back after 1 day, then 3 more after a right answer;
// the one-on-one day chosen, saved and used by the calendar file (parsed by a real parser); the
// review state and that day carried by export and import; the page without JavaScript; and the
// plan's short form on the home page, for a busy reader only.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { downloadText } from './support/browser';
import { roundTrip } from './support/my-data';
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
async function busyReader(page: Page, at: Date, more: Record<string, string> = {}) {
  await page.clock.setFixedTime(at);
  const seed: Record<string, string> = {
    'managing-up:review': envelope(addMissed(emptyReview(), 'earn-trust', [q1!.id, q2!.id], start)),
    'managing-up:progress': envelope({ read: { 'earn-trust': start.toISOString() } }),
    'managing-up:checklist': envelope({ items: { [habits[0]!.id]: { done: true, date: '2026-03-01' } }, kept: [] }),
    'managing-up:assessment': JSON.stringify({
      version: 2,
      savedAt: start.toISOString(),
      data: { draft: {}, attempts: [makeAttempt(questionnaire, answers, start)] },
    }),
    ...more,
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
    const notice = page.locator('.notice').filter({ hasText: 'reading it needs JavaScript, which is off' });
    expect(await notice.isVisible()).toBe(true);
    // What needs saved state or JavaScript is hidden; the calendar says why its button is missing.
    expect(await page.getByRole('button', { name: 'Add to my calendar' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Prepare my one-on-one on').isVisible()).toBe(false);
    expect(await page.locator('#plan-where').isVisible()).toBe(false);
    expect(await page.getByText('Making the calendar file needs JavaScript, which is off in this browser.').isVisible()).toBe(
      true,
    );
    // The first steps still read, and lead somewhere.
    expect(await page.locator('.plan-steps li a').first().getAttribute('href')).toMatch(/^\/lessons\//);
    const { page: js } = await b.page();
    await js.goto('/plan/');
    await hydrated(js, '.plan');
    await expect.poll(() => js.locator('.plan-steps li').first().getAttribute('data-kind')).toBe('start-reading');
    expect(await js.getByText('Making the calendar file needs JavaScript').isVisible()).toBe(false);
    expect(await js.getByRole('button', { name: 'Add to my calendar' }).isEnabled()).toBe(true);
    // A new reader has nothing to review: no empty section for it.
    expect(await js.locator('#review').count()).toBe(0);
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

  test("each step's reason is a line of its own, never run into the link", async () => {
    const { page } = await b.page();
    await busyReader(page, day(0));
    await page.goto('/plan/');
    await hydrated(page, '.plan');
    const step = page.locator('.plan-steps li[data-kind="weakest-lesson"]');
    await expect.poll(() => step.count()).toBe(1);
    const link = (await step.locator('a').innerText()).trim();
    const detail = (await step.locator('.plan-detail').innerText()).trim();
    expect(detail).toMatch(/^Your lowest area in the self-assessment: /);
    // As the reader sees (and copies) it: the link, a line break, then the reason.
    expect((await step.innerText()).split(/\n+/).map((l) => l.trim())).toEqual([link, detail]);
    expect(await step.locator('a .plan-detail').count()).toBe(0);
  });

  test('a self-assessment a few weeks old: retake it, with the change per area since last time', async () => {
    const { page } = await b.page();
    const earlier = { ...makeAttempt(questionnaire, answers, day(-40)) };
    const better = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v === 1 ? 2 : v === 5 ? 4 : v]));
    const attempts = [earlier, makeAttempt(questionnaire, better, day(-30))];
    await busyReader(page, day(0), {
      'managing-up:assessment': JSON.stringify({ version: 2, savedAt: start.toISOString(), data: { draft: {}, attempts } }),
    });
    await page.goto('/plan/');
    await hydrated(page, '.plan');
    const step = page.locator('.plan-steps li[data-kind="retake-assessment"]');
    await expect
      .poll(() => step.locator('a').textContent())
      .toBe("It's been 4 weeks since your self-assessment: when you're ready, take it again to see what's changed");
    const lines = await step.locator('.plan-changes li').allTextContents();
    expect(lines).toHaveLength(rawAssessment.dimensions.length);
    const lowTitle = (yaml('src/data/assessment.yaml') as { dimensions: { id: string; title: string }[] }).dimensions.find(
      (d) => d.id === low.id,
    )!.title;
    expect(lines.find((l) => l.startsWith(`${lowTitle}:`))).toMatch(/^.+: from \d+ to \d+, up \d+$/);
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

  test('"Add to my calendar" downloads a calendar with every habit and the weekly one-on-one reminder on the saved day', async () => {
    const { page } = await b.page();
    await busyReader(page, day(0));
    await page.goto('/plan/');
    await hydrated(page, '.plan');
    await page.getByLabel('Prepare my one-on-one on').selectOption('TH');
    await expect.poll(() => page.locator('.plan-hint').textContent()).toContain('You prepare on Thursdays');
    // Saved through the storage layer, in its envelope, and still chosen after a reload.
    const saved = await page.evaluate(() => localStorage.getItem('managing-up:plan'));
    expect(JSON.parse(saved!)).toMatchObject({ version: 1, data: { oneOnOneDay: 'TH' } });
    await page.reload();
    await hydrated(page, '.plan');
    await expect.poll(() => page.getByLabel('Prepare my one-on-one on').inputValue()).toBe('TH');
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
    // The reminder's first day is the next Thursday from today (2026-03-10 is a Tuesday).
    const prep = events.find((e) => String(e.getFirstPropertyValue('rrule')) === 'FREQ=WEEKLY;BYDAY=TH')!;
    expect(String(prep.getFirstPropertyValue('dtstart'))).toBe('2026-03-12');
  });

  test('export and import carry the review state and the saved one-on-one day', async () => {
    const { page } = await b.page();
    await busyReader(page, day(0));
    await page.goto('/plan/');
    await hydrated(page, '.plan');
    await page.getByLabel('Prepare my one-on-one on').selectOption('FR');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('managing-up:plan'))).toContain('"FR"');
    const before = await page.evaluate(() => localStorage.getItem('managing-up:review'));
    const file = await roundTrip(page, 'plan settings', 'you prepare your one-on-one on Fridays');
    expect(file.slots).toMatchObject({ plan: { data: { oneOnOneDay: 'FR' } }, review: { version: 1 } });
    expect(await page.locator('.md-list').textContent()).toContain('The questions you are reviewing: 2 missed questions');
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('managing-up:review')))!).data).toEqual(
      JSON.parse(before!).data,
    );
    // Back on the plan a day later: the day is still chosen and the missed questions are due.
    await page.clock.setFixedTime(day(1));
    await page.goto('/plan/');
    await hydrated(page, '.plan');
    await expect.poll(() => page.getByLabel('Prepare my one-on-one on').inputValue()).toBe('FR');
    await expect.poll(() => page.locator('.plan-review-count').textContent()).toContain('2 questions to review today');
  });
});

describe("the plan's short form on the home page", () => {
  test('a new reader sees the home page as it was, and loads nothing for the plan', async () => {
    const { page } = await b.page();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/', { waitUntil: 'networkidle' });
    await hydrated(page, '.home-progress');
    expect(await page.locator('[data-plan-short]').getAttribute('data-plan-short')).toBe('');
    expect(await page.locator('.plan-short-body').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'See your plan: what to do next' }).getAttribute('href')).toBe('/plan/');
    expect(requests.filter((u) => /home-plan|plan\/content\.json/.test(u))).toEqual([]);
  });

  test('a busy reader sees the next step and where they are, linked to the plan', async () => {
    const { page } = await b.page();
    await busyReader(page, day(1));
    await page.goto('/');
    await hydrated(page, '.home-progress');
    const next = page.locator('[data-plan-next]');
    await expect.poll(() => next.getAttribute('href')).toBe(`/lessons/${low.lesson}/`);
    // Their lowest area's lesson, read once already.
    expect(await next.textContent()).toMatch(/^Go back over /);
    expect(await page.locator('[data-plan-where]').textContent()).toMatch(/^Self-assessment: .+ · 2 questions to review$/);
    expect(await page.getByRole('link', { name: 'See your whole plan' }).getAttribute('href')).toBe('/plan/');
    // The step is the plan page's own first one.
    await page.goto('/plan/');
    await hydrated(page, '.plan');
    await expect.poll(() => page.locator('.plan-steps li a').first().getAttribute('href')).toBe(`/lessons/${low.lesson}/`);
  });

  test('data saved by an older version is read through the full storage layer, and the short plan still shows', async () => {
    const { page } = await b.page();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    // A version-1 checklist: only the storage layer's migration reads it.
    await busyReader(page, day(1), {
      'managing-up:checklist': envelope({ items: { [habits[0]!.id]: { done: true, date: '2026-03-01' } } }),
    });
    await page.goto('/');
    await hydrated(page, '.home-progress');
    await expect.poll(() => page.locator('[data-plan-next]').getAttribute('href')).toBe(`/lessons/${low.lesson}/`);
    expect(loaded.some((u) => /\/plan-state\.[\w-]+\.js$/.test(u))).toBe(true);
    // Read, never written: the older value is still there for the pages that migrate it.
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('managing-up:checklist')))!).version).toBe(1);
  });
});
