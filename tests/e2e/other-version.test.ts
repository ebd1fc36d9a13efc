// Never lose a word, part two (issue 21, failure 2): the same field typed in two tabs within the
// save delay. Both texts are kept: one in the field, the other as "Your other version" under it,
// with one action to use it and one to discard it; neither tab says "All changes saved" while a
// version waits; what the reader chose (or has not yet chosen) survives a reload. Two pages of one
// context; the pages' clock is Playwright's and held, so neither tab's typing pause ends on its
// own: each tab saves when its field loses focus, whatever the machine's speed.
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { hydrated, useBrowser } from './support/session';
import { axeViolations } from './support/axe';

const b = useBrowser();

interface Tool {
  path: string;
  key: string;
  /** What holds the island (for `hydrated`). */
  ready: string;
  /** The status line. */
  status: string;
  field: (page: Page) => Locator;
}

const worksheetDef = parse(readFileSync('src/data/worksheet.yaml', 'utf8')) as {
  parts: { prompts: { id: string; label: string; kind: string }[] }[];
};
const firstAnswer = worksheetDef.parts.flatMap((p) => p.prompts).find((p) => p.kind !== 'scale')!;

const WORKSHEET: Tool = {
  path: '/worksheet/',
  key: 'managing-up:worksheet',
  ready: '.ws',
  status: '.ws-status',
  field: (page) => page.locator(`#ws-${firstAnswer.id}`),
};
const BOSS_MANUAL: Tool = {
  path: '/toolkit/boss-manual/',
  key: 'managing-up:boss-manual',
  ready: '.tk',
  status: '.tk-status',
  field: (page) => page.locator('#bm-goals'),
};
const BAD_NEWS: Tool = {
  path: '/toolkit/bad-news/',
  key: 'managing-up:bad-news',
  ready: '.tk',
  status: '.tk-status',
  field: (page) => page.locator('#bn-happened'),
};
const ONE_ON_ONE: Tool = {
  path: '/toolkit/one-on-one/',
  key: 'managing-up:one-on-one',
  ready: '.pl-island',
  status: '.pl-status',
  field: (page) => page.locator('#oo-progress'),
};

const BASE = 'Base text';
const A = `${BASE} A-SAME`;
const B = `${BASE} B-SAME`;

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k) ?? '', key);
/** The other version shown under a field, as text ('' when there is none). */
const otherOf = (field: Locator) =>
  field.evaluate((el) => {
    const box = el.closest('.ws-prompt, .tk-field, .tk-section, .tk-option, .pl-card')?.querySelector('.other-version-text');
    return box?.textContent ?? '';
  });

async function open(page: Page, tool: Tool) {
  await page.goto(tool.path);
  await hydrated(page, tool.ready);
}

