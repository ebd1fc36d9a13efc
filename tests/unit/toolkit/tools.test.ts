import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toolsForLesson } from '../../../src/lib/toolkit/tools';

const raw = parse(readFileSync('src/data/toolkit/tools.yaml', 'utf8')) as {
  id: string;
  title: string;
  href: string;
  lessons: string[];
}[];
const tools = raw.map((t) => ({ ...t, lessons: t.lessons.map((id) => ({ id })) }));

describe('tools fed by a lesson', () => {
  it('finds every tool a lesson feeds, in the data order, and none for a lesson that feeds nothing', () => {
    expect(toolsForLesson(tools, 'earn-trust').map((t) => t.id)).toEqual(['bad-news', 'one-on-one']);
    expect(toolsForLesson(tools, 'boss-of-your-boss').map((t) => t.id)).toEqual(['skip-level']);
    expect(toolsForLesson(tools, 'what-managing-up-is')).toEqual([]);
  });

  it('lists the four tools, each fed by lessons that exist', () => {
    expect(tools.map((t) => t.href)).toEqual([
      '/toolkit/boss-manual/',
      '/toolkit/bad-news/',
      '/toolkit/one-on-one/',
      '/toolkit/skip-level/',
    ]);
    for (const t of raw) for (const l of t.lessons) expect(() => readFileSync(`src/content/lessons/${l}.mdx`), l).not.toThrow();
  });
});
