// axe-core against WCAG 2.2 AA (and the A/AA rules of earlier versions it includes), run in the page
// itself. @axe-core/playwright opens a blank page for every run to combine results across frames,
// and injects axe again each time; this site has no frames, so axe is put in a page once and run
// there (a quarter of the time, measured), and a page that gains a frame fails loudly instead.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The rules among those whose answer depends on colours alone (text contrast, links told apart by colour). */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type WithAxe = { axe?: typeof axe };

/**
 * Violations as readable lines ("rule: target"), empty when the page is clean. `rules`: every
 * WCAG A/AA rule, or only the colour rules (for a second colour scheme of a page already checked).
 */
export async function axeViolations(page: Page, rules: 'all' | 'colour' = 'all'): Promise<string[]> {
  if (await page.locator('iframe, frame, object, embed').count())
    throw new Error(`${page.url()} has a frame or embedded document, which axeViolations does not check`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  // Axe judges what is on screen: a control that the sticky tool bar half covers reads as too small
  // to tap, wherever the last action (or a reload's restored scroll) happened to leave the page.
  // Running from the top makes the result depend on the page, not on that.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const violations = await page.evaluate(
    // Only violations are read, so axe need not list every passing and inapplicable node.
    (runOnly) => (window as WithAxe).axe!.run(document, { runOnly, resultTypes: ['violations'] }).then((r) => r.violations),
    rules === 'all' ? { type: 'tag' as const, values: WCAG_TAGS } : { type: 'rule' as const, values: COLOUR_RULES },
  );
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`),
  );
}
