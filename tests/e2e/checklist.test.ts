// The checklist and reading progress as a reader uses them: ticks that persist and sync between tabs,
// dates and notes that never claim "done" for an unticked item, habits that come back as due, notes
// that wrap at 320 px, version-1 data migrated without losing a note, corrupt saved data, and
// "mark as read".
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { hydrated, useBrowser } from './support/session';

const b = useBrowser();
interface Item {
  id: string;
  text: string;
  every?: string;
}
// Groups of lessons in this build (a group whose lesson is not in the tree is not shown).
const groups = readdirSync('src/content/checklist')
  .map((f) => parse(readFileSync(`src/content/checklist/${f}`, 'utf8')) as { lesson: string; items: Item[] })
  .filter((g) => existsSync(`src/content/lessons/${g.lesson}.mdx`));
const total = groups.reduce((n, g) => n + g.items.length, 0);
const trust = groups.find((g) => g.lesson === 'earn-trust')!;
const oneOff = trust.items.filter((i) => !i.every);
const weekly = trust.items.find((i) => i.every === 'week')!;
const phone = (width = 390) => ({ viewport: { width, height: 844 } });
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const daysAgo = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Puts saved checklist data in place before the first page load only. */
async function seed(page: Page, value: unknown) {
  await page.addInitScript((raw) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('managing-up:checklist', raw);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(value));
}

