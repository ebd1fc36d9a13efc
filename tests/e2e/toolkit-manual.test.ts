// Your boss's user manual as a reader uses it: the prompts without JavaScript, filling in and
// marking guesses (kept after a reload), guesses becoming one-on-one questions, several bosses,
// the prompts before the bar and its menu, a text download named for the boss, print with every
// answer in full, export and import through My data, and a narrow phone.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { downloadText } from './support/browser';
import { hydrated, useBrowser } from './support/session';
import { expectFieldsBeforeBar, menu } from './support/editor';
import { axeViolations } from './support/axe';
import { pdfPageCount } from './support/pdf';

const b = useBrowser();
interface Field {
  id: string;
  label: string;
  hint: string;
  options?: { id: string; label: string }[];
}
const def = JSON.parse(readFileSync('src/data/toolkit/boss-manual.json', 'utf8')) as { sections: { fields: Field[] }[] };
const fields = def.sections.flatMap((s) => s.fields);
const textFields = fields.filter((f) => !f.options);
const KEY = 'managing-up:boss-manual';

async function open(page: Page) {
  await page.goto('/toolkit/boss-manual/');
  await hydrated(page, '.tk');
}
/** Waits until storage holds `text` (saving waits for typing to stop). */
const stored = (page: Page, text: string) =>
  expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY)).toContain(text);

/** Fills every field: text answers, a choice for each choice field, and two guesses. */
async function fillAll(page: Page, long = '') {
  for (const f of textFields) await page.getByLabel(f.label, { exact: true }).fill(`${f.label}: my answer.${long}`);
  for (const f of fields.filter((x) => x.options)) {
    if (f.id.startsWith('channel-')) await page.locator(`#bm-${f.id}`).selectOption(f.options![1]!.id);
    else await page.locator(`input[name="bm-${f.id}"][value="${f.options![0]!.id}"]`).check();
  }
  await page
    .locator('.tk-field')
    .filter({ has: page.locator('#bm-goals') })
    .getByLabel('A guess — check it')
    .check();
  await page
    .locator('.tk-field')
    .filter({ has: page.locator('#bm-channel-urgent') })
    .getByLabel('A guess — check it')
    .check();
}

