// The skip-level planner as a reader uses it: tick steps, log contacts, see at once a contact
// your boss hasn't heard about and clear it, reload, print, a half-logged contact kept as a draft,
// and the page without JavaScript.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { hydrated, useBrowser } from './support/session';
import { roundTrip } from './support/my-data';
import { axeViolations } from './support/axe';
import { pdfPageCount } from './support/pdf';

const b = useBrowser();
const def = parse(readFileSync('src/data/toolkit/skip-level.yaml', 'utf8')) as {
  steps: { id: string; title: string; inform: string; do: string; loop: string; wording: string }[];
};
const PATH = '/toolkit/skip-level/';
const LONG = 'Renegotiated-the-supplier-contract-https://example.com/a/really/long/link/with/no/spaces/anywhere/at/all/to/break';

const meeting = def.steps.find((s) => s.inform === 'both')!;

async function open(page: Page) {
  await page.goto(PATH);
  await page.locator('.pl-island').scrollIntoViewIfNeeded();
  await hydrated(page, '.pl-island');
  await page.waitForSelector('.pl-island[data-ready]');
}
async function logContact(page: Page, c: { step: string; what: string; who?: string; before?: boolean; after?: boolean }) {
  // The reader is looking at this tab (a tab behind another gets no animation frames, so clicks there wait).
  await page.bringToFront();
  await page.getByLabel('Who', { exact: true }).fill(c.who ?? 'Elena Ruiz');
  await page.getByLabel('Which step').selectOption(c.step);
  await page.getByLabel('What happened').fill(c.what);
  if (c.before) await page.getByLabel('Knew about it beforehand').check();
  if (c.after) await page.getByLabel('Has had a read-out since').check();
  await page.getByRole('button', { name: 'Add to the log' }).click();
  await expect.poll(() => page.locator('.pl-status').textContent()).toContain('Logged');
}
const contact = (page: Page, what: string) => page.locator('.pl-wins > li', { hasText: what });
const snapshot = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