describe('checklist', () => {
  test('every item is in the page without JavaScript, linking to its lesson section, under an honest title', async () => {
    expect(groups.flatMap((g) => g.items).filter((i) => i.every).length).toBeGreaterThan(0);
    const { page } = await b.page({ javaScriptEnabled: false });
    await page.goto('/checklist/');
    expect(await page.locator('h1').textContent()).toBe('Your managing-up checklist');
    expect(await page.locator('.ck-item').count()).toBe(total);
    const hrefs = await page.locator('.ck-meta a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.every((h) => /^\/lessons\/[a-z-]+\/#[a-z0-9-]+$/.test(h ?? ''))).toBe(true);
    expect(await page.locator('.ck-item', { hasText: weekly.text }).locator('.ck-every').textContent()).toBe('(every week)');
  });

  test('under each item, one quiet row: the link and the note disclosure in one muted style, named for the item', async () => {
    const { page } = await b.page({ viewport: { width: 390, height: 844 } });
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    const rows = await page.locator('.ck-item').evaluateAll((items) =>
      items.map((item) => {
        const link = item.querySelector<HTMLElement>('.ck-meta a')!;
        const summary = item.querySelector<HTMLElement>('.ck-meta summary')!;
        const look = (el: HTMLElement) => {
          const s = getComputedStyle(el);
          return `${s.color} ${s.fontSize} ${s.fontWeight} ${s.textDecorationLine}`;
        };
        return {
          item: item.querySelector('.ck-row label')!.textContent!.trim(),
          same: look(link) === look(summary),
          oneRow: Math.abs(link.getBoundingClientRect().top - summary.getBoundingClientRect().top) < 2,
          underlined: getComputedStyle(link).textDecorationLine.includes('underline'),
          names: [link.textContent!, summary.textContent!],
        };
      }),
    );
    expect(rows.length).toBe(total);
    for (const r of rows) {
      expect(r.same, r.item).toBe(true);
      expect(r.oneRow, r.item).toBe(true);
      expect(r.underlined, r.item).toBe(false);
      // Quiet, but still named for their item for a screen reader.
      for (const name of r.names) expect(name, r.item).toContain(r.item.slice(0, 20));
    }
    // Muted: the soft text colour, not the accent the item links would carry.
    const soft = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-soft').trim());
    const colour = await page
      .locator('.ck-meta a')
      .first()
      .evaluate((a) => getComputedStyle(a).color);
    const expected = await page.evaluate((c) => {
      const probe = document.createElement('span');
      probe.style.color = c;
      document.body.append(probe);
      const out = getComputedStyle(probe).color;
      probe.remove();
      return out;
    }, soft);
    expect(colour).toBe(expected);
  });

  test('ticks save at once and are there after a reload; progress says so in words', async () => {
    const { page } = await b.page();
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    await page.getByLabel(oneOff[0]!.text).check();
    await page.getByLabel(oneOff[1]!.text).check();
    await expect
      .poll(() => page.locator('.ck-summary .meter-text').textContent())
      .toBe(`Overall: 2 of ${total} done (${Math.round((2 / total) * 100)}%)`);
    await page.reload();
    await hydrated(page, '.ck-board');
    await expect.poll(() => page.getByLabel(oneOff[0]!.text).isChecked()).toBe(true);
    expect(await page.getByLabel(oneOff[1]!.text).isChecked()).toBe(true);
    const section = page.locator('.ck-section', { has: page.locator('#group-earn-trust') });
    expect(await section.locator('.meter-text').textContent()).toContain(`2 of ${trust.items.length} done`);
    // "What to do next" names the first items never done, not the ticked ones.
    const next = await page.locator('.ck-next a').allTextContents();
    expect(next).toHaveLength(3);
    expect(next).not.toContain(oneOff[0]!.text);
  });

  test('a tick in one tab shows in another open tab without a reload', async () => {
    const { page, context } = await b.page();
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    const other = await context.newPage();
    await other.goto('/lessons/earn-trust/');
    await other.locator('[data-island=checklist-group]').scrollIntoViewIfNeeded();
    await hydrated(other, '.ck-group');
    await page.getByLabel(oneOff[1]!.text).check();
    await expect.poll(() => other.locator('.ck-group').getByLabel(oneOff[1]!.text).isChecked()).toBe(true);
    await other.locator('.ck-group').getByLabel(oneOff[1]!.text).uncheck();
    await expect.poll(() => page.getByLabel(oneOff[1]!.text).isChecked()).toBe(false);
  });

  test('a date or note on an unticked item never says "done", and offers to tick it', async () => {
    const { page } = await b.page();
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    const item = page.locator('.ck-item', { hasText: oneOff[0]!.text });
    await item.locator('summary').click();
    await item.getByLabel('Date done').fill('2026-03-12');
    await item.getByLabel('Note').fill('told Sam about the vendor delay');
    await expect
      .poll(() => item.locator('.ck-details summary').textContent())
      .toContain('Not ticked yet (dated 12 March 2026): told Sam about the vendor delay');
    expect(await item.locator('.ck-details summary').textContent()).not.toMatch(/Done on|Last done/);
    expect(await page.getByLabel(oneOff[0]!.text).isChecked()).toBe(false);
    await item.getByRole('button', { name: /^Tick it/ }).click();
    await expect.poll(() => page.getByLabel(oneOff[0]!.text).isChecked()).toBe(true);
    await expect
      .poll(() => item.locator('.ck-details summary').textContent())
      .toContain('Done on 12 March 2026: told Sam about the vendor delay');
    expect(await item.locator('.ck-record').textContent()).toBe('Done on 12 March 2026: told Sam about the vendor delay');
    await page.reload();
    await hydrated(page, '.ck-board');
    await expect
      .poll(() => page.locator('.ck-item', { hasText: oneOff[0]!.text }).locator('.ck-details summary').textContent())
      .toContain('told Sam');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ck-item', { hasText: oneOff[0]!.text }).locator('.ck-record').isVisible()).toBe(true);
  });

  test("a row's date and note fields are made when it opens, by keyboard too, holding what was saved", async () => {
    const { page } = await b.page();
    await seed(page, {
      version: 2,
      data: { items: { [oneOff[0]!.id]: { done: true, date: '2026-03-12', note: 'told Sam' } }, kept: [] },
    });
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    const item = page.locator('.ck-item', { hasText: oneOff[0]!.text });
    // Closed, a row shows what it holds in its summary, and has no fields.
    await expect.poll(() => item.locator('summary').textContent()).toContain('Done on 12 March 2026: told Sam');
    expect(await page.locator('.ck-fields').count()).toBe(0);
    await item.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => item.locator('.ck-fields').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await item.getByLabel('Date done').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await item.getByLabel('Date done').inputValue()).toBe('2026-03-12');
    expect(await item.getByLabel('Note').inputValue()).toBe('told Sam');
    // Closed again, its fields go, and what was typed stays in the summary.
    await item.getByLabel('Note').fill('told Sam and Ana');
    await item.locator('summary').click();
    await expect.poll(() => item.locator('.ck-fields').count()).toBe(0);
    expect(await item.locator('summary').textContent()).toContain('told Sam and Ana');
  });

  test('a row opened before the page could save gets its fields once it can', async () => {
    const { page } = await b.page();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/ChecklistBoard\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/checklist/', { waitUntil: 'domcontentloaded' });
    const item = page.locator('.ck-item', { hasText: oneOff[1]!.text });
    await item.locator('summary').click();
    expect(await item.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    release();
    await hydrated(page, '.ck-board');
    await expect.poll(() => item.locator('.ck-fields').count()).toBe(1);
    await expect.poll(() => item.getByLabel('Date done').isEnabled()).toBe(true);
  });

  test('a habit comes back as due when its period has passed, and ticking it records today', async () => {
    const { page } = await b.page();
    await seed(page, {
      version: 2,
      data: { items: { [weekly.id]: { done: true, date: daysAgo(10), note: 'sent Monday' } }, kept: [] },
    });
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    const item = page.locator('.ck-item', { hasText: weekly.text });
    await expect.poll(() => item.locator('.ck-due-note').isVisible()).toBe(true);
    expect(await item.locator('.ck-every').isVisible()).toBe(false);
    expect(await page.getByLabel(weekly.text).isChecked()).toBe(false);
    // "What to do next" starts with what is due again, with when it was last done.
    const first = page.locator('.ck-next li').first();
    expect(await first.textContent()).toContain(weekly.text);
    expect(await first.textContent()).toContain('due again; Last done on');
    await page.getByLabel(weekly.text).check();
    await expect.poll(() => item.locator('.ck-every').isVisible()).toBe(true);
    expect(await item.locator('.ck-due-note').isVisible()).toBe(false);
    expect(await page.locator('.ck-next li').allTextContents()).not.toContainEqual(expect.stringContaining(weekly.text));
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('managing-up:checklist')!));
    expect(saved.data.items[weekly.id]).toEqual({ done: true, date: today(), note: 'sent Monday' });
  });

  test('long notes wrap: no sideways scroll at 320 px on the checklist and the lesson, before and after a reload', async () => {
    const { page } = await b.page(phone(320));
    const word = 'x'.repeat(60);
    const note = `Told Priya about the vendor delay before standup and again in the afternoon ${word}`;
    await seed(page, {
      version: 2,
      data: {
        items: { [oneOff[0]!.id]: { done: true, date: '2026-11-20', note }, [weekly.id]: { done: false, note: word } },
        kept: [],
      },
    });
    for (const url of ['/checklist/', '/lessons/earn-trust/']) {
      await page.goto(url);
      await page.locator('.ck-list').first().scrollIntoViewIfNeeded();
      await hydrated(page, '.ck-list');
      await expect
        .poll(() => page.locator('.ck-item', { hasText: oneOff[0]!.text }).first().locator('summary').textContent())
        .toContain(word);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBe(320);
      await page.locator('.ck-item', { hasText: oneOff[0]!.text }).first().locator('summary').click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBe(320);
      await page.reload();
      await hydrated(page, '.ck-list');
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBe(320);
    }
  });

  test('version-1 ticks and notes move to renamed items; notes of removed items stay visible here and on My data', async () => {
    const { page } = await b.page();
    await seed(page, {
      version: 1,
      data: {
        items: {
          'commitments-closed-on-time': { done: true, note: 'renamed item note' },
          'bad-news-with-plan': { done: true },
          'skip-level-contact-cleared': { done: true, date: '2026-02-01', note: 'cleared with Ana first' },
        },
      },
    });
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    const bad = trust.items.find((i) => i.id === 'bad-news-with-plan')!;
    await expect.poll(() => page.getByLabel(bad.text).isChecked()).toBe(true);
    const renamed = trust.items.find((i) => i.id === 'commitments-reviewed')!;
    expect(await page.locator('.ck-item', { hasText: renamed.text }).locator('summary').textContent()).toContain(
      'renamed item note',
    );
    const kept = page.locator('.ck-kept');
    expect(await kept.textContent()).toContain('cleared with my boss');
    expect(await kept.textContent()).toContain('Done on 1 February 2026: cleared with Ana first');
    await page.goto('/my-data/');
    await hydrated(page, '.my-data');
    await expect.poll(() => page.locator('.ck-kept').textContent()).toContain('cleared with Ana first');
  });

  test('corrupt saved data: no crash, items shown, a notice, and the bad copy kept aside', async () => {
    const { page } = await b.page();
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('managing-up:checklist', '{"version":1,"data":{"items":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    expect(await page.locator('.ck-item').count()).toBe(total);
    await expect.poll(() => page.locator('.storage-notice').textContent()).toContain('could not be read');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('managing-up:checklist:aside:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"version":1,"data":{"items":']);
    // The page still works and saves.
    await page.getByLabel(oneOff[0]!.text).check();
    await page.reload();
    await hydrated(page, '.ck-board');
    await expect.poll(() => page.getByLabel(oneOff[0]!.text).isChecked()).toBe(true);
  });

  test('storage that is disabled: the page works and says progress will not be kept', async () => {
    const { page } = await b.page();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    await expect.poll(() => page.locator('.storage-notice').textContent()).toContain('will not be kept');
    await page.getByLabel(oneOff[0]!.text).check();
    await expect.poll(() => page.locator('.ck-summary .meter-text').textContent()).toContain('1 of');
  });

  // Paper grows with the checklist: about twenty items to an A4 page, and one page to spare for fonts.
  const itemCount = readdirSync('src/content/checklist')
    .filter((f) => f.endsWith('.yaml'))
    .reduce((n, f) => n + (parse(readFileSync(`src/content/checklist/${f}`, 'utf8')) as { items: unknown[] }).items.length, 0);
  const maxPages = Math.ceil(itemCount / 20) + 1;

  test('prints with the ticks shown and no site chrome, on about a page per twenty items', async () => {
    const { page } = await b.page();
    await page.goto('/checklist/');
    await hydrated(page, '.ck-board');
    await page.getByLabel(oneOff[0]!.text).check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.ck-meta').first().isVisible()).toBe(false);
    expect(await page.getByLabel(oneOff[0]!.text).isChecked()).toBe(true);
    const { pdfPageCount } = await import('./support/pdf');
    const n = pdfPageCount(await page.pdf({ format: 'A4' }));
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(maxPages);
  });
});

