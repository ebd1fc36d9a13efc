// The worksheet as a reader uses it: typing autosaves, print shows every answer in full and ruled
// space for the rest, a PDF has a sensible length, the text download holds every answer, the blank
// copy has none, several named worksheets, and the actions in the menu ask first.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { hydrated, useBrowser } from './support/session';
import { menu } from './support/editor';
import { downloadText } from './support/browser';
import { axeViolations } from './support/axe';
import { pdfPageCount } from './support/pdf';

const b = useBrowser();
const def = parse(readFileSync('src/data/worksheet.yaml', 'utf8')) as {
  parts: { prompts: { id: string; label: string; kind: string }[] }[];
};
const textPrompts = def.parts.flatMap((p) => p.prompts).filter((p) => p.kind !== 'scale');

async function open(page: Page) {
  await page.goto('/worksheet/');
  await hydrated(page, '.ws');
}
const saved = (page: Page) => expect.poll(() => page.locator('.ws-status').textContent()).toContain('All changes saved');

describe('worksheet', () => {
  test('every prompt and its hint are in the page without JavaScript', async () => {
    const { page } = await b.page({ javaScriptEnabled: false });
    await page.goto('/worksheet/');
    for (const p of def.parts.flatMap((x) => x.prompts))
      expect(await page.getByText(p.label, { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.locator('.ws-hint').count()).toBe(def.parts.flatMap((x) => x.prompts).length);
    // The bar says why nothing saves, in full, even on a phone (where it otherwise shows a short line).
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.getByText('Saving your answers needs JavaScript').isVisible()).toBe(true);
    expect(await page.getByText('Reading your saved answers').isVisible()).toBe(false);
  });

  test('on screen a prompt shows its text area only: the ruled lines and the printed answer are for paper', async () => {
    const { page } = await b.page();
    await open(page);
    expect(await page.locator('.ws-print-ruled').count()).toBeGreaterThan(0);
    for (const ruled of await page.locator('.ws-print-ruled').all()) expect(await ruled.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ws-print-ruled').first().isVisible()).toBe(true);
  });

  test('answers autosave as the reader types and are all there after a reload', async () => {
    const { page } = await b.page();
    await open(page);
    // Answers in any script read in their own direction (issue 12, point 8).
    expect(await page.locator('textarea:not([dir="auto"])').count()).toBe(0);
    const typed = textPrompts.slice(0, 4).map((p, i) => ({ p, text: `Answer ${i + 1} for ${p.id}` }));
    for (const { p, text } of typed) await page.getByLabel(p.label).fill(text);
    await page.locator('.ws-scale input[value="4"]').check();
    await saved(page);
    await page.reload();
    await hydrated(page, '.ws');
    for (const { p, text } of typed) await expect.poll(() => page.getByLabel(p.label).inputValue()).toBe(text);
    expect(await page.locator('.ws-scale input[value="4"]').isChecked()).toBe(true);
    expect(await page.locator('.ws-status').textContent()).toContain(
      `5 of ${def.parts.flatMap((x) => x.prompts).length} answered`,
    );
  });

  test('in print, a 2,000-character answer is shown in full, with no chrome, and the PDF has a sensible length', async () => {
    const { page } = await b.page();
    await open(page);
    const long = Array.from({ length: 50 }, (_, i) => `Sentence ${i + 1} of a long answer.`)
      .join(' ')
      .slice(0, 2000)
      .padEnd(2000, 'x');
    expect(long).toHaveLength(2000);
    await page.getByLabel(textPrompts[0]!.label).fill(long);
    for (const p of textPrompts.slice(1)) await page.getByLabel(p.label).fill(`Short answer for ${p.id}.`);
    await saved(page);
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.ws-print-answer').first();
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.textContent()).toBe(long);
    // Fully visible: the box is as tall as its content (nothing scrolled or clipped).
    const { scroll, client } = await printed.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(scroll).toBeLessThanOrEqual(client);
    expect(await page.locator('textarea').first().isVisible()).toBe(false);
    for (const chrome of ['.site-header', '.site-footer', '.ws-bar']) expect(await page.locator(chrome).isVisible()).toBe(false);
    expect(await page.locator('.ws-print-head').isVisible()).toBe(true);
    expect(await page.locator('.ws-print-head').textContent()).toMatch(/printed .+\d{4}/);
    expect(await axeViolations(page)).toEqual([]);
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
  });

  test('in print, an unanswered prompt gets ruled writing space like the blank copy', async () => {
    const { page } = await b.page();
    await open(page);
    await page.getByLabel(textPrompts[0]!.label).fill('Only the first one');
    await saved(page);
    await page.emulateMedia({ media: 'print' });
    const prompts = page.locator('.ws-prompt:has(textarea)');
    expect(await prompts.count()).toBe(textPrompts.length);
    expect(await prompts.nth(0).locator('.ws-print-answer').isVisible()).toBe(true);
    expect(await prompts.nth(0).locator('.ruled').count()).toBe(0);
    for (let i = 1; i < textPrompts.length; i++) {
      const ruled = prompts.nth(i).locator('.ruled');
      expect(await ruled.isVisible()).toBe(true);
      expect((await ruled.boundingBox())!.height).toBeGreaterThan(60);
    }
  });

  test('"Download as a text file" holds every answer', async () => {
    const { page } = await b.page();
    await open(page);
    for (const p of textPrompts) await page.getByLabel(p.label).fill(`My answer to ${p.id}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as a text file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('worksheet-my-current-boss.txt');
    const text = await downloadText(download);
    expect(text).toMatch(/^Step into your boss's shoes: My current boss/);
    for (const p of textPrompts) expect(text).toContain(`${p.label}\nMy answer to ${p.id}`);
  });

  test('on a phone Download waits in "More" so the save line has the row; on a laptop it is in the row', async () => {
    for (const [viewport, phone] of [
      [{ width: 390, height: 844 }, true],
      [{ width: 1280, height: 800 }, false],
    ] as const) {
      const { page } = await b.page({ viewport });
      await open(page);
      const inRow = page.locator('.ws-bar-actions > button:visible, .ws-bar-actions > details > summary:visible');
      expect(await inRow.allTextContents()).toEqual(phone ? ['Print', 'More'] : ['Print', 'Download as a text file', 'More']);
      // One Download either way: the other copy is out of the page for everyone, screen readers too.
      expect(await page.getByRole('button', { name: 'Download as a text file' }).count()).toBe(phone ? 0 : 1);
      if (phone) expect(await page.locator('.ws-bar-short').isVisible()).toBe(true);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        phone ? menu(page, 'Download as a text file') : page.getByRole('button', { name: 'Download as a text file' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('worksheet-my-current-boss.txt');
      // Like the menu's other actions, Download closes it.
      expect(await page.locator('.ws-menu').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      await page.close();
    }
  });

  test('the prompts come first: the first prompt is above the bar and its actions', async () => {
    const { page } = await b.page();
    await open(page);
    const first = await page.getByLabel(textPrompts[0]!.label).evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const bar = await page.locator('.ws-bar').evaluate((el) => {
      el.style.position = 'static';
      return el.getBoundingClientRect().top + scrollY;
    });
    expect(first).toBeLessThan(bar);
    // Three controls in view on the bar; the rest wait in the menu.
    expect(await page.locator('.ws-bar-actions > button:visible, .ws-bar-actions > details > summary:visible').count()).toBe(3);
  });

  test('on a phone, a prompt reached with Tab stops above the bar, not under it', async () => {
    const { page } = await b.page({ viewport: { width: 390, height: 844 } });
    await open(page);
    // From the first prompt, Tab through the next ones: each, once the page has scrolled (smoothly)
    // to it, is clear of the bar that stays at the bottom of the screen: their boxes do not meet,
    // whatever height the machine's fonts give the prompts and the bar.
    await page.getByLabel(textPrompts[0]!.label).focus();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      await expect
        .poll(() =>
          page.evaluate(() => {
            const el = document.activeElement!;
            const box = el.getBoundingClientRect();
            const bar = document.querySelector('.ws-bar')!.getBoundingClientRect();
            const meets = box.bottom > bar.top && box.top < bar.bottom && box.right > bar.left && box.left < bar.right;
            return `${el.id}: ${meets ? 'under the bar' : 'clear of the bar'}`;
          }),
        )
        .toMatch(/^ws-[a-z-]+: clear of the bar$/);
    }
  });

  test('"Copy as text" puts every answer on the clipboard', async () => {
    const { page } = await b.page({ permissions: ['clipboard-read', 'clipboard-write'] });
    await open(page);
    for (const p of textPrompts.slice(0, 3)) await page.getByLabel(p.label).fill(`Copied answer for ${p.id}`);
    await menu(page, 'Copy as text');
    await expect.poll(() => page.locator('.ws-status').textContent()).toContain('Copied your answers');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain("Step into your boss's shoes: My current boss");
    for (const p of textPrompts.slice(0, 3)) expect(text).toContain(`${p.label}\nCopied answer for ${p.id}`);
    expect(text).toContain('(not answered yet)');
  });

  test('the blank copy has ruled space and no answers, and passes axe in print', async () => {
    const { page } = await b.page();
    await open(page);
    await page.getByLabel(textPrompts[0]!.label).fill('A private answer');
    await saved(page);
    await page.locator('.ws-menu > summary').click();
    await page.getByRole('link', { name: 'Blank copy to print' }).click();
    await page.waitForURL('**/worksheet/blank/');
    expect(await page.content()).not.toContain('A private answer');
    expect(await page.locator('.ruled').count()).toBe(textPrompts.length);
    expect(await page.locator('textarea').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await axeViolations(page)).toEqual([]);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThanOrEqual(2);
  });

  test('several named worksheets: create, switch, rename, delete', async () => {
    const { page } = await b.page();
    await open(page);
    await page.getByLabel(textPrompts[0]!.label).fill('About Alex');
    await saved(page);
    page.once('dialog', (d) => d.accept('Jordan (new job)'));
    await menu(page, 'New worksheet…');
    await expect
      .poll(() => page.getByLabel('Worksheet', { exact: true }).locator('option:checked').textContent())
      .toBe('Jordan (new job)');
    expect(await page.getByLabel(textPrompts[0]!.label).inputValue()).toBe('');
    await page.getByLabel(textPrompts[0]!.label).fill('About Jordan');
    await saved(page);
    await page.getByLabel('Worksheet', { exact: true }).selectOption({ label: 'My current boss' });
    await expect.poll(() => page.getByLabel(textPrompts[0]!.label).inputValue()).toBe('About Alex');
    page.once('dialog', (d) => d.accept('Alex'));
    await menu(page, 'Rename this worksheet…');
    await page.reload();
    await hydrated(page, '.ws');
    await expect
      .poll(() => page.getByLabel('Worksheet', { exact: true }).locator('option').allTextContents())
      .toEqual(['Alex', 'Jordan (new job)']);
    page.once('dialog', (d) => d.accept());
    await menu(page, 'Delete this worksheet…');
    await expect.poll(() => page.locator('#ws-select').count()).toBe(0);
    expect(await page.getByLabel(textPrompts[0]!.label).inputValue()).toBe('About Jordan');
  });

  test('clear asks first: cancelling keeps the answers, confirming removes them', async () => {
    const { page } = await b.page();
    await open(page);
    await page.getByLabel(textPrompts[0]!.label).fill('Keep me');
    await saved(page);
    page.once('dialog', (d) => d.dismiss());
    await menu(page, 'Clear answers…');
    expect(await page.getByLabel(textPrompts[0]!.label).inputValue()).toBe('Keep me');
    page.once('dialog', (d) => d.accept());
    await menu(page, 'Clear answers…');
    await expect.poll(() => page.getByLabel(textPrompts[0]!.label).inputValue()).toBe('');
    await page.reload();
    await hydrated(page, '.ws');
    expect(await page.getByLabel(textPrompts[0]!.label).inputValue()).toBe('');
  });

  test('when storage is full, what is typed stays on screen and the reader is told', async () => {
    const { page } = await b.page();
    await page.addInitScript(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('managing-up:worksheet')) throw new DOMException('full', 'QuotaExceededError');
        return real.call(this, key, value);
      };
    });
    await open(page);
    await page.getByLabel(textPrompts[0]!.label).fill('Typed while storage is full');
    await expect.poll(() => page.locator('.ws-status').textContent()).toContain('Not saved');
    await expect.poll(() => page.locator('.storage-notice').textContent()).toContain('full');
    expect(await page.getByLabel(textPrompts[0]!.label).inputValue()).toBe('Typed while storage is full');
  });
});
