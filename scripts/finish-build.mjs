// Runs after `astro build` and Pagefind (see `npm run build`): registers the service worker on the
// pages that run script, settles each page's Content-Security-Policy from the inline scripts and
// styles actually in its HTML, writes _headers for static hosts, then generates the service worker over the finished
// files (last, so its precache revisions match what is served).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pagePolicy, withPolicy } from './build/csp.mjs';
import { makeHeaders } from './build/headers.mjs';
import { buildServiceWorker, withRegistration } from './build/service-worker.mjs';
import { headingRanges, withHeadingRanges } from './build/search-headings.mjs';
import { WHOLE_GUIDE_BYTES } from '../src/lib/offline.ts';

const config = (await import('../astro.config.mjs')).default;
const dir = process.argv[2] ?? config.outDir?.toString() ?? 'dist';
const base = `${(config.base ?? '/').replace(/\/?$/, '/')}`.replace(/^\/?/, '/');

/** @type {string[]} */
const files = [];
/** @param {string} d */
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(dir, p).split(sep).join('/'));
  }
};
walk(dir);

// The search page reads lessons' heading positions from Pagefind's fragments (see search-headings.mjs).
const ranges = headingRanges(join(dir, 'pagefind'));
const pages = files
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({ file, path: file === '404.html' ? '/404.html' : `/${file.replace(/(^|\/)index\.html$/, '$1')}` }))
  .map((p) => ({ ...p, html: readFileSync(join(dir, p.file), 'utf8') }))
  .map((p) => ({ ...p, html: p.path === '/search/' ? withHeadingRanges(p.html, ranges) : p.html }))
  .map((p) => ({ ...p, html: withRegistration(p.html, base) }))
  .map((p) => ({ ...p, policy: pagePolicy(p.html, p.path) }));
for (const p of pages) writeFileSync(join(dir, p.file), withPolicy(p.html, p.policy));

writeFileSync(
  join(dir, '_headers'),
  makeHeaders({
    base,
    pages: pages.map(({ path, policy }) => ({ path, policy })).sort((a, b) => a.path.localeCompare(b.path)),
    // Pagefind names its index and fragment chunks by content; its meta file too (the rest keep their names).
    hashedFiles: [
      '/pagefind/index/*',
      '/pagefind/fragment/*',
      ...files.filter((f) => f.endsWith('.pf_meta')).map((f) => `/${f}`),
    ],
  }),
);

const { count, size, wholeGuide } = await buildServiceWorker(dir, base);
// My data offers the whole guide for offline use with its size, known only now that every file is built.
const myData = pages.find((p) => p.path === '/my-data/');
if (myData) {
  const file = join(dir, myData.file);
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll(WHOLE_GUIDE_BYTES, String(wholeGuide.gzip)));
}
console.log(
  `finish-build: CSP settled on ${pages.length} pages; _headers written; sw.js precaches ${count} files (${(size / 1024).toFixed(0)} KB); the whole guide is ${wholeGuide.count} files (${(wholeGuide.gzip / 1024).toFixed(0)} KB gz)`,
);