describe('reading progress', () => {
  test('"mark as read" shows in the lesson list and on the home page, with a link to the next unread lesson', async () => {
    const { page } = await b.page();
    await page.goto('/lessons/what-managing-up-is/');
    await page.locator('.read-box').scrollIntoViewIfNeeded();
    await hydrated(page, '.read-box');
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(() => page.locator('.read-status').textContent()).toContain('You have read this lesson');
    await expect.poll(() => page.locator('.lesson-nav li', { hasText: 'What managing up is' }).textContent()).toContain('Read');
    await page.goto('/');
    await hydrated(page, '.home-progress');
    const lessonCount = readdirSync('src/content/lessons').filter((f) => f.endsWith('.mdx')).length;
    await expect.poll(() => page.locator('.home-progress .meter-text').textContent()).toContain(`1 of ${lessonCount}`);
    const cont = page.locator('.continue a.button');
    expect(await cont.getAttribute('href')).toBe('/lessons/know-your-boss/');
    expect(await cont.textContent()).toContain('Continue with lesson 2');
  });

  test('a lesson counts as read when the reader stays at its end; unmarking is respected', async () => {
    const { page } = await b.page();
    await page.goto('/lessons/know-your-boss/');
    await page.locator('.read-box').scrollIntoViewIfNeeded();
    await hydrated(page, '.read-box');
    await expect.poll(() => page.locator('.read-status').textContent(), { timeout: 5000 }).toContain('since you reached the end');
    await page.getByRole('button', { name: 'Mark as unread' }).click();
    await page.waitForTimeout(2000);
    expect(await page.locator('.read-status').textContent()).toContain("haven't marked this lesson as read");
  });
});
