// A control reached with the keyboard is never hidden behind a sticky bar (WCAG 2.4.11): on every page
// with one, at a phone's size, Tab walks forwards through the page's main content and Shift+Tab walks
// back, and each focused control must sit wholly on screen and clear of every sticky or fixed box. The
// boxes are compared once scrolling has come to rest, so the result does not depend on fonts or speed.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hydrated, useBrowser } from './support/session';

const b = useBrowser();

/** Pages with a sticky bar, and the island that must be live before walking. */
const PAGES = [
  { path: '/assessment/', island: '.assessment' },
  { path: '/worksheet/', island: '.ws' },
  { path: '/toolkit/boss-manual/', island: '.ws-bar' },
  { path: '/toolkit/bad-news/', island: '.ws-bar' },
];

interface Stop {
  name: string;
  problem: string | null;
  inMain: boolean;
}

/** After a key press: waits for scrolling to rest, then says where the focused control is. */
const inspect = (page: Page) =>
  page.evaluate(async (): Promise<Stop> => {
    let last = NaN;
    for (let frames = 0; frames < 60; frames++) {
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = window.scrollY + (document.activeElement?.getBoundingClientRect().top ?? 0);
      if (now === last) break;
      last = now;
    }
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: 'body', problem: null, inMain: false };
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).name ?? '').trim().slice(0, 40)}"`;
    const inMain = !!el.closest('main');
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return { name, problem: null, inMain };
    if (box.top < -0.5 || box.left < -0.5 || box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5)
      return { name, problem: `off screen (${Math.round(box.top)}..${Math.round(box.bottom)} of ${innerHeight})`, inMain };
    for (const other of document.querySelectorAll<HTMLElement>('body *')) {
      const position = getComputedStyle(other).position;
      if (position !== 'sticky' && position !== 'fixed') continue;
      if (other.contains(el) || !other.checkVisibility()) continue;
      const o = other.getBoundingClientRect();
      if (box.bottom > o.top + 0.5 && box.top < o.bottom - 0.5 && box.right > o.left + 0.5 && box.left < o.right - 0.5)
        return { name, problem: `under .${other.className.split(' ').join('.')}`, inMain };
    }
    return { name, problem: null, inMain };
  });

async function walk(page: Page, key: 'Tab' | 'Shift+Tab') {
  const problems: string[] = [];
  let stops = 0;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press(key);
    const stop = await inspect(page);
    if (!stop.inMain) break;
    stops++;
    if (stop.problem) problems.push(`${key} ${stop.name}: ${stop.problem}`);
  }
  return { stops, problems };
}

describe('focus is never hidden by a sticky bar', () => {
  test.each(PAGES)('$path at 390×844, forwards and backwards', async ({ path, island }) => {
    const { page } = await b.page({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await page.goto(path);
    await hydrated(page, island);
    // Sticky bars are only measured once their islands are live: a shown bar proves the page is ready.
    await expect.poll(() => page.locator('.ws-bar, .as-progress').first().isVisible()).toBe(true);

    // Forwards from just before the first control of the main content.
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.setAttribute('tabindex', '-1');
      main.focus({ preventScroll: false });
      main.removeAttribute('tabindex');
    });
    const forwards = await walk(page, 'Tab');

    // Backwards from just after the last control of the main content.
    await page.evaluate(() => {
      const end = document.createElement('span');
      end.tabIndex = -1;
      document.querySelector('main')!.append(end);
      end.focus();
      end.remove();
    });
    const backwards = await walk(page, 'Shift+Tab');

    expect(forwards.stops, 'controls reached going forwards').toBeGreaterThan(8);
    expect(backwards.stops, 'controls reached going backwards').toBeGreaterThan(8);
    expect([...forwards.problems, ...backwards.problems]).toEqual([]);
  });

  test('a tool bar on a phone is one row at most 64 px tall, with a solid, shadowed background', async () => {
    const { page } = await b.page({ viewport: { width: 390, height: 844 } });
    for (const { path, island } of PAGES.slice(1)) {
      await page.goto(path);
      await hydrated(page, island);
      const bar = page.locator('.ws-bar');
      await expect.poll(() => bar.isVisible()).toBe(true);
      const look = await bar.evaluate((el) => {
        const s = getComputedStyle(el);
        return { height: el.getBoundingClientRect().height, background: s.backgroundColor, shadow: s.boxShadow };
      });
      expect(look.height, path).toBeLessThanOrEqual(64);
      expect(look.background, path).not.toMatch(/rgba\(.*, 0\)|transparent/);
      expect(look.shadow, path).not.toBe('none');
      // The full save line is still in the page for screen readers, as one live status.
      expect(await page.locator('.ws-bar [role="status"]').count(), path).toBe(1);
    }
  });
});
