// The bad-news brief as a reader uses it: the steps without JavaScript, a filled draft kept after a
// reload, the message (news first) shaped by the boss's manual, warnings that come and go, drafts
// kept side by side, the steps before the bar and its menu, a text download named for the draft,
// print, copying, export and import through My data, and a narrow phone.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { downloadText } from './support/browser';
import { hydrated, useBrowser } from './support/session';
import { expectFieldsBeforeBar, menu } from './support/editor';
import { axeViolations } from './support/axe';
import { pdfPageCount } from './support/pdf';

const b = useBrowser();
const def = JSON.parse(readFileSync('src/data/toolkit/bad-news.json', 'utf8')) as {
  steps: { id: string; title: string; label: string; hint: string }[];
};
const KEY = 'managing-up:bad-news';
const HEADLINE = 'Halvorsen has asked a competitor for a quote after two late deliveries';

async function open(page: Page) {
  await page.goto('/toolkit/bad-news/');
  await hydrated(page, '.tk');
}
const stored = (page: Page, text: string) =>
  expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY)).toContain(text);
const message = (page: Page) => page.locator('#bn-message').textContent();
const warningsText = (page: Page) =>
  page
    .locator('.tk-warnings')
    .allTextContents()
    .then((x) => x.join(' '));

/** The earn-trust lesson's example, as a reader might write it. */
async function fill(page: Page, extra = '') {
  await page.getByLabel('What happened, in a sentence or two').fill(HEADLINE + extra);
  await page.getByLabel('What it means').fill('About 12% of our freight revenue is at risk' + extra);
  await page
    .getByLabel("What you've done so far, and what you'll do next")
    .fill('Booked a call with their ops lead for Wednesday');
  await page.getByLabel('Why it happened').fill('The east depot is overbooked' + extra);
  await page.getByLabel('What will stop it happening again').fill('Cap bookings per depot each week');
  await page.locator('#bn-option-a-what').fill('Move their loads to the north depot for a month');
  await page.locator('#bn-option-a-pros').fill('Fixes the delays this week');
  await page.locator('#bn-option-a-cons').fill('North depot runs hot; two other clients share it');
  await page.locator('#bn-option-b-what').fill('Add a Saturday run from the east depot');
  await page.locator('#bn-option-b-pros').fill('No change the client can see');
  await page.locator('#bn-option-b-cons').fill('Overtime, about 2,000 a month');
  await page.getByLabel('Option 1: Move their loads to the north depot for a month').check();
  await page.getByLabel('Why that one').fill("It's the quickest fix and it's reversible");
  await page.getByLabel('What you need from them').fill('Your OK to move the loads, today if you can');
}

