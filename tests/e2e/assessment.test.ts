// A reader takes the self-assessment: a compact scale on a phone, gaps pointed out in an alert the
// sticky bar never covers, "Hasn't come up" left out of the score, results with readable bars and
// the statements to work on, saved attempts that survive a change of statements (incomplete or
// older ones never break the page, an older set's attempt keeps its own score, a draft in progress
// loses no answer), a retake that compares only what is comparable, and print.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { hydrated, useBrowser } from './support/session';
import { V1_IDS, v1Worst } from '../support/assessment-v1';
import { IDS_2026_11, answers2026_11 } from '../support/assessment-2026-11';
import { pdfPageCount } from './support/pdf';

const b = useBrowser();
interface St {
  id: string;
  dimension: string;
  text: string;
  reverse?: boolean;
  canSkip?: boolean;
  section: string;
}
const data = parse(readFileSync('src/data/assessment.yaml', 'utf8')) as {
  set: string;
  dimensions: { id: string; title: string; lesson: string }[];
  statements: St[];
  bands: { title: string }[];
};
const phone = { viewport: { width: 390, height: 844 } };

/**
 * Rates every statement; `rating` gets the statement and returns 0-5 (0: "Hasn't come up"). The
 * radios are clicked in the page in one go (a click runs the same change handler as a reader's), so
 * rating forty statements twice stays quick on a loaded machine; the keyboard test drives them as a
 * reader would.
 */
async function rateAll(page: Page, rating: (s: St) => number, skip: string[] = []) {
  const picks = data.statements.filter((s) => !skip.includes(s.id)).map((s) => [s.id, rating(s)] as const);
  const missed = await page.evaluate((list) => {
    const out: string[] = [];
    for (const [id, value] of list) {
      const input = document.querySelector<HTMLInputElement>(`#st-${id} input[value="${value}"]`);
      if (!input || input.disabled) out.push(id);
      else input.click();
    }
    return out;
  }, picks);
  expect(missed).toEqual([]);
  await expect
    .poll(() =>
      page.evaluate(
        (ids) => ids.filter((id) => !document.querySelector(`#st-${id} input:checked`)),
        picks.map(([id]) => id),
      ),
    )
    .toEqual([]);
}
const best = (s: { reverse?: boolean }) => (s.reverse ? 1 : 5);
const worst = (s: { reverse?: boolean }) => (s.reverse ? 5 : 1);

/**
 * After a retake: each area's row compares when at least half its statements were rated both
 * times (`shared`), showing `compared` (then, now, change); with no area to compare, one line says so.
 */
