// Opens a page and waits until it is what a reader sees once it has settled, by a condition rather
// than a network-idle pause (which costs half a second a page and still leaves islands below the fold
// unhydrated): the page has loaded, and every island a reader can see has been brought into view and
// has hydrated. The site uses no web fonts, so nothing else changes the layout after that.
import type { Page } from 'playwright-core';

/** Waits for every shown island to hydrate (scrolling each into view), then returns to the top. */
export async function settle(page: Page) {
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('astro-island')) {
      // Islands are display: contents, so their first element stands for them.
      const box = el.firstElementChild;
      if (!box?.checkVisibility()) continue;
      box.scrollIntoView({ behavior: 'instant', block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  // Islands inside a closed disclosure stay as the server rendered them, as they do for a reader.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every(
      (el) => !el.firstElementChild?.checkVisibility() || !el.hasAttribute('ssr'),
    ),
  );
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}
