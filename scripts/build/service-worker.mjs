// Offline reading: the service worker (src/client/offline-worker.ts, bundled here with the build's
// lists in it) and the tiny script that registers it. A first visit precaches only what lets every
// lesson be read offline; the rest is kept as the reader uses it, or all at once from My data (see
// src/lib/offline.ts). A new build's worker waits until the reader chooses to reload
// (public/sw-update.js shows the note), so a page in use is never swapped or reloaded under them.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { HASHED, lessonShell, urlOf, wholeGuide } from '../../src/lib/offline.ts';

export { HASHED };

/**
 * The registration, inlined on pages that already run script. It waits for the load event so it
 * never competes with the page, and loads the update note only when a page already controlled by
 * a worker sees a newer one: a first visit costs these bytes and nothing more. With Save-Data on it
 * asks for a worker that precaches nothing. Once a first worker takes charge, it hands it the URLs
 * the page loaded before then, so the page the reader arrived on works offline too.
 * @param {string} base Astro's base path ("/" or "/sub/")
 */
export const registration = (base) =>
  `addEventListener("load",()=>{let s=navigator.serviceWorker,u=()=>import("${base}sw-update.js");s?.register("${base}sw.js"+(navigator.connection?.saveData?"?save-data":"")).then(r=>{s.controller?r.waiting||r.installing?u():r.onupdatefound=u:s.oncontrollerchange=()=>s.controller.postMessage({type:"keep",urls:[location.href,...performance.getEntriesByType("resource").map(e=>e.name)]})},()=>{})})`;

/**
 * The page with the registration added to its first inline script, or before </body> in a script of
 * its own, if it already runs script; else unchanged.
 * @param {string} html
 * @param {string} base Astro's base path ("/" or "/sub/")
 */
export function withRegistration(html, base) {
  // Pages you only read ship no JavaScript; the worker, once installed by any other page, serves them too.
  if (!/<script\b/i.test(html)) return html;
  if (html.includes(`register("${base}sw.js"`)) return html;
  // Joined to the page's own inline script when it has one: one gzip stream compresses better.
  const own = html.search(/<script>(?!<\/script>)/);
  if (own >= 0) {
    const end = html.indexOf('</script>', own);
    return `${html.slice(0, end)};${registration(base)}${html.slice(end)}`;
  }
  return html.replace(/<\/body>/i, `<script>${registration(base)}</script></body>`);
}

/** @param {string} dir @returns {string[]} every file under dir, relative to it with "/" */
function filesIn(dir) {
  /** @type {string[]} */
  const out = [];
  /** @param {string} d */
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/**
 * Writes `dir`/sw.js: the worker with its precache manifest (the lessons and their shell) and the
 * list of the whole guide, URLs relative to sw.js so a site under a sub-path works as it is.
 * @param {string} dir the built site's folder
 * @param {string} [base] Astro's base path ("/" or "/guide/"), for the stylesheets the lessons link to
 * @returns {Promise<{ count: number, size: number, wholeGuide: { count: number, gzip: number } }>} files precached and
 *   their total bytes; the whole guide's file count and gzip total
 */
export async function buildServiceWorker(dir, base = '/') {
  const files = filesIn(dir);
  const read = (/** @type {string} */ f) => readFileSync(join(dir, f));
  const shell = lessonShell(files, (f) => read(f).toString('utf8'), base);
  const precache = shell.map((f) => ({
    url: urlOf(f),
    // Hashed names identify their content; other files carry a hash of it, so a new build refetches only what changed.
    revision: HASHED.test(f) ? null : createHash('md5').update(read(f)).digest('hex'),
  }));
  const everything = wholeGuide(files);
  const out = await build({
    entryPoints: [new URL('../../src/client/offline-worker.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    // A new build (any file changed) is a new worker, so readers get the update note and fresh pages.
    banner: { js: `// build ${everything.reduce((h, f) => h.update(f).update(read(f)), createHash('md5')).digest('hex')}` },
    define: {
      PRECACHE: JSON.stringify(precache),
      WHOLE_GUIDE: JSON.stringify(everything.map(urlOf)),
      'process.env.NODE_ENV': '"production"',
    },
  });
  writeFileSync(join(dir, 'sw.js'), out.outputFiles[0]?.text ?? '');
  return {
    count: shell.length,
    size: shell.reduce((n, f) => n + read(f).length, 0),
    wholeGuide: { count: everything.length, gzip: everything.reduce((n, f) => n + gzipSync(read(f), { level: 9 }).length, 0) },
  };
}