/** Clicks in the field, goes to the end of its text and types there. */
async function typeAtEnd(page: Page, field: Locator, text: string) {
  await page.bringToFront();
  await field.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/**
 * Two tabs on the tool with `BASE` saved and shown in both; then " A-SAME" typed at the end of the
 * field in tab A and, while A's typing pause has not ended, " B-SAME" in tab B; then both leave the field.
 */
async function sameFieldInTwoTabs(tool: Tool, viewport?: { width: number; height: number }) {
  const { page: a, context } = await b.page(viewport ? { own: true, viewport } : { own: true });
  await context.clock.install();
  const tabB = await context.newPage();
  if (viewport) await tabB.setViewportSize(viewport);
  await open(a, tool);
  await open(tabB, tool);
  await tool.field(a).fill(BASE);
  await tool.field(a).blur();
  await expect.poll(() => tool.field(tabB).inputValue()).toBe(BASE);
  // From here no typing pause ends by itself: only leaving a field saves.
  await context.clock.pauseAt(Date.now() + 1000);
  await typeAtEnd(a, tool.field(a), ' A-SAME');
  await typeAtEnd(tabB, tool.field(tabB), ' B-SAME');
  await a.bringToFront();
  await tool.field(a).blur();
  await tabB.bringToFront();
  await tool.field(tabB).blur();
  return { a, tabB, context };
}

/** Both texts are in storage and, in each tab, one is in the field and the other is under it. */
async function expectBothKept(tool: Tool, pages: Page[]) {
  await expect.poll(() => stored(pages[0]!, tool.key)).toContain('A-SAME');
  expect(await stored(pages[0]!, tool.key)).toContain('B-SAME');
  const seen: string[] = [];
  for (const p of pages) {
    await expect.poll(async () => [await tool.field(p).inputValue(), await otherOf(tool.field(p))].sort()).toEqual([A, B]);
    await expect.poll(() => p.locator(tool.status).textContent()).toContain('1 field has two versions');
    expect(await p.locator(tool.status).textContent()).not.toContain('All changes saved');
    seen.push(await tool.field(p).inputValue());
  }
  // Both tabs show the same text in the field.
  expect(new Set(seen).size).toBe(1);
}

/** Resumes the clock (hydration waits for idle time on some pages) and reloads. */
async function reload(context: BrowserContext, page: Page, tool: Tool) {
  await context.clock.resume();
  await page.reload();
  await hydrated(page, tool.ready);
}

describe('the same field typed in two tabs within the save delay', () => {
  test('worksheet: both texts survive, neither tab says all saved, "Use this version" puts the other text in the field, and it all survives a reload', async () => {
    const tool = WORKSHEET;
    const { a, tabB, context } = await sameFieldInTwoTabs(tool);
    await expectBothKept(tool, [a, tabB]);

    // Still unresolved after a reload.
    await reload(context, a, tool);
    await expectBothKept(tool, [a, tabB]);

    // Use the other version, from the keyboard.
    await a.bringToFront();
    const other = await otherOf(tool.field(a));
    const use = a.getByRole('button', { name: /^Use this version/ });
    await use.focus();
    await a.keyboard.press('Enter');
    await expect.poll(() => tool.field(a).inputValue()).toBe(other);
    // Focus goes back to the field, which now holds the chosen text.
    expect(await a.evaluate(() => document.activeElement?.id)).toBe(`ws-${firstAnswer.id}`);
    for (const p of [a, tabB]) {
      await expect.poll(() => tool.field(p).inputValue()).toBe(other);
      await expect.poll(() => p.locator('.other-version').count()).toBe(0);
      await expect.poll(() => p.locator(tool.status).textContent()).not.toContain('two versions');
    }
    await expect.poll(() => a.locator(tool.status).textContent()).toContain('All changes saved');
    const saved = JSON.parse(await stored(a, tool.key)) as { data: { sheets: { answers: Record<string, string> }[] } };
    expect(saved.data.sheets[0]!.answers[firstAnswer.id]).toBe(other);
    expect(saved.data).not.toHaveProperty('otherVersions');

    await reload(context, tabB, tool);
    expect(await tool.field(tabB).inputValue()).toBe(other);
    expect(await tabB.locator('.other-version').count()).toBe(0);
  }, 120_000); // two tabs, two reloads: generous on a busy machine

  test('boss manual: both texts survive, "Discard it" drops the other version and keeps the field, and it survives a reload', async () => {
    const tool = BOSS_MANUAL;
    const { a, tabB, context } = await sameFieldInTwoTabs(tool);
    await expectBothKept(tool, [a, tabB]);
    await reload(context, tabB, tool);
    await expectBothKept(tool, [a, tabB]);

    await tabB.bringToFront();
    const kept = await tool.field(tabB).inputValue();
    await tabB.getByRole('button', { name: /^Discard it/ }).click();
    for (const p of [a, tabB]) {
      await expect.poll(() => p.locator('.other-version').count()).toBe(0);
      expect(await tool.field(p).inputValue()).toBe(kept);
      await expect.poll(() => p.locator(tool.status).textContent()).not.toContain('two versions');
    }
    await expect.poll(() => tabB.locator(tool.status).textContent()).toContain('All changes saved');
    await reload(context, a, tool);
    expect(await tool.field(a).inputValue()).toBe(kept);
    expect(await a.locator('.other-version').count()).toBe(0);
    expect(await stored(a, tool.key)).not.toContain('otherVersions');
  }, 120_000); // two tabs, two reloads: generous on a busy machine

  test('bad-news brief: both texts survive and "Use this version" works', async () => {
    const tool = BAD_NEWS;
    const { a, tabB } = await sameFieldInTwoTabs(tool);
    await expectBothKept(tool, [a, tabB]);
    const other = await otherOf(tool.field(tabB));
    await tabB.bringToFront();
    await tabB.getByRole('button', { name: /^Use this version/ }).click();
    for (const p of [a, tabB]) {
      await expect.poll(() => tool.field(p).inputValue()).toBe(other);
      await expect.poll(() => p.locator('.other-version').count()).toBe(0);
    }
  });

  test('one-on-one progress: both texts survive, neither tab says all saved, and "Discard it" works', async () => {
    const tool = ONE_ON_ONE;
    const { a, tabB } = await sameFieldInTwoTabs(tool);
    await expectBothKept(tool, [a, tabB]);
    await a.bringToFront();
    const kept = await tool.field(a).inputValue();
    await a.getByRole('button', { name: /^Discard it/ }).click();
    for (const p of [a, tabB]) {
      await expect.poll(() => p.locator('.other-version').count()).toBe(0);
      expect(await tool.field(p).inputValue()).toBe(kept);
    }
  });

  test('on a 320 px phone the other version fits without sideways scrolling, and the page stays axe clean, light and dark', async () => {
    const tool = WORKSHEET;
    const { a, context } = await sameFieldInTwoTabs(tool, { width: 320, height: 700 });
    await expect.poll(() => a.locator('.other-version').count()).toBe(1);
    await context.clock.resume();
    await a.locator('.other-version').scrollIntoViewIfNeeded();
    expect(await a.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = (await a.locator('.other-version').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await axeViolations(a)).toEqual([]);
    await a.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(a, 'colour')).toEqual([]);
  });
});
