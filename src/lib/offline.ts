// What the offline worker keeps, and where. A first visit precaches only what lets every lesson be
// read with no network (the lessons' HTML, the CSS they use, the 404 page, the favicon and the
// manifest); everything else (tools, search, print, islands' JS, Pagefind, quiz and checklist
// JSON) is kept the first time the reader uses it, or all at once when they ask for the whole
// guide on My data. Shared by the build (scripts/build/service-worker.mjs) and the worker itself
// (src/client/offline-worker.ts), so both sort a URL the same way.

/** A built file, as a path relative to the site's root ("lessons/earn-trust/index.html"). */
export type BuiltFile = string;

/** The worker's runtime caches, one per way a file changes. */
export type RuntimeCache = 'pages' | 'assets' | 'search' | 'files';

/** Files that change name with their content, so a cached copy is always right. */
export const HASHED = /^_astro\/|^pagefind\/(index|fragment)\/|^pagefind\/.*\.pf_meta$/;

/**
 * Files no reader needs offline: link-preview cards and the sitemap are for other sites' crawlers,
 * _headers, robots.txt and dotfiles (.nojekyll) for the host, sw.js is the worker itself, and Pagefind's ready-made
 * interfaces and its engine for pages without a language are unused (every page is lang="en").
 */
const NEVER = [
  /^sw\.js$/,
  /^_headers$/,
  /(^|\/)\./,
  /^robots\.txt$/,
  /^cards\//,
  /^sitemap.*\.xml$/,
  /^pagefind\/wasm\.unknown\.pagefind$/,
  /^pagefind\/pagefind-(ui|component-ui|modular-ui)\./,
  /^pagefind\/pagefind-highlight\.js$/,
];

/** The URL a built file is served at, relative to the site's root: a page by its folder. */
export const urlOf = (file: BuiltFile): string => file.replace(/(^|\/)index\.html$/, '$1');

/** Which runtime cache a URL (relative to the site's root, no query) belongs in. */
export function runtimeCacheFor(path: string): RuntimeCache {
  if (HASHED.test(path)) return 'assets';
  if (path.startsWith('pagefind/')) return 'search';
  if (path === '' || path.endsWith('/') || path.endsWith('.html')) return 'pages';
  return 'files';
}

/** Every built file a reader might use offline: what "Keep the whole guide" stores. */
export const wholeGuide = (files: BuiltFile[]): BuiltFile[] => files.filter((f) => !NEVER.some((r) => r.test(f))).sort();

/** The stylesheets a page links to, as paths relative to the site's root. */
export function stylesheetsOf(html: string, base: string): BuiltFile[] {
  const found = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].flatMap(
    (m) => /\bhref="([^"]+\.css)"/.exec(m[0])?.[1] ?? [],
  );
  return found.filter((h) => h.startsWith(base)).map((h) => h.slice(base.length));
}

/**
 * What a first visit precaches: every lesson's page, the 404 page, the stylesheets those pages
 * link to, the favicon and the manifest. Nothing for tools, search or print, and no JavaScript:
 * a lesson reads fully without it.
 * @param files every built file
 * @param htmlOf the text of a built page
 * @param base Astro's base path ("/" or "/guide/")
 */
export function lessonShell(files: BuiltFile[], htmlOf: (file: BuiltFile) => string, base: string): BuiltFile[] {
  const pages = files.filter((f) => /^lessons\/[^/]+\/index\.html$/.test(f) || f === '404.html');
  const css = new Set(pages.flatMap((p) => stylesheetsOf(htmlOf(p), base)));
  const extras = files.filter((f) => f === 'favicon.svg' || f === 'manifest.webmanifest');
  return [...pages, ...[...css].filter((c) => files.includes(c)), ...extras].sort();
}

/**
 * What a page asks of the worker: keep what it loaded before the worker was in charge, keep
 * everything, or (the update note's Reload) take over now.
 */
export type WorkerRequest = { type: 'keep'; urls: string[] } | { type: 'keep-all' } | { type: 'SKIP_WAITING' };

/** The worker's answers while it keeps the whole guide. */
export type KeepAllProgress = {
  type: 'keep-all-progress' | 'keep-all-done' | 'keep-all-failed';
  done: number;
  total: number;
  failed: number;
};

/** The 404 page, relative to the site's root: the worker serves it for a page it has not kept when offline. */
export const NOT_FOUND_PAGE = '404.html';

/**
 * The 404 page as the worker serves it offline: its line for an old link or a mistyped address
 * (`data-online-note`) hidden, and the line saying the reader is offline and the page is not kept
 * on this device (`data-offline-note`, hidden on the page as built) shown.
 */
export function offlineNotFound(html: string): string {
  return html
    .replace(/<[a-z]+\b[^>]*\bdata-online-note\b[^>]*>/, (tag) => tag.replace(/\s*>$/, ' hidden>'))
    .replace(/<[a-z]+\b[^>]*\bdata-offline-note\b[^>]*>/, (tag) => tag.replace(/\shidden(="[^"]*")?(?=[\s>])/, ''));
}

/** A size in words a reader can weigh against their data plan ("1.4 MB", "480 KB"). */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Stands in My data's page for the whole guide's size until the build has every file and fills it in. */
export const WHOLE_GUIDE_BYTES = '0x0WHOLE_GUIDE_BYTES';
