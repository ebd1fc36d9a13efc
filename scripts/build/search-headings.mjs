// Where each lesson's headings are, in Pagefind's own word positions, for the search page: a search
// knows from the index alone which pages hold a searched word, and where, but not where the page's
// sections start (that is in each page's fragment, fetched only for the pages it reads). With this
// table it reads first the pages whose headings hold the question's words (src/lib/search.ts
// pageOrder). Read from the fragments Pagefind wrote (gzip, a "pagefind_dcd" signature, then JSON:
// one page, or a group of pages keyed by id when Pagefind bundles them).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/**
 * @typedef {{ element?: string, text?: string, location: number }} Anchor
 * @typedef {{ url?: string, anchors?: Anchor[] }} Fragment
 */

/**
 * Each page's headings as [first word's position, number of words], by Pagefind page id.
 * @param {string} pagefindDir the folder Pagefind wrote (dist/pagefind)
 * @returns {Record<string, [number, number][]>}
 */
export function headingRanges(pagefindDir) {
  const dir = join(pagefindDir, 'fragment');
  /** @type {Record<string, [number, number][]>} */
  const out = {};
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort()) {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment`);
    /** @type {unknown} */
    const parsed = JSON.parse(text.slice(SIGNATURE.length));
    const json = /** @type {Fragment | Record<string, Fragment>} */ (parsed);
    const id = file.replace(/\.pf_fragment$/, '');
    const pages = 'url' in json ? { [id]: /** @type {Fragment} */ (json) } : /** @type {Record<string, Fragment>} */ (json);
    for (const [page, fragment] of Object.entries(pages)) {
      const ranges = (fragment.anchors ?? [])
        .filter((a) => /^h\d$/i.test(a.element ?? '') && a.text?.trim())
        .map((a) => /** @type {[number, number]} */ ([a.location, (a.text ?? '').trim().split(/\s+/).length]));
      if (ranges.length) out[page] = ranges;
    }
  }
  return out;
}

/**
 * The search page with the table written into its placeholder (src/pages/search.astro).
 * @param {string} html
 * @param {Record<string, [number, number][]>} ranges
 */
export function withHeadingRanges(html, ranges) {
  const table = /(<script type="application\/json" id="search-headings">)[^<]*(<\/script>)/;
  if (!table.test(html)) throw new Error('the search page has no search-headings table');
  return html.replace(table, (_, open, close) => `${open}${JSON.stringify(ranges)}${close}`);
}
