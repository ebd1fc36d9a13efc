// The one-on-one planner as a reader uses it: log wins and an ask, prepare the agenda, hold the
// meeting and note actions, reload, print the wins for a review, move the data through My data,
// two tabs at once, half-typed entries kept as drafts, and the page without JavaScript.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { downloadText } from './support/browser';
import { hydrated, useBrowser } from './support/session';
import { roundTrip } from './support/my-data';
import { axeViolations } from './support/axe';
import { pdfPageCount } from './support/pdf';

const b = useBrowser();
const def = parse(readFileSync('src/data/toolkit/one-on-one.yaml', 'utf8')) as {
  agenda: { id: string; title: string; hint: string }[];
  careerQuestions: string[];
  review: { title: string };
};
const PATH = '/toolkit/one-on-one/';
const LONG = 'Renegotiated-the-supplier-contract-https://example.com/a/really/long/link/with/no/spaces/anywhere/at/all/to/break';

const localDay = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

async function open(page: Page) {
  await page.goto(PATH);
  await hydrated(page, '.pl-island');
  await page.waitForSelector('.pl-island[data-ready]');
}
async function addWin(page: Page, win: { date?: string; what: string; impact?: string; helped?: string }) {
  // The reader is looking at this tab (a tab behind another gets no animation frames, so clicks there wait).
  await page.bringToFront();
  if (win.date) await page.getByLabel('When').fill(win.date);
  await page.getByLabel('What you did').fill(win.what);
  await page.getByLabel('What difference it made').fill(win.impact ?? '');
  await page.getByLabel('Who helped').fill(win.helped ?? '');
  await page.getByRole('button', { name: 'Add to my log' }).click();
  await expect.poll(() => page.locator('.pl-status').textContent()).toContain(win.what.slice(0, 20));
}
const review = (page: Page) => page.locator('.pl-print');
const snapshot = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

const agendaSection = (page: Page, id: string) => page.locator('.pl-agenda > li').nth(def.agenda.findIndex((a) => a.id === id));