async function expectComparison(page: Page, shared: (s: St) => boolean, compared: string) {
  const areas = data.dimensions.map((d) => {
    const all = data.statements.filter((s) => s.dimension === d.id);
    return { d, comparable: all.filter(shared).length * 2 >= all.length };
  });
  const box = page.locator('.as-compare');
  if (!areas.some((a) => a.comparable)) {
    expect(await box.textContent()).toContain('The statements have changed too much since then to compare any area');
    expect(await box.locator('table').count()).toBe(0);
    return;
  }
  for (const { d, comparable } of areas) {
    const row = box.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${d.title}$`) }) });
    expect(await row.textContent(), d.id).toContain(comparable ? compared : 'Not comparable');
  }
}

/** Puts saved data in place before the first page load only (as an import or an older version would). */
async function seed(page: Page, value: unknown) {
  await page.addInitScript((raw) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('managing-up:assessment', raw);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(value));
}

describe('self-assessment', () => {
  test('the home page and the assessment give the same time, one that fits the number of statements', async () => {
    const { page } = await b.page();
    await page.goto('/assessment/');
    const statements = await page.locator('fieldset.as-statement').count();
    expect(statements).toBe(data.statements.length);
    const lede = (await page.locator('.lede').textContent())!;
    expect(lede).toContain(`${statements} statements`);
    const here = /about (\w+) minutes/i.exec(lede)?.[1];
    // Seven or eight seconds a statement: up to 40 statements is about five minutes.
    if (statements <= 40) expect(here).toBe('five');
    else expect(here).toBeTruthy();
    await page.goto('/');
    const card = (await page.locator('.tools a[href="/assessment/"]').textContent())!;
    expect(card).not.toMatch(/\w+-minute/);
    expect(/about (\w+) minutes/i.exec(card)?.[1]).toBe(here);
  });

  test('every statement is in the page without JavaScript, as a fieldset with a legend', async () => {
    const { page } = await b.page({ javaScriptEnabled: false });
    await page.goto('/assessment/');
    expect(await page.locator('fieldset.as-statement').count()).toBe(data.statements.length);
    expect(await page.locator('fieldset.as-statement legend').first().textContent()).toBe(data.statements[0]!.text);
    const skippable = data.statements.filter((s) => s.canSkip).length;
    expect(await page.locator('.scale-skip input[value="0"]').count()).toBe(skippable);
  });

  test('on a 390 px phone the five answers sit on one row, as one labelled radio group used with the keyboard', async () => {
    const { page } = await b.page(phone);
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    const frequency = data.statements.find((x) => !('scale' in x))!;
    for (const s of [data.statements[0]!, frequency, data.statements.find((x) => x.canSkip)!]) {
      const tops = await page
        .locator(`#st-${s.id} .scale-option`)
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(tops).toHaveLength(5);
      expect(new Set(tops).size).toBe(1);
    }
    expect(
      await page
        .locator(`#st-${frequency.id} input[type=radio]`)
        .first()
        .evaluate((i) => (i as HTMLInputElement).labels?.[0]?.textContent),
    ).toBe('Never');
    expect(await page.locator(`#st-${frequency.id}`).getByRole('radio', { name: 'Often' }).count()).toBe(1);
    await page.locator(`#st-${frequency.id} input[value="2"]`).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(`#st-${frequency.id} input[value="3"]`).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  });

  test('unanswered statements are pointed out in an alert the sticky progress bar does not cover', async () => {
    const { page } = await b.page(phone);
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    const skipped = [data.statements[3]!.id, data.statements[10]!.id];
    await rateAll(page, () => 3, skipped);
    await page.getByRole('button', { name: 'See my results' }).click();
    const alert = page.locator('.as-missing');
    await expect.poll(() => alert.textContent()).toContain('2 statements are not answered yet');
    expect(await alert.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      skipped.map((id) => `#st-${id}`),
    );
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('as-missing'))).toBe(true);
    // The element at the alert's first line is the alert itself, not the sticky bar above it.
    const hit = await alert.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const line = el.querySelector('p')!.getBoundingClientRect();
      const at = document.elementFromPoint(r.left + 20, line.top + 4);
      return { inside: !!at && el.contains(at), top: r.top, inView: r.top >= 0 && r.top < innerHeight };
    });
    expect(hit).toMatchObject({ inside: true, inView: true });
    expect(await page.locator('.as-results').count()).toBe(0);
    expect(await page.locator('fieldset.missing').count()).toBe(2);
  });

  test('answers are saved as the reader goes: leave halfway, come back, continue', async () => {
    const { page } = await b.page();
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    const half = data.statements.slice(0, 10);
    for (const s of half) await page.locator(`#st-${s.id} input[value="4"]`).check();
    await page.reload();
    await hydrated(page, '.assessment');
    await expect.poll(() => page.locator('.as-progress').textContent()).toContain(`10 of ${data.statements.length} answered`);
    expect(await page.locator(`#st-${half[9]!.id} input[value="4"]`).isChecked()).toBe(true);
  });

  test('results: band, readable bars, "Work on these" linked to lesson sections; the same after reload; a retake compares', async () => {
    const { page } = await b.page(phone);
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    await rateAll(page, worst);
    await page.getByRole('button', { name: 'See my results' }).click();
    const heading = page.locator('#as-result-title');
    await expect.poll(() => heading.textContent()).toContain('Your result: 0 out of 100');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('as-result-title');
    expect(await page.locator('.as-band-title').textContent()).toBe(data.bands[0]!.title);
    const rows = page.locator('.as-chart-row');
    expect(await rows.count()).toBe(data.dimensions.length);
    expect(await rows.first().textContent()).toContain(`${data.dimensions[0]!.title}0 out of 100`);
    // Every piece of chart text renders at 12 px or more on a 390 px phone.
    const sizes = await page.locator('.as-chart').evaluate((chart) => {
      const out: number[] = [];
      const walk = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
      while (walk.nextNode()) {
        const el = walk.currentNode.parentElement!;
        if (walk.currentNode.textContent!.trim() && !el.closest('.visually-hidden'))
          out.push(parseFloat(getComputedStyle(el).fontSize));
      }
      return out;
    });
    expect(sizes.length).toBeGreaterThanOrEqual(data.dimensions.length * 2);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    // The lowest statements, each linked to the section of its lesson that teaches it.
    const work = page.locator('.as-work > li');
    expect(await work.count()).toBe(3);
    const first = data.statements[0]!;
    const lesson = data.dimensions.find((d) => d.id === first.dimension)!.lesson;
    expect(await work.first().textContent()).toContain(first.text);
    expect(await work.first().locator('a').getAttribute('href')).toBe(`/lessons/${lesson}/#${first.section}`);

    await page.reload();
    await hydrated(page, '.assessment');
    await expect.poll(() => page.locator('#as-result-title').textContent()).toContain('Your result: 0 out of 100');

    await page.getByRole('button', { name: 'Retake the assessment' }).click();
    await rateAll(page, best);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect.poll(() => page.locator('#as-result-title').textContent()).toContain('Your result: 100 out of 100');
    expect(await page.locator('.as-band-title').textContent()).toBe(data.bands.at(-1)!.title);
    const compare = page.locator('.as-compare tbody tr');
    expect(await compare.count()).toBe(data.dimensions.length + 1);
    expect(await compare.first().textContent()).toContain('+100');
    expect(await page.locator('.as-history li').allTextContents()).toEqual([
      expect.stringContaining('0 out of 100'),
      expect.stringContaining('100 out of 100'),
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  });

  test('the result is a card: the score large, the band beside it, using a laptop’s width', async () => {
    const { page } = await b.page({ viewport: { width: 1280, height: 800 } });
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    await rateAll(page, best);
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.locator('.as-results').waitFor();
    expect(await page.locator('#as-result-title').textContent()).toContain('Your result: 100 out of 100');
    const look = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const wrap = document.querySelector('.assessment')!.closest('.wrap')!;
      const pad = parseFloat(getComputedStyle(wrap).paddingLeft) + parseFloat(getComputedStyle(wrap).paddingRight);
      return {
        score: parseFloat(getComputedStyle(document.querySelector('.as-score')!).fontSize),
        body: parseFloat(getComputedStyle(document.body).fontSize),
        card: getComputedStyle(document.querySelector('.as-results')!, '::before').backgroundColor,
        page: getComputedStyle(document.body).backgroundColor,
        results: box('.as-results').width,
        room: wrap.getBoundingClientRect().width - pad,
        heading: box('#as-result-title'),
        band: box('.as-band'),
      };
    });
    expect(look.score).toBeGreaterThanOrEqual(3 * look.body);
    expect(look.card).not.toBe(look.page);
    expect(look.results).toBeGreaterThanOrEqual(0.8 * look.room);
    expect(look.band.left).toBeGreaterThanOrEqual(look.heading.right);
  });

  test('"Hasn\'t come up" is left out of the score, and every area still scores when nothing that needs an occasion came up', async () => {
    const { page } = await b.page();
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    await rateAll(page, (s) => (s.canSkip ? 0 : best(s)));
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect.poll(() => page.locator('#as-result-title').textContent()).toContain('Your result: 100 out of 100');
    expect(await page.locator('.as-chart-value').allTextContents()).toEqual(data.dimensions.map(() => '100 out of 100'));
    expect(await page.locator('.as-chart-note').count()).toBe(0);
  });

  test('an imported attempt with a missing answer does not break the page: shown as incomplete, left out', async () => {
    const { page } = await b.page();
    const answers = Object.fromEntries(data.statements.map((s) => [s.id, 3]));
    delete answers[data.statements[5]!.id];
    await seed(page, {
      version: 2,
      data: { draft: {}, attempts: [{ date: '2026-03-12T09:00:00.000Z', set: data.set, answers }] },
    });
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    await expect.poll(() => page.locator('.as-note').textContent()).toContain('Your saved attempt is incomplete');
    // The form works: answer everything and get a result; the incomplete attempt stays in the history.
    await rateAll(page, best);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect.poll(() => page.locator('#as-result-title').textContent()).toContain('Your result: 100 out of 100');
    expect(await page.locator('.as-compare').count()).toBe(0);
    expect(await page.locator('.as-history li').allTextContents()).toEqual([
      expect.stringContaining('incomplete (1 answer missing), not scored'),
      expect.stringContaining('100 out of 100'),
    ]);
  });

  test('version-1 data with a missing answer is migrated and shown as incomplete', async () => {
    const { page } = await b.page();
    const answers = v1Worst();
    delete answers['gr-credit'];
    await seed(page, { version: 1, data: { draft: {}, attempts: [{ date: '2026-03-12T09:00:00.000Z', answers }] } });
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    await expect.poll(() => page.locator('.as-note').textContent()).toContain('incomplete');
    expect(await page.locator('fieldset.as-statement').count()).toBe(data.statements.length);
    // Saved in the new shape once the reader answers, with the old attempt kept as it was.
    await page.locator(`#st-${data.statements[0]!.id} input[value="4"]`).check();
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('managing-up:assessment')!)))
      .toMatchObject({ version: 3, data: { attempts: [{ date: '2026-03-12T09:00:00.000Z', set: 'v1', answers }] } });
  });

  test('a retake across a statement change: the old attempt keeps its score, only shared statements are compared', async () => {
    const { page } = await b.page();
    await seed(page, {
      version: 1,
      data: { draft: {}, attempts: [{ date: '2026-03-12T09:00:00.000Z', answers: v1Worst() }] },
    });
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    // The version-1 attempt shows with the score it had, marked as an earlier set of statements.
    await expect.poll(() => page.locator('#as-result-title').textContent()).toContain('Your result: 0 out of 100');
    expect(await page.locator('.as-results .muted').first().textContent()).toContain('earlier set of statements');
    await page.getByRole('button', { name: 'Retake the assessment' }).click();
    await rateAll(page, best);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect.poll(() => page.locator('#as-result-title').textContent()).toContain('Your result: 100 out of 100');
    await expectComparison(page, (s) => V1_IDS.includes(s.id), '0100+100');
    expect(await page.locator('.as-history li').allTextContents()).toEqual([
      expect.stringContaining('0 out of 100 (earlier set of statements)'),
      expect.stringContaining('100 out of 100'),
    ]);
  });

  test('a saved "2026-11" attempt reloads with its own score; one saved without a score gets the score its statements gave', async () => {
    const { page } = await b.page();
    // As the "2026-11" site saved it: a score that differs from what today's statements would give.
    const kept = {
      date: '2026-11-10T09:00:00.000Z',
      set: '2026-11',
      answers: answers2026_11(() => 3),
      score: { overall: 62, areas: { 'know-your-boss': 70, trust: 55, 'skip-level': null } },
    };
    // Saved without a score (an import, say): best answers, every skip-level statement "Hasn't come up".
    const bare = {
      date: '2026-11-20T09:00:00.000Z',
      set: '2026-11',
      answers: answers2026_11((s) => (s.dimension === 'skip-level' ? 0 : s.reverse ? 1 : 5)),
    };
    await seed(page, { version: 2, savedAt: '2026-11-20T09:00:00.000Z', data: { draft: {}, attempts: [kept, bare] } });
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    const heading = page.locator('#as-result-title');
    await expect.poll(() => heading.textContent()).toContain('Your result: 100 out of 100');
    expect(await page.locator('.as-results .muted').first().textContent()).toContain('earlier set of statements');
    // Its skip-level area had too few answers to score then, and says so.
    const row = page.locator('.as-chart-row', { hasText: data.dimensions.find((d) => d.id === 'skip-level')!.title });
    expect(await row.locator('.as-chart-value').textContent()).toBe('Not scored');
    expect(await row.locator('.as-chart-note').textContent()).toContain('Fewer than half of these came up for you');
    expect(await page.locator('.as-history li').allTextContents()).toEqual([
      expect.stringContaining('62 out of 100 (earlier set of statements)'),
      expect.stringContaining('100 out of 100 (earlier set of statements)'),
    ]);
    await page.reload();
    await hydrated(page, '.assessment');
    await expect.poll(() => page.locator('.as-history li').first().textContent()).toContain('62 out of 100 (earlier set');

    // A retake compares with it on the statements both sets share, and saves both old scores as they were.
    await page.getByRole('button', { name: 'Retake the assessment' }).click();
    await rateAll(page, worst);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect.poll(() => heading.textContent()).toContain('Your result: 0 out of 100');
    await expectComparison(page, (s) => IDS_2026_11.includes(s.id) && bare.answers[s.id]! > 0, '1000-100');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('managing-up:assessment')!));
    expect(stored.version).toBe(3);
    expect(stored.data.attempts.map((a: { set: string; score: { overall: number } }) => [a.set, a.score.overall])).toEqual([
      ['2026-11', 62],
      ['2026-11', 100],
      [data.set, 0],
    ]);
  });

  test('a draft in progress when the statements changed: answers that kept their meaning carry over, the rest are kept', async () => {
    const { page } = await b.page();
    const savedAt = '2026-11-28T18:30:00.000Z';
    const draft = { 'co-channel': 4, 'co-calendar': 2, 'kb-own-list-first': 5 };
    await seed(page, { version: 2, savedAt, data: { draft, attempts: [] } });
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    await expect.poll(() => page.locator('.as-note').textContent()).toContain('The statements have changed since you started');
    expect(await page.locator('#st-co-channel input[value="4"]').isChecked()).toBe(true);
    expect(await page.locator('.as-progress').textContent()).toContain(`1 of ${data.statements.length} answered`);
    await page.locator(`#st-${data.statements[0]!.id} input[value="5"]`).check();
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('managing-up:assessment')!)))
      .toEqual({
        version: 3,
        savedAt: expect.any(String),
        data: {
          draft: { 'co-channel': 4, [data.statements[0]!.id]: 5 },
          attempts: [{ date: savedAt, set: '2026-11', answers: draft, unfinished: true }],
        },
      });
    // Finishing keeps the unfinished answers in the history, unscored.
    await rateAll(page, best);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect.poll(() => page.locator('#as-result-title').textContent()).toContain('Your result: 100 out of 100');
    expect(await page.locator('.as-history li').allTextContents()).toEqual([
      expect.stringContaining('unfinished when the statements changed (3 answers kept), not scored'),
      expect.stringContaining('100 out of 100'),
    ]);
  });

  test('results print on one page, with the bars on paper', async () => {
    const { page } = await b.page();
    await page.goto('/assessment/');
    await hydrated(page, '.assessment');
    await rateAll(page, (s) => (s.reverse ? 2 : 4));
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.locator('.as-results').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Retake the assessment' }).isVisible()).toBe(false);
    // Drawn as a border, so the bar prints even without background graphics.
    expect(
      await page
        .locator('.as-chart-bar')
        .first()
        .evaluate((e) => getComputedStyle(e).borderTopWidth),
    ).not.toBe('0px');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(pdf)).toBe(1);
  });
});
