// The Toolkit's front door and the ways in: the header link, the index's tools with the lessons
// that feed them, and the line at the end of those lessons.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { useBrowser } from './support/session';
import { axeViolations } from './support/axe';

const b = useBrowser();
const tools = parse(readFileSync('src/data/toolkit/tools.yaml', 'utf8')) as { title: string; href: string; lessons: string[] }[];

describe('toolkit index', () => {
  test('lists every tool with what it is for and the lessons behind it; ships no JavaScript; axe clean', async () => {
    const { page } = await b.page();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto('/toolkit/');
    for (const t of tools) {
      const card = page.locator('.pl-tool', { has: page.getByRole('link', { name: t.title, exact: true }) });
      expect(await card.getByRole('link', { name: t.title, exact: true }).getAttribute('href')).toBe(t.href);
      const lessonLinks = await card.locator('.pl-fed a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(lessonLinks.sort()).toEqual(t.lessons.map((l) => `/lessons/${l}/`).sort());
    }
    expect(await page.locator('.pl-tool h2').allTextContents()).toEqual(tools.map((t) => t.title));
    expect(scripts).toEqual([]);
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Toolkit' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the lessons that feed a tool end with a link to it', async () => {
    const { page } = await b.page({ javaScriptEnabled: false });
    for (const lesson of [...new Set(tools.flatMap((t) => t.lessons))]) {
      await page.goto(`/lessons/${lesson}/`);
      const links = await page.locator('.tool-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const expected = tools.filter((t) => t.lessons.includes(lesson)).map((t) => t.href);
      expect(links, lesson).toEqual([...expected, '/toolkit/']);
    }
    await page.goto('/lessons/what-managing-up-is/');
    expect(await page.locator('.tool-links').count()).toBe(0);
  });
});
