// The installable icons, drawn from public/favicon.svg at build time with sharp (already used by
// Astro for images), so there is one drawing to keep and no binary icons in the repository.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { ICONS, type Icon } from '../../lib/manifest';

export const getStaticPaths = (() =>
  ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { icon } = props as { icon: Icon };
  const svg = await readFile(join(process.cwd(), 'public', 'favicon.svg'));
  let png: Buffer;
  if (icon.purpose === 'any') {
    png = await sharp(svg, { density: (72 * icon.size) / 32 })
      .resize(icon.size, icon.size)
      .png()
      .toBuffer();
  } else {
    // Maskable: the favicon at 80% on a square of its own background colour, so any crop keeps the mark.
    const background = /<rect[^>]*fill="(#[0-9a-fA-F]{3,8})"/.exec(svg.toString())?.[1] ?? '#000000';
    const inner = Math.round(icon.size * 0.8);
    const mark = await sharp(svg, { density: (72 * inner) / 32 })
      .resize(inner, inner)
      .png()
      .toBuffer();
    png = await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background } })
      .composite([{ input: mark, gravity: 'center' }])
      .png()
      .toBuffer();
  }
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