describe('one-on-one planner', () => {
  test('the wins log downloads as a text file that holds the wins', async () => {
    const { page } = await b.page();
    await open(page);
    await addWin(page, { what: 'Shipped the onboarding checklist', impact: 'New starters ask half as often' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as a text file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('wins-log.txt');
    const text = await downloadText(download);
    expect(text).toContain('Shipped the onboarding checklist');
    expect(text).toContain('New starters ask half as often');
  });

  test('without JavaScript: the agenda prompts and career questions are there, and no control that cannot work', async () => {
    const { page } = await b.page({ javaScriptEnabled: false });
    await page.goto(PATH);
    for (const a of def.agenda) await expect.poll(() => page.getByText(a.hint).count()).toBeGreaterThan(0);
    for (const q of def.careerQuestions) expect(await page.getByText(q, { exact: true }).count()).toBe(1);
    expect(await page.locator('.pl-needs-js').textContent()).toContain('needs JavaScript');
    expect(await page.locator('.pl-island textarea, .pl-island input, .pl-island button').count()).toBe(0);
  });

  test('wins, an ask and the prep build the agenda; the meeting keeps notes and actions; all there after a reload', async () => {
    const { page } = await b.page();
    await open(page);
    const today = await localDay(page);
    await addWin(page, { date: '2025-02-10', what: 'Ran the spring planning day', impact: 'Plan signed off a week early' });
    await addWin(page, {
      date: today,
      what: 'Cut the month-end report to one day',
      impact: 'Finance gets numbers two days sooner',
      helped: 'Priya',
    });
    await page.getByLabel('What you need from your boss').fill('A decision on the new vendor');
    await page.getByRole('button', { name: 'Add the ask' }).click();
    await page.getByLabel('Progress').fill('Migration is 80% done\nTwo interviews booked');
    await page.getByLabel('Risks and what you need').fill('Launch may slip a week');
    await expect.poll(() => page.locator('.pl-status').textContent()).toContain('saved in this browser');

    await page.reload();
    await open(page);
    await expect.poll(() => page.getByLabel('Progress').inputValue()).toBe('Migration is 80% done\nTwo interviews booked');
    const wins = await agendaSection(page, 'wins').textContent();
    expect(wins).toContain('Cut the month-end report to one day');
    expect(wins).toContain('Finance gets numbers two days sooner · with Priya');
    expect(wins).not.toContain('spring planning');
    expect(await agendaSection(page, 'progress').textContent()).toContain('Two interviews booked');
    expect(await agendaSection(page, 'risks').textContent()).toContain('A decision on the new vendor');
    expect(await agendaSection(page, 'career').textContent()).toContain(def.careerQuestions[0]);

    await page.getByRole('button', { name: 'Start the meeting notes' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('oo-notes');
    await page.keyboard.type('She wants the vendor options written up.');
    await page.getByLabel('An action you agreed').fill('Write up the two vendor options');
    await page.getByLabel('Whose it is').fill('me');
    await page.getByRole('button', { name: 'Add the action' }).click();
    await expect.poll(() => page.locator('.pl-status').textContent()).toContain('Action added');

    await page.reload();
    await open(page);
    await expect
      .poll(() => page.getByLabel('Notes from the meeting').inputValue())
      .toBe('She wants the vendor options written up.');
    expect(await page.getByLabel('Progress').inputValue()).toBe('');
    // The agreed action comes back as progress on the next agenda, and the career question moves on.
    expect(await agendaSection(page, 'progress').textContent()).toContain('Write up the two vendor options');
    expect(await agendaSection(page, 'career').textContent()).toContain(def.careerQuestions[1]);
    // The review lists every win by quarter, newest first.
    const quarters = await review(page).locator('h3').allTextContents();
    expect(quarters).toHaveLength(2);
    expect(quarters[1]).toBe('January to March 2025');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('at 320 px, long unbroken text never scrolls the page sideways', async () => {
    const { page } = await b.page({ viewport: { width: 320, height: 700 } });
    await open(page);
    await addWin(page, { what: LONG, impact: LONG, helped: LONG });
    await page.getByLabel('Progress').fill(LONG);
    await expect.poll(() => agendaSection(page, 'progress').textContent()).toContain(LONG);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('the agenda asks what the boss manual still marks as a guess, and drops it once checked', async () => {
    const { page } = await b.page();
    await page.goto('/toolkit/boss-manual/');
    await hydrated(page, '.tk');
    await page.getByLabel('Their goals this quarter').fill('Renewals up 10% by June');
    const guess = page
      .locator('.tk-field')
      .filter({ has: page.locator('#bm-goals') })
      .getByLabel('A guess — check it');
    await guess.check();
    const question = (await page.locator('.tk-questions li').first().textContent())!.trim();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('managing-up:boss-manual') ?? '')).toContain('"guess":true');
    await open(page);
    const asked = await agendaSection(page, 'questions').textContent();
    expect(asked).toContain('my guess: Renewals up 10% by June');
    // The manual's own question, word for word, then the reader's guess to check.
    const items = agendaSection(page, 'questions').locator('li');
    expect(await items.count()).toBe(1);
    expect(question.startsWith((await items.locator('.pl-text').textContent())!.trim())).toBe(true);
    await page.goto('/toolkit/boss-manual/');
    await hydrated(page, '.tk');
    await guess.uncheck();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('managing-up:boss-manual') ?? ''))
      .toContain('"guess":false');
    await open(page);
    expect(await agendaSection(page, 'questions').textContent()).not.toContain('Renewals');
  });

  test('prints the wins as a review summary: grouped, dated, no site chrome or controls', async () => {
    const { page } = await b.page();
    await open(page);
    for (let i = 0; i < 12; i++)
      await addWin(page, {
        date: `2026-${String(1 + (i % 9)).padStart(2, '0')}-1${i % 10}`,
        what: `Win number ${i + 1}: shipped a change the team had wanted for months`,
        impact: 'Saved about three hours a week across the team',
        helped: 'Sam and Ana',
      });
    await page.emulateMedia({ media: 'print' });
    expect(await review(page).getByRole('heading', { name: def.review.title }).isVisible()).toBe(true);
    expect(await review(page).locator('li').count()).toBe(12);
    for (const hidden of ['.site-header', '.site-footer', '.pl-static', '#oo-win-h', '#oo-next-h'])
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    expect(await review(page).getByRole('button').first().isVisible()).toBe(false);
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    console.log(`one-on-one: 12 wins print on ${pages} A4 page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
  });

  test('export and import through My data bring the whole log back', async () => {
    const { page } = await b.page();
    await open(page);
    await addWin(page, { date: '2026-02-03', what: 'Closed the audit findings', impact: 'No repeat findings', helped: 'Lee' });
    await page.getByLabel('What you need from your boss').fill('Budget for the conference');
    await page.getByRole('button', { name: 'Add the ask' }).click();
    await expect.poll(() => page.locator('.pl-status').textContent()).toContain('Budget for the conference');
    const before = await snapshot(page, 'managing-up:one-on-one');
    const file = await roundTrip(page, 'one-on-one planner and wins log', '1 win, 1 open ask, 0 meetings');
    expect(Object.keys(file.slots)).toContain('one-on-one');
    expect(JSON.parse((await snapshot(page, 'managing-up:one-on-one'))!).data).toEqual(JSON.parse(before!).data);
    await open(page);
    await expect.poll(() => review(page).textContent()).toContain('Closed the audit findings');
    expect(await agendaSection(page, 'risks').textContent()).toContain('Budget for the conference');
  });

  test('two tabs each add a win: both are kept', async () => {
    const { context } = await b.page();
    const one = await context.newPage();
    const two = await context.newPage();
    await open(one);
    await open(two);
    await addWin(one, { what: 'A win from the first tab' });
    await addWin(two, { what: 'A win from the second tab' });
    await one.reload();
    await open(one);
    await expect.poll(() => review(one).textContent()).toContain('A win from the first tab');
    expect(await review(one).textContent()).toContain('A win from the second tab');
  });

  test('a win added in one tab while the other is mid-typing: both the win and the typing are kept', async () => {
    // The pages' clock is Playwright's, so the second tab is still mid-typing (its save waits for a
    // pause) for as long as the test says, however slow the machine. A context of its own: the clock
    // would outlive the test.
    const { context } = await b.page({ own: true });
    await context.clock.install();
    const one = await context.newPage();
    const two = await context.newPage();
    await open(one);
    await open(two);
    await context.clock.pauseAt(Date.now() + 1000);
    await two.getByLabel('Progress').fill('Typed in the second tab');
    await addWin(one, { what: 'Added in the first tab' });
    await expect.poll(() => review(two).textContent()).toContain('Added in the first tab');
    expect(await two.getByLabel('Progress').inputValue()).toBe('Typed in the second tab');
    await context.clock.runFor(1000);
    const savedWins = async () => {
      const saved = JSON.parse((await snapshot(two, 'managing-up:one-on-one')) ?? '{}') as {
        data?: { wins: Record<string, { what: string }>; agenda?: unknown };
      };
      return saved.data;
    };
    await expect.poll(async () => JSON.stringify(await savedWins())).toContain('Typed in the second tab');
    const saved = (await savedWins())!;
    expect(Object.values(saved.wins).map((w) => w.what)).toEqual(['Added in the first tab']);
  });
});

/** What the add forms' drafts hold in storage (form id -> fields). */
const storedDrafts = (page: Page) =>
  page.evaluate(
    () => (JSON.parse(localStorage.getItem('managing-up:form-drafts') ?? 'null') as { data?: unknown } | null)?.data ?? {},
  );
/** The add forms' fields. */
const field = {
  what: (page: Page) => page.getByLabel('What you did'),
  impact: (page: Page) => page.getByLabel('What difference it made'),
  ask: (page: Page) => page.getByLabel('What you need from your boss'),
  action: (page: Page) => page.getByLabel('An action you agreed'),
};

// Issue 21, failure 1: the add forms were uncontrolled and wrote only on submit, so a reload, a
// closed tab or a phone dropping a background tab lost what the reader had typed.
describe('half-typed entries (drafts)', () => {
  test('a half-typed win, ask and action come back after a reload and after the tab is closed and opened again', async () => {
    // The pages' clock is Playwright's and held still while typing, so the typing pause never ends:
    // only the save made on leaving the page can keep the words (a context of its own for the clock).
    const { page, context } = await b.page({ own: true });
    await context.clock.install();
    await open(page);
    await page.getByRole('button', { name: 'Start the meeting notes' }).click();
    await field.action(page).waitFor();

    await context.clock.pauseAt(Date.now() + 1000);
    await field.what(page).fill('Rebuilt the on-call rota');
    await field.impact(page).fill('No more weekend pages for the new starters');
    await field.ask(page).fill('A second person on the rota');
    await field.action(page).fill('Share the rota with the team');
    await page.getByLabel('When').fill('2026-02-10');
    await page.reload();
    await context.clock.resume();
    await open(page);
    await expect.poll(() => field.what(page).inputValue()).toBe('Rebuilt the on-call rota');
    expect(await field.impact(page).inputValue()).toBe('No more weekend pages for the new starters');
    expect(await page.getByLabel('When').inputValue()).toBe('2026-02-10');
    expect(await field.ask(page).inputValue()).toBe('A second person on the rota');
    expect(await field.action(page).inputValue()).toBe('Share the rota with the team');

    await context.clock.pauseAt(Date.now() + 1000);
    await field.what(page).fill('Rebuilt the on-call rota, and wrote it up');
    await page.close();
    await context.clock.resume();
    const again = await context.newPage();
    await open(again);
    await expect.poll(() => field.what(again).inputValue()).toBe('Rebuilt the on-call rota, and wrote it up');
    expect(await field.impact(again).inputValue()).toBe('No more weekend pages for the new starters');
    expect(await field.ask(again).inputValue()).toBe('A second person on the rota');
    expect(await axeViolations(again)).toEqual([]);
  });

  test('a draft is saved when the tab is hidden, as a phone does before it drops a background tab', async () => {
    const { page, context } = await b.page({ own: true });
    await context.clock.install();
    await open(page);
    await context.clock.pauseAt(Date.now() + 1000);
    await field.what(page).fill('Typed just before switching to the calendar');
    expect(await storedDrafts(page)).toEqual({});
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await storedDrafts(page)).toEqual({ 'one-on-one/win': { what: 'Typed just before switching to the calendar' } });
  });

  test('adding the win or the ask clears its draft; "Discard draft" clears one after asking, and only that one', async () => {
    const { page } = await b.page();
    await open(page);
    await field.what(page).fill('Closed the audit findings');
    await field.ask(page).fill('Budget for the conference');
    await expect
      .poll(() => storedDrafts(page))
      .toEqual({
        'one-on-one/win': { what: 'Closed the audit findings' },
        'one-on-one/ask': { what: 'Budget for the conference' },
      });
    await page.getByRole('button', { name: 'Add to my log' }).click();
    await expect.poll(() => page.locator('.pl-status').textContent()).toContain('Added to your wins log');
    expect(await storedDrafts(page)).toEqual({ 'one-on-one/ask': { what: 'Budget for the conference' } });
    expect(await field.what(page).inputValue()).toBe('');
    expect(await page.getByLabel('When').inputValue()).toBe(await localDay(page));

    // Dismissed: nothing is lost. Accepted: the ask's draft goes, and the form is empty again.
    const discard = page.getByRole('button', { name: 'Discard draft of the ask' });
    page.once('dialog', (d) => void d.dismiss());
    await discard.click();
    expect(await field.ask(page).inputValue()).toBe('Budget for the conference');
    page.once('dialog', (d) => void d.accept());
    await discard.click();
    await expect.poll(() => field.ask(page).inputValue()).toBe('');
    expect(await storedDrafts(page)).toEqual({});
    expect(await discard.count()).toBe(0);
    expect(await page.locator('.pl-status').textContent()).toContain('Draft discarded');

    await field.ask(page).fill('A decision on the vendor');
    await page.getByRole('button', { name: 'Add the ask' }).click();
    await expect.poll(() => page.locator('.pl-status').textContent()).toContain('Added to your asks');
    expect(await storedDrafts(page)).toEqual({});
    await page.reload();
    await open(page);
    expect(await field.what(page).inputValue()).toBe('');
    expect(await field.ask(page).inputValue()).toBe('');
    expect(await review(page).textContent()).toContain('Closed the audit findings');
  });

  test('My data lists a half-typed entry, and it goes out and back with the export', async () => {
    const { page } = await b.page();
    await open(page);
    await field.what(page).fill('Half a win, for the export');
    await expect.poll(() => storedDrafts(page)).toEqual({ 'one-on-one/win': { what: 'Half a win, for the export' } });
    const file = await roundTrip(page, 'half-written planner entries', 'a win, not yet added');
    expect(Object.keys(file.slots)).toContain('form-drafts');
    await open(page);
    await expect.poll(() => field.what(page).inputValue()).toBe('Half a win, for the export');
  });
});
