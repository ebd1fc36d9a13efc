// The build step that tells the search page where each lesson's headings are in Pagefind's index
// (scripts/build/search-headings.mjs), read from fragments shaped like the ones Pagefind writes.
import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headingRanges, withHeadingRanges } from '../../scripts/build/search-headings.mjs';

const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fragment = (name: string, json: unknown) =>
  writeFileSync(join(dir, 'fragment', `${name}.pf_fragment`), gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(json)}`)));

describe('heading ranges from Pagefind fragments', () => {
  test('each heading as its first word and its length, by page id; other anchors left out', () => {
    mkdirSync(join(dir, 'fragment'), { recursive: true });
    fragment('en_one', {
      url: '/lessons/one/',
      anchors: [
        { element: 'h2', id: 'keep-a-wins-log', text: 'Keep a wins log', location: 116 },
        { element: 'h3', id: 'why', text: ' Why ', location: 200 },
        { element: 'div', id: 'box', text: 'Not a heading', location: 250 },
        { element: 'h2', id: 'empty', text: '', location: 300 },
      ],
    });
    // Pagefind bundles fragments into groups when a site has very many pages.
    fragment('en_group', {
      en_two: { url: '/lessons/two/', anchors: [{ element: 'h2', id: 'a', text: 'Ask for a raise', location: 9 }] },
      en_three: { url: '/lessons/three/', anchors: [] },
    });
    expect(headingRanges(dir)).toEqual({
      en_one: [
        [116, 4],
        [200, 1],
      ],
      en_two: [[9, 4]],
    });
  });

  test('no fragments, no table; a file that is not a fragment stops the build', () => {
    expect(headingRanges(join(dir, 'missing'))).toEqual({});
    writeFileSync(join(dir, 'fragment', 'en_bad.pf_fragment'), gzipSync(Buffer.from('{}')));
    expect(() => headingRanges(dir)).toThrow(/not a Pagefind fragment/);
  });

  test('the table goes into the search page, again on a second run', () => {
    const page = '<ol></ol><script type="application/json" id="search-headings">{}</script>';
    const once = withHeadingRanges(page, { en_one: [[1, 2]] });
    expect(once).toBe('<ol></ol><script type="application/json" id="search-headings">{"en_one":[[1,2]]}</script>');
    expect(withHeadingRanges(once, {})).toBe(page);
    expect(() => withHeadingRanges('<ol></ol>', {})).toThrow(/no search-headings/);
  });
});
