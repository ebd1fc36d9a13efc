// Link previews and the site's address: which tags a page gets (src/lib/share.ts), what its card
// says (src/lib/card.ts), and what SITE_URL and BASE_PATH turn on (scripts/build/address.mjs).
import { describe, expect, it } from 'vitest';
import { cardTree, titleSize } from '../../src/lib/card';
import { cardPath, learningResource, shareTags, sitePath, type ShareInput } from '../../src/lib/share';
import { robotsTxt, siteAddress } from '../../scripts/build/address.mjs';

const page: ShareInput = {
  title: 'Earn trust',
  description: 'Flag bad news early.',
  path: '/lessons/earn-trust/',
  site: undefined,
  base: '/guide/',
  type: 'article',
  image: { path: cardPath('/lessons/earn-trust/'), alt: 'Managing Up, Lesson 4 of 8: Earn trust' },
};
const tag = (tags: ReturnType<typeof shareTags>['tags'], key: string) =>
  tags.find((t) => (t.property ?? t.name) === key)?.content;

describe('shareTags', () => {
  it('without the site address: no canonical or og:url, and the image from the base', () => {
    const { canonical, tags } = shareTags(page);
    expect(canonical).toBeUndefined();
    expect(tag(tags, 'og:url')).toBeUndefined();
    expect(tag(tags, 'og:image')).toBe('/guide/cards/lessons/earn-trust.png');
    expect(tag(tags, 'og:type')).toBe('article');
    expect(tag(tags, 'og:title')).toBe('Earn trust');
    expect(tag(tags, 'og:image:width')).toBe('1200');
    expect(tag(tags, 'og:image:height')).toBe('630');
    expect(tag(tags, 'og:image:alt')).toBe('Managing Up, Lesson 4 of 8: Earn trust');
    expect(tag(tags, 'twitter:card')).toBe('summary_large_image');
  });
  it('with the site address: canonical, og:url and an absolute image, all under the base', () => {
    const { canonical, tags } = shareTags({ ...page, site: 'https://example.com' });
    expect(canonical).toBe('https://example.com/guide/lessons/earn-trust/');
    expect(tag(tags, 'og:url')).toBe(canonical);
    expect(tag(tags, 'og:image')).toBe('https://example.com/guide/cards/lessons/earn-trust.png');
  });
});

describe('paths', () => {
  it('a page path without the base, and its card', () => {
    expect(sitePath('/guide/lessons/earn-trust/', '/guide/')).toBe('/lessons/earn-trust/');
    expect(sitePath('/guide/', '/guide/')).toBe('/');
    expect(sitePath('/toolkit/', '/')).toBe('/toolkit/');
    expect(cardPath('/toolkit/bad-news/')).toBe('/cards/toolkit/bad-news.png');
  });
});

describe('siteAddress (SITE_URL, BASE_PATH, OUT_DIR)', () => {
  it('nothing set: the root of dist/, no address', () => {
    expect(siteAddress({})).toEqual({ site: undefined, base: '/', outDir: 'dist' });
  });
  it('the base comes from BASE_PATH, else from the address path', () => {
    expect(siteAddress({ BASE_PATH: 'guide' }).base).toBe('/guide/');
    expect(siteAddress({ BASE_PATH: '/guide/' }).base).toBe('/guide/');
    expect(siteAddress({ SITE_URL: 'https://me.github.io/managing-up/' })).toEqual({
      site: 'https://me.github.io',
      base: '/managing-up/',
      outDir: 'dist',
    });
    expect(siteAddress({ SITE_URL: 'https://example.com', BASE_PATH: '/a/b', OUT_DIR: 'out' })).toEqual({
      site: 'https://example.com',
      base: '/a/b/',
      outDir: 'out',
    });
  });
  it('refuses an address that is not http(s)', () => {
    expect(() => siteAddress({ SITE_URL: 'ftp://example.com/' })).toThrow();
    expect(() => siteAddress({ SITE_URL: 'example.com' })).toThrow();
  });
  it('robots.txt names the sitemap only when the address is set', () => {
    expect(robotsTxt(undefined, '/')).not.toContain('Sitemap');
    expect(robotsTxt('https://example.com', '/guide/')).toContain('Sitemap: https://example.com/guide/sitemap-index.xml');
  });
});

describe('learningResource (a lesson as JSON-LD)', () => {
  it('is data with the lesson, its address when known, and nothing that closes its block', () => {
    const json = learningResource({
      title: 'Earn </script> trust',
      description: 'd',
      minutes: 6,
      url: undefined,
      guideUrl: undefined,
      guide: 'Managing Up',
    });
    expect(json).not.toContain('</script');
    const data = JSON.parse(json);
    expect(data).toMatchObject({ '@type': 'LearningResource', name: 'Earn </script> trust', timeRequired: 'PT6M' });
    expect(data.url).toBeUndefined();
    const withUrl = JSON.parse(
      learningResource({
        title: 't',
        description: 'd',
        minutes: 1,
        url: 'https://e.com/l/',
        guideUrl: 'https://e.com/',
        guide: 'G',
      }),
    );
    expect(withUrl).toMatchObject({ url: 'https://e.com/l/', isPartOf: { '@type': 'Course', url: 'https://e.com/' } });
  });
});

describe('cardTree', () => {
  it('shows the eyebrow, title and site name, with long titles set smaller', () => {
    const colours = { bg: '#fff', bgSoft: '#eee', text: '#000', textSoft: '#333', accent: '#0b6b63' };
    const text = JSON.stringify(
      cardTree({ eyebrow: 'Toolkit', title: 'Bad-news brief', site: 'Managing Up', tagline: 't', mark: 'data:,', colours }),
    );
    for (const s of ['"Toolkit"', '"Bad-news brief"', '"Managing Up"']) expect(text).toContain(s);
    expect(titleSize('Short')).toBeGreaterThan(titleSize('A much longer title that goes on for more than fifty letters'));
  });
});
