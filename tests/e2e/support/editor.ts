// What a reader does with the bar under the worksheet and the toolkit editors (the shared
// EditorBar island part): open its "More" menu, and find the prompts before the bar on a phone.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Opens the bar's "More" menu and picks an action. */
export async function menu(page: Page, name: string) {
  await page.locator('.ws-menu > summary').click();
  await page.getByRole('button', { name }).click();
}

/**
 * The first field comes before the bar in the page, the tool's first section starts on the first
 * screen clear of the bar held at its foot, and on a phone the bar's row is the save line, Print and More,
 * with Download and the rest in the menu.
 */
export async function expectFieldsBeforeBar(page: Page, firstField: Locator) {
  const first = await firstField.evaluate((el) => el.getBoundingClientRect().top + scrollY);
  const bar = await page.locator('.ws-bar').evaluate((el) => {
    el.style.position = 'static';
    return el.getBoundingClientRect().top + scrollY;
  });
  expect(first).toBeLessThan(bar);
  await page.locator('.ws-bar').evaluate((el) => el.style.removeProperty('position'));
  const heading = await page.locator('.tk h2').first().boundingBox();
  const barTop = (await page.locator('.ws-bar').boundingBox())!.y;
  expect(heading!.y + heading!.height).toBeLessThanOrEqual(barTop);
  expect(await page.locator('.ws-bar-short').isVisible()).toBe(true);
  expect(
    await page.locator('.ws-bar-actions > button:visible, .ws-bar-actions > details > summary:visible').allTextContents(),
  ).toEqual(['Print', 'More']);
  expect(await page.locator('.ws-menu-panel button:visible').count()).toBe(0);
}
