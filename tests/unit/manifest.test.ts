// The web app manifest (src/lib/manifest.ts): installable name, colours from the design tokens,
// and icons under the site's base.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { ICONS, cssToken, makeManifest } from '../../src/lib/manifest';
import { SITE_TITLE } from '../../src/lib/site';

describe('web app manifest', () => {
  const tokens = readFileSync('src/styles/tokens.css', 'utf8');

  test('colours come from the light palette of the design tokens', () => {
    expect(cssToken(tokens, '--accent')).toMatch(/^#[0-9a-f]{6}$/i);
    expect(cssToken(':root{--bg: #fff;} @media (prefers-color-scheme: dark){:root{--bg: #000;}}', '--bg')).toBe('#fff');
    expect(() => cssToken(tokens, '--no-such-token')).toThrow('no colour');
  });

  test('has what browsers need to install it: name, start URL, standalone, 192 and 512 icons, a maskable one', () => {
    const m = makeManifest('/', { theme: '#0f5fa8', background: '#fdfcfa' });
    expect(m).toMatchObject({ name: SITE_TITLE, start_url: '/', scope: '/', display: 'standalone', theme_color: '#0f5fa8' });
    expect(m.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(m.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(m.icons).toHaveLength(ICONS.length);
  });

  test('under a sub-path, start URL, scope and icons move with the site', () => {
    const m = makeManifest('/guide/', { theme: '#000', background: '#fff' });
    expect(m.start_url).toBe('/guide/');
    expect(m.scope).toBe('/guide/');
    for (const icon of m.icons) expect(icon.src).toMatch(/^\/guide\/icons\/[\w-]+\.png$/);
  });
});
