// The browser harness itself: tests that share a context (support/session.ts) must still start
// from nothing, or one test's saved data would quietly decide another's result.
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/session';

const b = useBrowser();
const KEY = 'managing-up:worksheet';

describe('a shared context per file', () => {
  test('a test saves data and leaves a tab open', async () => {
    const { page } = await b.page();
    await page.goto('/sources/');
    await page.evaluate((k) => {
      localStorage.setItem(k, '{"version":2,"data":{}}');
      sessionStorage.setItem(k, 'x');
    }, KEY);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).not.toBeNull();
  });

  test('the next test finds no saved data and no tab but its own', async () => {
    const { page, context } = await b.page();
    await page.goto('/sources/');
    expect(await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }))).toEqual({
      local: 0,
      session: 0,
    });
    // Its page and the keeper that holds the renderer warm, nothing left from the test before.
    expect(context.pages()).toHaveLength(2);
  });

  test('calls that would outlive a test are refused on the shared context', async () => {
    const { context } = await b.page();
    expect(() => context.addInitScript(() => {})).toThrow(/leak into later tests/);
    expect(() => context.setOffline(true)).toThrow(/leak into later tests/);
    // With options, a test gets a context of its own, where they are allowed.
    const own = await b.page({ javaScriptEnabled: false });
    expect(own.context).not.toBe(context);
    await own.context.setOffline(true);
  });
});
