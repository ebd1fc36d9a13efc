// The web app manifest that makes the guide installable: its name, colours and icons. Pure data
// so it can be tested; src/pages/manifest.webmanifest.ts serves it and src/pages/icons/ draws the
// icons from the favicon at build time.
import { SITE_TAGLINE, SITE_TITLE } from './site';

/** The installable icons: square PNGs drawn from the favicon. */
export const ICONS = [
  /** For browsers and launchers that show the icon as drawn (rounded corners included). */
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  /** Full-bleed, with the mark inside the safe zone, for launchers that crop to their own shape. */
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
] as const;

export type Icon = (typeof ICONS)[number];

/** The first value of a custom property in a stylesheet (the light palette comes first in tokens.css). */
export function cssToken(css: string, name: string): string {
  const value = new RegExp(`${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(css)?.[1];
  if (!value) throw new Error(`no colour for ${name}`);
  return value;
}

/** The manifest for a site served at `base` ("/" or "/sub/"), in the light palette. */
export function makeManifest(base: string, colours: { theme: string; background: string }) {
  return {
    name: SITE_TITLE,
    short_name: SITE_TITLE,
    description: SITE_TAGLINE,
    lang: 'en',
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: colours.theme,
    background_color: colours.background,
    icons: ICONS.map((i) => ({
      src: `${base}icons/${i.name}.png`,
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.purpose,
    })),
  };
}