describe('skip-level planner', () => {
  test('without JavaScript: every step, how your boss stays in the loop and the wording are there; no dead controls', async () => {
    const { page } = await b.page({ javaScriptEnabled: false });
    await page.goto(PATH);
    for (const s of def.steps) {
      const step = page.locator(`#step-${s.id}`);
      expect(await step.getByRole('heading', { name: s.title }).count(), s.id).toBe(1);
      for (const text of [s.do, s.loop, s.wording]) expect(await step.textContent()).toContain(text);
    }
    expect(await page.locator('.pl-needs-js').textContent()).toContain('needs JavaScript');
    expect(await page.locator('.pl-island input, .pl-island button, .pl-island select').count()).toBe(0);
  });

  test('flags a contact your boss has not heard about until the read-out is given; steps and log survive a reload', async () => {
    const { page } = await b.page();
    await open(page);
    await page.getByLabel('Which step').selectOption(meeting.id);
    expect(await page.locator('#sl-step-loop').textContent()).toBe(meeting.loop);
    await logContact(page, { step: meeting.id, what: 'Skip-level about next year', before: true });
    expect(await page.locator('.pl-status').textContent()).toContain('still need a read-out');
    expect(await contact(page, 'Skip-level about next year').locator('.pl-flag').textContent()).toContain('read-out');
    expect(await page.locator('#sl-gaps').textContent()).toContain('One contact your boss still needs to hear about');
    await logContact(page, { step: 'other', what: 'Chatted about the reorg at lunch' });
    expect(await page.locator('#sl-gaps').textContent()).toContain('2 contacts');
    await page.getByLabel(def.steps[0]!.title).check();

    await page.reload();
    await open(page);
    expect(await page.getByLabel(def.steps[0]!.title).isChecked()).toBe(true);
    expect(await page.getByLabel(meeting.title).isChecked()).toBe(true);
    expect(await page.locator('.pl-list li', { hasText: meeting.title }).textContent()).toContain('Tell your boss');
    await contact(page, 'Skip-level about next year').getByRole('button', { name: "I've told my boss" }).click();
    await contact(page, 'Chatted about the reorg').getByRole('button', { name: "I've told my boss" }).click();
    await expect.poll(() => page.locator('#sl-gaps').count()).toBe(0);
    expect(await page.locator('.pl-flag').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await open(page);
    expect(await contact(page, 'Skip-level about next year').textContent()).toContain('Read-out: yes');
    expect(await page.locator('#sl-gaps').count()).toBe(0);
  });

  test('export and import through My data bring the steps and the log back', async () => {
    const { page } = await b.page();
    await open(page);
    await logContact(page, { step: meeting.id, what: 'Skip-level on the roadmap', before: true });
    await page.getByLabel(def.steps[0]!.title).check();
    await expect.poll(() => snapshot(page, 'managing-up:skip-level')).toContain('"done":true');
    const before = await snapshot(page, 'managing-up:skip-level');
    const file = await roundTrip(page, 'skip-level planner', '1 step ticked, 1 contact logged');
    expect(Object.keys(file.slots)).toContain('skip-level');
    expect(JSON.parse((await snapshot(page, 'managing-up:skip-level'))!).data).toEqual(JSON.parse(before!).data);
    await open(page);
    expect(await contact(page, 'Skip-level on the roadmap').locator('.pl-flag').textContent()).toContain('read-out');
    expect(await page.getByLabel(def.steps[0]!.title).isChecked()).toBe(true);
  });

  test('two tabs each log a contact: both are kept', async () => {
    const { context } = await b.page();
    const one = await context.newPage();
    const two = await context.newPage();
    await open(one);
    await open(two);
    await logContact(one, { step: 'other', what: 'From the first tab', after: true });
    await logContact(two, { step: 'other', what: 'From the second tab', after: true });
    await one.reload();
    await open(one);
    expect(await contact(one, 'From the first tab').count()).toBe(1);
    expect(await contact(one, 'From the second tab').count()).toBe(1);
  });

  test('at 320 px, long unbroken text never scrolls the page sideways', async () => {
    const { page } = await b.page({ viewport: { width: 320, height: 700 } });
    await open(page);
    await logContact(page, { step: 'other', what: LONG, who: LONG });
    expect(await contact(page, LONG).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('prints the steps, the progress and the contact log, without site chrome or the form', async () => {
    const { page } = await b.page();
    await open(page);
    for (let i = 0; i < 6; i++)
      await logContact(page, {
        step: def.steps[i % def.steps.length]!.id,
        what: `Contact number ${i + 1} about the roadmap`,
        before: true,
        after: i % 2 === 0,
      });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '#sl-log-h', '.pl-needs-js'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.locator(`#step-${def.steps[0]!.id}`).isVisible()).toBe(true);
    expect(await page.locator('#sl-contacts-h').isVisible()).toBe(true);
    expect(await page.locator('.pl-wins > li').count()).toBe(6);
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    console.log(`skip-level: the plan with 6 contacts prints on ${pages} A4 page(s)`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
  });
});

/** What the add forms' drafts hold in storage (form id -> fields). */
const storedDrafts = (page: Page) =>
  page.evaluate(
    () => (JSON.parse(localStorage.getItem('managing-up:form-drafts') ?? 'null') as { data?: unknown } | null)?.data ?? {},
  );
const who = (page: Page) => page.getByLabel('Who', { exact: true });
const what = (page: Page) => page.getByLabel('What happened');

// Issue 21, failure 1: the contact form was uncontrolled and wrote only on submit, so a reload or
// a closed tab lost a contact half-logged.
describe('a half-logged contact (draft)', () => {
  test('comes back after a reload and after the tab is closed and opened again, step and ticks included', async () => {
    // The pages' clock is held still while typing, so the typing pause never ends: only the save
    // made on leaving the page can keep the words (a context of its own for the clock).
    const { page, context } = await b.page({ own: true });
    await context.clock.install();
    await open(page);
    await context.clock.pauseAt(Date.now() + 1000);
    await who(page).fill('Elena Ruiz');
    await page.getByLabel('Which step').selectOption(meeting.id);
    await what(page).fill('Asked about the reorg over coffee');
    await page.getByLabel('Knew about it beforehand').check();
    await page.reload();
    await context.clock.resume();
    await open(page);
    await expect.poll(() => who(page).inputValue()).toBe('Elena Ruiz');
    expect(await what(page).inputValue()).toBe('Asked about the reorg over coffee');
    expect(await page.getByLabel('Which step').inputValue()).toBe(meeting.id);
    expect(await page.locator('#sl-step-loop').textContent()).toBe(meeting.loop);
    expect(await page.getByLabel('Knew about it beforehand').isChecked()).toBe(true);
    expect(await page.getByLabel('Has had a read-out since').isChecked()).toBe(false);

    await context.clock.pauseAt(Date.now() + 1000);
    await what(page).fill('Asked about the reorg over coffee; she wants a read-out');
    await page.close();
    await context.clock.resume();
    const again = await context.newPage();
    await open(again);
    await expect.poll(() => what(again).inputValue()).toBe('Asked about the reorg over coffee; she wants a read-out');
    expect(await who(again).inputValue()).toBe('Elena Ruiz');
    expect(await axeViolations(again)).toEqual([]);
  });

  test('adding the contact clears the draft; "Discard draft" clears it after asking', async () => {
    const { page } = await b.page();
    await open(page);
    await who(page).fill('Sam Okafor');
    await what(page).fill('Hello at the all-hands');
    await expect
      .poll(() => storedDrafts(page))
      .toEqual({
        'skip-level/contact': { who: 'Sam Okafor', what: 'Hello at the all-hands' },
      });
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Discard draft of the contact' }).click();
    await expect.poll(() => who(page).inputValue()).toBe('');
    expect(await what(page).inputValue()).toBe('');
    expect(await storedDrafts(page)).toEqual({});

    await logContact(page, { step: 'other', what: 'Chatted about the roadmap', who: 'Sam Okafor', after: true });
    expect(await storedDrafts(page)).toEqual({});
    expect(await who(page).inputValue()).toBe('');
    expect(await page.getByLabel('Has had a read-out since').isChecked()).toBe(false);
    expect(await page.getByLabel('Which step').inputValue()).toBe(def.steps[0]!.id);
    await page.reload();
    await open(page);
    expect(await what(page).inputValue()).toBe('');
    expect(await contact(page, 'Chatted about the roadmap').count()).toBe(1);
  });
});
