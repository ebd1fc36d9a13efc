// The base helper (src/lib/base.ts), and the rule that keeps the guide working under a sub-path: no
// source file writes a path from the site root except through href() or withBase().
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentHref, href, withBase } from '../../src/lib/base';

describe('withBase', () => {
  it('puts a site path under the base, with or without its trailing slash', () => {
    expect(withBase('/lessons/earn-trust/', '/')).toBe('/lessons/earn-trust/');
    expect(withBase('/lessons/earn-trust/#why', '/guide/')).toBe('/guide/lessons/earn-trust/#why');
    expect(withBase('/', '/guide')).toBe('/guide/');
    expect(withBase('/pagefind/pagefind.js', '/a/b/')).toBe('/a/b/pagefind/pagefind.js');
  });
  it('refuses what is not a path from the site root', () => {
    expect(() => withBase('lessons/', '/')).toThrow();
    expect(() => withBase('//example.com/', '/')).toThrow();
  });
  it('href uses the base the site is built with (the root here)', () => {
    expect(href('/my-data/')).toBe(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/my-data/`);
  });
});

describe('contentHref (links written in lessons)', () => {
  it('adds the base to root paths only', () => {
    expect(contentHref('/lessons/earn-trust/', '/guide/')).toBe('/guide/lessons/earn-trust/');
    expect(contentHref('#section', '/guide/')).toBe('#section');
    expect(contentHref('https://example.com/x', '/guide/')).toBe('https://example.com/x');
    expect(contentHref('//cdn.example.com/x', '/guide/')).toBe('//cdn.example.com/x');
  });
});

/**
 * Files that keep site paths without the base on purpose, and why. Anything else that writes a root
 * path must pass it to href() or withBase().
 */
const BASELESS: Record<string, string> = {
  'src/lib/share.ts': 'card paths, joined to the base (or the site address) in shareTags()',
  'src/lib/content.ts': 'the pages with cards, matched against sitePath(), which takes the base off',
  'src/components/ShareTags.astro': 'compares the base-less sitePath()',
  'src/pages/cards/[...card].png.ts': 'turns card paths into route parameters',
  'src/lib/base.ts': 'the helper itself',
};

const SITE_ROOT =
  '(?:lessons|toolkit|pagefind|search|sources|print|worksheet|checklist|assessment|my-data|icons|cards|_astro|sw|manifest|favicon)';
const ROOT_PATH = [
  // An attribute written with a literal root path: href="/…", src="/…", action="/…".
  new RegExp(`\\b(?:href|src|action)=["']/`, 'g'),
  // A string or template literal that starts with a site path, not handed to href()/withBase().
  new RegExp(`(?<!\\b(?:href|withBase)\\()["'\`]/${SITE_ROOT}\\b`, 'g'),
  // A fetch or import of a root path.
  /\b(?:fetch|import)\(\s*["'`]\//g,
];

/** Lines of `source` that write a root path the base helper did not make. */
function rootPaths(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/\s.*$/gm, '$1');
  return code.split('\n').filter((line) => ROOT_PATH.some((re) => new RegExp(re.source).test(line)));
}

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return p === join('src', 'content') ? [] : sources(p);
    return /\.(astro|ts|tsx)$/.test(name) ? [p] : [];
  });

describe('no root paths outside the base helper', () => {
  it('finds the ways a root path can be written', () => {
    expect(rootPaths('<a href="/my-data/">My data</a>')).toHaveLength(1);
    expect(rootPaths("const url = '/pagefind/pagefind.js';")).toHaveLength(1);
    expect(rootPaths('const u = `/lessons/${slug}/quiz.json`;')).toHaveLength(1);
    expect(rootPaths("await fetch('/x.json')")).toHaveLength(1);
    expect(rootPaths("<a href={href('/my-data/')}>")).toEqual([]);
    expect(rootPaths('withBase(`/lessons/${slug}/`, base)')).toEqual([]);
    expect(rootPaths('// a comment about "/lessons/earn-trust/"')).toEqual([]);
  });

  it('every source file goes through href() or withBase()', () => {
    const found = sources('src')
      .map((f) => f.split('\\').join('/'))
      .filter((f) => !(f in BASELESS))
      .flatMap((f) => rootPaths(readFileSync(f, 'utf8')).map((line) => `${f}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});
