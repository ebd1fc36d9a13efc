// Link previews in the built site (dist/, built without SITE_URL): every page but the 404 carries
// its OpenGraph and Twitter tags, lessons and tools point at a card of their own and every other
// page at the site's card, each card is a 1200×630 PNG, and with no public address there is no
// canonical link, og:url or sitemap, and robots.txt names none. (With the address set:
// tests/e2e/subpath.test.ts.)
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { builtPages } from './support/pages';

const DIR = 'dist';
const pages = builtPages(DIR).filter((p) => p !== '/404.html');
const html = (path: string) => readFileSync(`${DIR}${path}index.html`, 'utf8');
const meta = (page: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(page)?.[1];

describe('link previews', () => {
  test('every page has its tags, lessons as articles, and the card its kind of page gets', () => {
    const tools = readdirSync(`${DIR}/toolkit`).filter((f) => !f.includes('.'));
    expect(tools.length).toBeGreaterThan(0);
    for (const path of pages) {
      const page = html(path);
      const lesson = /^\/lessons\/[^/]+\/$/.test(path);
      const tool = /^\/toolkit\/[^/]+\/$/.test(path);
      expect(meta(page, 'og:title'), path).toBeTruthy();
      expect(meta(page, 'og:description'), path).toBe(meta(page, 'description'));
      expect(meta(page, 'og:type'), path).toBe(lesson ? 'article' : 'website');
      expect(meta(page, 'og:image'), path).toBe(lesson || tool ? `/cards${path.slice(0, -1)}.png` : '/cards/site.png');
      expect(meta(page, 'og:image:width'), path).toBe('1200');
      expect(meta(page, 'og:image:height'), path).toBe('630');
      expect(meta(page, 'og:image:alt')?.length, path).toBeGreaterThan(10);
      expect(meta(page, 'twitter:card'), path).toBe('summary_large_image');
      // No public address: nothing that would name a wrong one.
      expect(meta(page, 'og:url'), path).toBeUndefined();
      expect(page, path).not.toContain('rel="canonical"');
    }
    expect(readFileSync(`${DIR}/404.html`, 'utf8')).not.toContain('og:image');
  });

  test('every card is a 1200×630 PNG, one per lesson and tool and one for the site', async () => {
    const images = new Set(pages.map((p) => meta(html(p), 'og:image')!));
    expect(images.size).toBe(pages.filter((p) => /^\/(lessons|toolkit)\/[^/]+\/$/.test(p)).length + 1);
    for (const image of images) {
      const file = `${DIR}${image}`;
      expect(existsSync(file), image).toBe(true);
      const { format, width, height } = await sharp(file).metadata();
      expect({ image, format, width, height }).toEqual({ image, format: 'png', width: 1200, height: 630 });
    }
  });

  test('a lesson carries its structured data as a data block, not script', () => {
    const page = html('/lessons/earn-trust/');
    const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page)?.[1];
    expect(JSON.parse(block!)).toMatchObject({ '@type': 'LearningResource', isPartOf: { '@type': 'Course' } });
    expect(JSON.parse(block!).url).toBeUndefined();
  });

  test('the tags are small: a few hundred bytes of a lesson', () => {
    const page = html('/lessons/earn-trust/');
    const tags =
      page.match(/<meta (?:property="og:|name="twitter:)[^>]*>|<script type="application\/ld\+json">[^<]*<\/script>/g) ?? [];
    expect(tags.join('').length).toBeLessThan(1500);
  });

  test('without an address: no sitemap, and robots.txt names none', () => {
    expect(existsSync(`${DIR}/sitemap-index.xml`)).toBe(false);
    expect(readFileSync(`${DIR}/robots.txt`, 'utf8')).not.toContain('Sitemap');
  });
});
