// What the offline worker keeps and where: the lesson shell a first visit precaches, the runtime
// cache each URL goes to, what "Keep the whole guide" stores, and the size said to the reader.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  lessonShell,
  offlineNotFound,
  runtimeCacheFor,
  sizeInWords,
  stylesheetsOf,
  urlOf,
  wholeGuide,
} from '../../src/lib/offline';

const FILES = [
  'index.html',
  '404.html',
  'lessons/earn-trust/index.html',
  'lessons/new-boss/index.html',
  'lessons/earn-trust/quiz.json',
  'toolkit/one-on-one/index.html',
  'print/index.html',
  '_astro/lesson.abc123.css',
  '_astro/tools.def456.css',
  '_astro/KnowledgeCheck.789.js',
  'pagefind/pagefind.js',
  'pagefind/index/en_1.pf_index',
  'pagefind/fragment/en_2.pf_fragment',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/icon-192.png',
  'cards/earn-trust.png',
  'sitemap-index.xml',
  'robots.txt',
  '_headers',
  '.nojekyll',
  'sw.js',
];

const page = (css: string) => `<head><link rel="stylesheet" href="${css}"><link rel="icon" href="/favicon.svg"></head>`;

describe('the lesson shell a first visit precaches', () => {
  it('holds every lesson, the 404 page, the CSS they link to, the favicon and the manifest, and nothing else', () => {
    const shell = lessonShell(FILES, () => page('/_astro/lesson.abc123.css'), '/');
    expect(shell).toEqual(
      [
        '404.html',
        '_astro/lesson.abc123.css',
        'favicon.svg',
        'lessons/earn-trust/index.html',
        'lessons/new-boss/index.html',
        'manifest.webmanifest',
      ].sort(),
    );
  });

  it('reads stylesheets under a sub-path and ignores other links', () => {
    expect(stylesheetsOf(page('/guide/_astro/lesson.abc123.css'), '/guide/')).toEqual(['_astro/lesson.abc123.css']);
    expect(stylesheetsOf('<link rel="icon" href="/guide/x.css">', '/guide/')).toEqual([]);
  });
});

describe('runtime caches', () => {
  it('sends hashed files to the cache-first store, Pagefind to search, pages and other files to their own', () => {
    expect(runtimeCacheFor('_astro/KnowledgeCheck.789.js')).toBe('assets');
    expect(runtimeCacheFor('pagefind/fragment/en_2.pf_fragment')).toBe('assets');
    expect(runtimeCacheFor('pagefind/pagefind.js')).toBe('search');
    expect(runtimeCacheFor('')).toBe('pages');
    expect(runtimeCacheFor('toolkit/one-on-one/')).toBe('pages');
    expect(runtimeCacheFor('404.html')).toBe('pages');
    expect(runtimeCacheFor('lessons/earn-trust/quiz.json')).toBe('files');
  });

  it('names a page by its folder', () => {
    expect(urlOf('lessons/earn-trust/index.html')).toBe('lessons/earn-trust/');
    expect(urlOf('index.html')).toBe('');
  });
});

describe('the whole guide', () => {
  it('is every file a reader can use, never the worker, host files, cards or the sitemap', () => {
    const all = wholeGuide(FILES);
    for (const f of ['sw.js', '_headers', '.nojekyll', 'robots.txt', 'cards/earn-trust.png', 'sitemap-index.xml'])
      expect(all).not.toContain(f);
    for (const f of ['print/index.html', 'toolkit/one-on-one/index.html', 'pagefind/pagefind.js', 'icons/icon-192.png'])
      expect(all).toContain(f);
  });

  it('says its size in words a reader can weigh', () => {
    expect(sizeInWords(573 * 1024)).toBe('573 KB');
    expect(sizeInWords(1.44 * 1024 * 1024)).toBe('1.4 MB');
    expect(sizeInWords(10)).toBe('1 KB');
  });
});

// Issue 21: offline, a page never kept showed the browser's network error; the worker now serves the
// 404 page, with the line that says why.
describe('the 404 page served offline', () => {
  it('hides the line about an old link and shows the one saying the reader is offline, whatever the attribute order', () => {
    const html =
      '<main><h1>Not found</h1><p class="lede" data-online-note data-astro-cid-x>Old link?</p>' +
      '<p class="lede" data-offline-note data-astro-cid-x hidden>Offline.</p><p hidden>Other</p></main>';
    expect(offlineNotFound(html)).toBe(
      '<main><h1>Not found</h1><p class="lede" data-online-note data-astro-cid-x hidden>Old link?</p>' +
        '<p class="lede" data-offline-note data-astro-cid-x>Offline.</p><p hidden>Other</p></main>',
    );
    expect(offlineNotFound('<p hidden="" data-offline-note>Offline.</p>')).toBe('<p data-offline-note>Offline.</p>');
  });

  it('works on the 404 page the site builds', () => {
    const source = readFileSync('src/pages/404.astro', 'utf8');
    expect(source).toMatch(/<p [^>]*data-online-note[^>]*>/);
    expect(source).toMatch(/<p [^>]*data-offline-note[^>]*\bhidden\b[^>]*>/);
  });
});
