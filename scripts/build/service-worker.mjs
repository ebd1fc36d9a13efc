// Offline reading: a Workbox service worker that precaches the whole built site (every page,
// stylesheet, script, quiz key, the manifest and icons, and Pagefind's search index), and the tiny
// script that registers it. A new build's worker waits until the reader chooses to reload
// (public/sw-update.js shows the note), so a page in use is never swapped or reloaded under them.
import { generateSW } from 'workbox-build';

/**
 * Pagefind's ready-made search interfaces, which this site does not use (it has its own), and its
 * engine for pages without a language (every page here is lang="en").
 */
const UNUSED = [
  'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
];

/** Files whose names change with their content, so their URL alone identifies a version. */
export const HASHED = /^_astro\/|^pagefind\/(index|fragment)\/|^pagefind\/.*\.pf_meta$/;

/**
 * The registration, inlined on pages that already run script. It waits for the load event so it
 * never competes with the page, and loads the update note only when a page already controlled by
 * a worker sees a newer one: a first visit costs these bytes and nothing more.
 * @param {string} base Astro's base path ("/" or "/sub/")
 */
export const registration = (base) =>
  `addEventListener("load",()=>{let s=navigator.serviceWorker,u=()=>import("${base}sw-update.js");s?.register("${base}sw.js").then(r=>{s.controller&&(r.waiting||r.installing?u():r.onupdatefound=u)},()=>{})})`;

/**
 * The page with the registration added to its first inline script, or before </body> in a script of
 * its own, if it already runs script; else unchanged.
 * @param {string} html
 * @param {string} base Astro's base path ("/" or "/sub/")
 */
export function withRegistration(html, base) {
  // Pages you only read ship no JavaScript; the worker, once installed by any other page, serves them too.
  if (!/<script\b/i.test(html)) return html;
  if (html.includes(`register("${base}sw.js")`)) return html;
  // Joined to the page's own inline script when it has one: one gzip stream compresses better.
  const own = html.search(/<script>(?!<\/script>)/);
  if (own >= 0) {
    const end = html.indexOf('</script>', own);
    return `${html.slice(0, end)};${registration(base)}${html.slice(end)}`;
  }
  return html.replace(/<\/body>/i, `<script>${registration(base)}</script></body>`);
}

/**
 * Writes dist/sw.js with the precache manifest of everything in `dir` (URLs relative to sw.js, so
 * a site under a sub-path works as it is).
 * @param {string} dir the built site's folder
 * @returns {Promise<{ count: number, size: number }>} files precached and their total bytes
 */
export async function buildServiceWorker(dir) {
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: ['**/*'],
    // Link-preview cards and the sitemap are for other sites' crawlers, never for a reader offline.
    globIgnores: ['sw.js', '_headers', 'robots.txt', 'cards/**', 'sitemap*.xml', ...UNUSED],
    swDest: `${dir}/sw.js`,
    dontCacheBustURLsMatching: HASHED,
    // Pages ignore their query (/search/?q=…), and Pagefind adds ?ts=… to its entry file.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    // The first worker takes charge of the open page at once, so it keeps working if the network
    // drops before the next navigation. Later workers wait for the reader (skipWaiting: false).
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
  if (warnings.length) throw new Error(`workbox: ${warnings.join('; ')}`);
  return { count, size };
}