describe('bad-news brief', () => {
  test('without JavaScript: every step to read, no dead controls, and a note saying why', async () => {
    const { page } = await b.page({ javaScriptEnabled: false });
    await page.goto('/toolkit/bad-news/');
    for (const s of def.steps) {
      expect(await page.getByRole('heading', { name: s.title }).isVisible()).toBe(true);
      expect(await page.getByText(s.hint, { exact: true }).isVisible()).toBe(true);
    }
    expect(await page.locator('main').locator('textarea:visible, button:visible, input:visible, select:visible').count()).toBe(0);
    // Playwright's text matching skips <noscript>, so the note is found by its place.
    const note = page.locator('main noscript p');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('needs JavaScript');
  });

  test('a filled draft is kept after a reload, and the message opens with the news', async () => {
    const { page } = await b.page();
    await open(page);
    await fill(page);
    await stored(page, 'today if you can');
    await page.reload();
    await hydrated(page, '.tk');
    await expect.poll(() => page.locator('#bn-option-b-cons').inputValue()).toBe('Overtime, about 2,000 a month');
    expect(await page.getByLabel('What happened, in a sentence or two').inputValue()).toBe(HEADLINE);
    expect(await page.getByLabel('Why that one').inputValue()).toBe("It's the quickest fix and it's reversible");
    expect(await page.getByLabel('Option 1: Move their loads to the north depot for a month').isChecked()).toBe(true);
    const text = await message(page);
    expect(text?.startsWith(`${HEADLINE}. About 12% of our freight revenue is at risk.`)).toBe(true);
    expect(text).toContain('From you: Your OK to move the loads, today if you can.');
    expect(await page.locator('.tk-warnings').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the message offers to explain only what is filled in: the cause, the fix, or both', async () => {
    const { page } = await b.page();
    await open(page);
    await page.getByLabel('What happened, in a sentence or two').fill(HEADLINE);
    await page.getByLabel('Why it happened').fill('The east depot is overbooked');
    await expect.poll(() => message(page)).toContain('I know what caused it; happy to go through it');
    expect(await message(page)).not.toContain('stop it happening again');
    await page.getByLabel('What will stop it happening again').fill('Cap bookings per depot each week');
    await expect.poll(() => message(page)).toContain('I know the cause and how to stop it happening again;');
    await page.getByLabel('Why it happened').fill('');
    await expect.poll(() => message(page)).toContain('I have a plan to stop it happening again;');
    expect(await message(page)).not.toContain('I know the cause');
  });

  test('warns when an option has no downside or the news is buried, and stops when fixed', async () => {
    const { page } = await b.page();
    await open(page);
    await page.getByLabel('What happened, in a sentence or two').fill(`As you know, things have been busy. ${HEADLINE}.`);
    await page.locator('#bn-option-a-what').fill('Move their loads');
    await page.locator('#bn-option-a-pros').fill('Quick');
    await expect.poll(() => warningsText(page)).toContain('warm-up');
    expect(await warningsText(page)).toContain('Option 1 has no downside');
    // A save, and typing that leaves the warnings as they were, keep the same link element: a row
    // replaced between a reader's press and release loses the click.
    const link = await page.locator('.tk-warnings a[href="#bn-option-a-cons"]').elementHandle();
    await stored(page, 'Quick');
    await page.getByLabel('Why it happened').fill('The east depot is overbooked');
    await stored(page, 'overbooked');
    expect(await link!.evaluate((a) => a.isConnected)).toBe(true);
    // The warning's own link, not the second one in the list: warnings come and go as the brief
    // saves, so a position can name another warning's link by the time of the click.
    await page.getByRole('link', { name: 'Go to it' }).and(page.locator('[href="#bn-option-a-cons"]')).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id || location.hash)).toContain('bn-option-a-cons');
    // Typed key by key, across a save: the field keeps focus and every letter.
    await page.locator('#bn-option-a-cons').pressSequentially('Other clients wait', { delay: 40 });
    expect(await page.locator('#bn-option-a-cons').inputValue()).toBe('Other clients wait');
    await page.getByLabel('What happened, in a sentence or two').fill('');
    await page.getByLabel('What happened, in a sentence or two').pressSequentially(HEADLINE, { delay: 20 });
    expect(await page.getByLabel('What happened, in a sentence or two').inputValue()).toBe(HEADLINE);
    await expect.poll(() => warningsText(page)).not.toContain('downside');
    expect(await warningsText(page)).not.toContain('warm-up');
    expect(await warningsText(page)).toContain('One option is a request');
  });

  test('the message takes the shape of the boss’s manual', async () => {
    const { page } = await b.page();
    await page.goto('/toolkit/boss-manual/');
    await hydrated(page, '.tk');
    page.once('dialog', (d) => d.accept('Ingrid'));
    await menu(page, 'Another boss…');
    await page.locator('input[name="bm-format"][value="data"]').check();
    await page.locator('#bm-channel-urgent').selectOption('chat');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('managing-up:boss-manual') ?? '')).toContain('"chat"');
    await open(page);
    await fill(page);
    const short = await message(page);
    expect(short).toContain('Other options: Add a Saturday run from the east depot.');
    await page.getByLabel('Shape it for').selectOption({ label: 'Ingrid' });
    await expect.poll(() => message(page)).toContain('Options:\n1. Move their loads to the north depot for a month.\n   For:');
    const numbers = (await message(page))!;
    expect(numbers.startsWith(HEADLINE)).toBe(true);
    expect(numbers.length).toBeGreaterThan(short!.length);
    expect(await page.locator('.tk-result').textContent()).toContain('a chat message');
    await stored(page, '"bossId":"boss-');
    await page.reload();
    await hydrated(page, '.tk');
    await expect.poll(() => page.getByLabel('Shape it for').locator('option:checked').textContent()).toBe('Ingrid');
  });

  test('drafts are kept side by side, renamed, and deleted only once confirmed', async () => {
    const { page } = await b.page();
    await open(page);
    expect(await page.locator('#bn-select').count()).toBe(0);
    await page.getByLabel('What happened, in a sentence or two').fill('The launch slips a week');
    await menu(page, 'New draft');
    expect(await page.getByLabel('What happened, in a sentence or two').inputValue()).toBe('');
    await page.getByLabel('What happened, in a sentence or two').fill('We lost the Brenner account');
    await stored(page, 'Brenner');
    await page.reload();
    await hydrated(page, '.tk');
    await expect
      .poll(() => page.getByLabel('Draft', { exact: true }).locator('option').allTextContents())
      .toEqual(['The launch slips a week', 'We lost the Brenner account']);
    await page.getByLabel('Draft', { exact: true }).selectOption({ label: 'The launch slips a week' });
    await expect.poll(() => page.getByLabel('What happened, in a sentence or two').inputValue()).toBe('The launch slips a week');
    page.once('dialog', (d) => d.accept('Launch'));
    await menu(page, 'Rename this draft…');
    await expect
      .poll(() => page.getByLabel('Draft', { exact: true }).locator('option').allTextContents())
      .toEqual(['Launch', 'We lost the Brenner account']);
    page.once('dialog', (d) => d.dismiss());
    await menu(page, 'Delete this draft…');
    expect(await page.getByLabel('Draft', { exact: true }).locator('option').count()).toBe(2);
    page.once('dialog', (d) => d.accept());
    await menu(page, 'Delete this draft…');
    await expect.poll(() => page.locator('#bn-select').count()).toBe(0);
    expect(await page.getByLabel('What happened, in a sentence or two').inputValue()).toBe('We lost the Brenner account');
  });

  test('the steps come first: the first step is above the bar, with the save line, Print and More in view', async () => {
    const { page } = await b.page({ viewport: { width: 390, height: 844 } });
    await open(page);
    await expectFieldsBeforeBar(page, page.getByLabel('What happened, in a sentence or two'));
  });

  test('"Download as a text file" gives a .txt named for the draft, with every step and the message', async () => {
    const { page } = await b.page();
    await open(page);
    await fill(page);
    page.once('dialog', (d) => d.accept('Halvorsen: late!'));
    await menu(page, 'Rename this draft…');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as a text file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bad-news-halvorsen-late.txt');
    const text = await downloadText(download);
    expect(text).toMatch(/^Bad-news brief: Halvorsen: late!\n/);
    for (const s of def.steps) expect(text).toContain(s.title.toUpperCase());
    expect(text).toContain(`THE MESSAGE\n\n${await message(page)}`);
    expect(text).not.toMatch(/^[#>]/m);
  });

  test('copying puts the message on the clipboard', async () => {
    const { page } = await b.page({ permissions: ['clipboard-read', 'clipboard-write'] });
    await open(page);
    await fill(page);
    await page.getByRole('button', { name: 'Copy the message' }).click();
    await expect.poll(() => page.locator('.tk-status').textContent()).toContain('Copied the message');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await message(page));
  });

  test('in print: no site chrome, every answer and the message in full, and a short PDF', async () => {
    const { page } = await b.page();
    await open(page);
    const long = ' ' + Array.from({ length: 25 }, (_, i) => `More detail ${i + 1}.`).join(' ');
    await fill(page, long);
    await stored(page, 'today if you can');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.tk-pick', '.ws-bar', '.tk-warnings'])
      expect(await page.locator(chrome).first().isVisible()).toBe(false);
    expect(await page.locator('textarea:visible, input:visible').count()).toBe(0);
    const why = page
      .locator('li')
      .filter({ has: page.locator('#bn-cause') })
      .locator('.tk-print');
    expect(await why.textContent()).toBe(`The east depot is overbooked${long}`);
    expect(await page.locator('#bn-message').isVisible()).toBe(true);
    expect(await page.locator('#bn-message').textContent()).toContain(HEADLINE);
    expect(await axeViolations(page)).toEqual([]);
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    console.log(`bad-news brief, filled with long answers: ${pages} A4 pages`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
  });

  test('exported and imported with everything else through My data', async () => {
    const { page } = await b.page();
    await open(page);
    await fill(page);
    await stored(page, 'today if you can');
    const before = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data, KEY);
    await page.goto('/my-data/');
    await hydrated(page, '.my-data');
    await expect
      .poll(() => page.locator('.my-data').textContent())
      .toContain(`1 draft (${HEADLINE.split(' ').slice(0, 7).join(' ')}…)`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my data' }).click(),
    ]);
    const file = await downloadText(download);
    expect(JSON.parse(file).slots['bad-news'].data).toEqual(before);
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Clear all my data' }).click();
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await page
      .getByLabel('Choose an export file')
      .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).not.toBeNull();
    await open(page);
    await expect.poll(() => page.locator('#bn-option-b-cons').inputValue()).toBe('Overtime, about 2,000 a month');
  });

  test('at 320 px with long unbroken text, nothing scrolls sideways', async () => {
    const { page } = await b.page({ viewport: { width: 320, height: 720 } });
    await open(page);
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3);
    await fill(page, ` ${word}`);
    await page.locator('#bn-option-a-what').fill(word);
    page.once('dialog', (d) => d.accept(word));
    await menu(page, 'Rename this draft…');
    // A second draft shows the draft picker, holding the long name; back on the first, every field is filled.
    await menu(page, 'New draft');
    await page.locator('#bn-select').selectOption({ index: 0 });
    await expect.poll(() => page.locator('#bn-option-a-what').inputValue()).toBe(word);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