describe('boss manual', () => {
  test('without JavaScript: every prompt and hint to read, no dead controls, and a note saying why', async () => {
    const { page } = await b.page({ javaScriptEnabled: false });
    await page.goto('/toolkit/boss-manual/');
    for (const f of fields) {
      await expect.poll(() => page.getByText(f.label, { exact: true }).first().isVisible()).toBe(true);
      expect(await page.getByText(f.hint, { exact: true }).isVisible()).toBe(true);
    }
    expect(await page.locator('main').locator('textarea:visible, button:visible, input:visible, select:visible').count()).toBe(0);
    // Playwright's text matching skips <noscript>, so the note is found by its place.
    const note = page.locator('main noscript p');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('needs JavaScript');
  });

  test('answers and guesses are kept after a reload, and guesses become questions to ask', async () => {
    const { page } = await b.page();
    await open(page);
    // Typed key by key, across saves: nothing is lost and the field keeps focus.
    await page.getByLabel('Their goals this quarter').pressSequentially('Renewals up 10% by June', { delay: 30 });
    expect(await page.getByLabel('Their goals this quarter').inputValue()).toBe('Renewals up 10% by June');
    await page.locator('input[name="bm-format"][value="data"]').check();
    await page
      .locator('.tk-field')
      .filter({ has: page.locator('#bm-goals') })
      .getByLabel('A guess — check it')
      .check();
    const questions = page.locator('.tk-questions li');
    await expect
      .poll(() => questions.allTextContents())
      .toEqual(['What are the two or three results you most need from the team this quarter?']);
    await stored(page, 'Renewals up 10% by June');
    await page.reload();
    await hydrated(page, '.tk');
    await expect.poll(() => page.getByLabel('Their goals this quarter').inputValue()).toBe('Renewals up 10% by June');
    expect(await page.locator('input[name="bm-format"][value="data"]').isChecked()).toBe(true);
    expect(
      await page
        .locator('.tk-field')
        .filter({ has: page.locator('#bm-goals') })
        .getByLabel('A guess — check it')
        .isChecked(),
    ).toBe(true);
    expect(await questions.count()).toBe(1);
    // Checked: no longer a guess, no longer a question.
    await page
      .locator('.tk-field')
      .filter({ has: page.locator('#bm-goals') })
      .getByLabel('A guess — check it')
      .uncheck();
    await expect.poll(() => questions.count()).toBe(0);
    expect(await page.locator('.tk-status').textContent()).toContain(`2 of ${fields.length} filled in, 0 to check`);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('two tabs: answers typed in each are both kept, on both screens', async () => {
    const { page: one, context } = await b.page();
    const two = await context.newPage();
    for (const p of [one, two]) await open(p);
    await one.getByLabel('Their goals this quarter').fill('Typed in tab one');
    await two.getByLabel('Their pet peeves').fill('Typed in tab two');
    await two.locator('#bm-channel-urgent').selectOption('call');
    await expect
      .poll(async () => JSON.parse((await one.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{}').data?.manuals[0].fields)
      .toEqual({
        goals: { value: 'Typed in tab one', guess: false },
        'pet-peeves': { value: 'Typed in tab two', guess: false },
        'channel-urgent': { value: 'call', guess: false },
      });
    for (const p of [one, two]) {
      await expect.poll(() => p.getByLabel('Their goals this quarter').inputValue()).toBe('Typed in tab one');
      await expect.poll(() => p.getByLabel('Their pet peeves').inputValue()).toBe('Typed in tab two');
      await expect.poll(() => p.locator('#bm-channel-urgent').inputValue()).toBe('call');
    }
  });

  test('a manual for each boss: add, switch, rename, and delete only once confirmed', async () => {
    const { page } = await b.page();
    await open(page);
    await page.getByLabel('Their goals this quarter').fill('About Naomi');
    page.once('dialog', (d) => d.accept('Theo'));
    await menu(page, 'Another boss…');
    const select = page.getByLabel('Manual for');
    await expect.poll(() => select.locator('option:checked').textContent()).toBe('Theo');
    expect(await page.getByLabel('Their goals this quarter').inputValue()).toBe('');
    await page.getByLabel('Their goals this quarter').fill('About Theo');
    await stored(page, 'About Theo');
    await select.selectOption({ label: 'My boss' });
    await expect.poll(() => page.getByLabel('Their goals this quarter').inputValue()).toBe('About Naomi');
    page.once('dialog', (d) => d.accept('Naomi'));
    await menu(page, 'Rename this manual…');
    await stored(page, '"Naomi"');
    await page.reload();
    await hydrated(page, '.tk');
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(['Naomi', 'Theo']);
    page.once('dialog', (d) => d.dismiss());
    await menu(page, 'Delete this manual…');
    expect(await select.locator('option').allTextContents()).toEqual(['Naomi', 'Theo']);
    page.once('dialog', (d) => d.accept());
    await menu(page, 'Delete this manual…');
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(['Theo']);
    expect(await page.getByLabel('Their goals this quarter').inputValue()).toBe('About Theo');
  });

  test('the prompts come first: the first prompt is above the bar, with the save line, Print and More in view', async () => {
    const { page } = await b.page({ viewport: { width: 390, height: 844 } });
    await open(page);
    await expectFieldsBeforeBar(page, page.getByLabel(textFields[0]!.label));
  });

  test('"Download as a text file" gives a .txt named for the boss, with every answer', async () => {
    const { page } = await b.page();
    await open(page);
    page.once('dialog', (d) => d.accept('Zoë Müller'));
    await menu(page, 'Another boss…');
    await page.getByLabel('Their goals this quarter').fill('Renewals up 10% by June');
    await page.locator('#bm-channel-urgent').selectOption('call');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as a text file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('boss-manual-zoë-müller.txt');
    const text = await downloadText(download);
    expect(text).toMatch(/^Your boss's user manual: Zoë Müller\n/);
    expect(text).toContain('Their goals this quarter\nRenewals up 10% by June\n');
    expect(text).not.toMatch(/^#/m);
    await expect.poll(() => page.locator('.tk-status').textContent()).toContain('Downloaded boss-manual-zoë-müller.txt');
  });

  test('in print: no site chrome, every answer in full with its guess mark, the questions, and a short PDF', async () => {
    const { page } = await b.page();
    await open(page);
    const long = ' ' + Array.from({ length: 40 }, (_, i) => `Detail ${i + 1} about how they work.`).join(' ');
    await fillAll(page, long);
    await stored(page, 'Detail 40');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.tk-pick', '.ws-bar'])
      expect(await page.locator(chrome).isVisible()).toBe(false);
    expect(await page.locator('textarea:visible, input:visible').count()).toBe(0);
    const goals = page
      .locator('.tk-field')
      .filter({ has: page.locator('#bm-goals') })
      .locator('.tk-print');
    expect(await goals.textContent()).toBe(`Their goals this quarter: my answer.${long} (a guess — check it)`);
    const { scroll, client } = await goals.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(scroll).toBeLessThanOrEqual(client);
    expect(await page.locator('.tk-questions li').count()).toBe(2);
    expect(await page.locator('.tk-questions').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    console.log(`boss manual, filled with long answers: ${pages} A4 pages`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
  });

  test('exported and imported with everything else through My data', async () => {
    const { page } = await b.page();
    await open(page);
    await page.getByLabel('Their goals this quarter').fill('Exported goal');
    await page.locator('#bm-channel-urgent').selectOption('call');
    await stored(page, 'Exported goal');
    const before = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data, KEY);
    await page.goto('/my-data/');
    await hydrated(page, '.my-data');
    await expect.poll(() => page.locator('.my-data').textContent()).toContain('1 boss (My boss): 2 answers');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my data' }).click(),
    ]);
    const file = await downloadText(download);
    expect(JSON.parse(file).slots['boss-manual'].data).toEqual(before);
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Clear all my data' }).click();
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await page
      .getByLabel('Choose an export file')
      .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).not.toBeNull();
    await open(page);
    await expect.poll(() => page.getByLabel('Their goals this quarter').inputValue()).toBe('Exported goal');
    expect(await page.locator('#bm-channel-urgent').inputValue()).toBe('call');
  });

  test('at 320 px with long unbroken text, nothing scrolls sideways', async () => {
    const { page } = await b.page({ viewport: { width: 320, height: 720 } });
    await open(page);
    const word = 'Supercalifragilisticexpialidocious'.repeat(4);
    page.once('dialog', (d) => d.accept(word));
    await menu(page, 'Another boss…');
    await fillAll(page, ` ${word}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
