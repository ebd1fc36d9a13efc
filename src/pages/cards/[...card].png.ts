// Link-preview cards (1200×630 PNG): one per lesson and tool from its title, and one the other
// pages share. Satori sets the text in the font shipped with the project (@fontsource/source-serif-4,
// read from node_modules, never the network) and turns it into outlines, so sharp draws the same
// pixels on any machine whatever fonts it has. The service worker does not precache these: only
// the apps a link is shared in fetch them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import tokens from '../../styles/tokens.css?raw';
import { cardTree, CARD_FONT } from '../../lib/card';
import { getCardPages } from '../../lib/content';
import { cssToken } from '../../lib/manifest';
import { CARD, cardPath, SITE_CARD } from '../../lib/share';
import { SITE_TITLE } from '../../lib/site';

/** Short enough for one line under the site's name. */
const CARD_TAGLINE = 'A guide to working well with your boss';

interface Props {
  eyebrow: string;
  title: string;
}

export const getStaticPaths = (async () => [
  {
    params: { card: SITE_CARD.slice('/cards/'.length, -'.png'.length) },
    props: { eyebrow: 'A free, practical guide', title: 'Build a strong working relationship with your boss' },
  },
  ...(await getCardPages()).map((p) => ({
    params: { card: cardPath(p.path).slice('/cards/'.length, -'.png'.length) },
    props: { eyebrow: p.eyebrow, title: p.title },
  })),
]) satisfies GetStaticPaths;

const fontFile = (weight: number) =>
  readFile(join(process.cwd(), 'node_modules/@fontsource/source-serif-4/files', `source-serif-4-latin-${weight}-normal.woff`));

export const GET: APIRoute = async ({ props }) => {
  const { eyebrow, title } = props as Props;
  const mark = `data:image/svg+xml;base64,${(await readFile(join(process.cwd(), 'public', 'favicon.svg'))).toString('base64')}`;
  const colours = {
    bg: cssToken(tokens, '--bg'),
    bgSoft: cssToken(tokens, '--bg-soft'),
    text: cssToken(tokens, '--text'),
    textSoft: cssToken(tokens, '--text-soft'),
    accent: cssToken(tokens, '--accent'),
  };
  const svg = await satori(cardTree({ eyebrow, title, site: SITE_TITLE, tagline: CARD_TAGLINE, mark, colours }), {
    ...CARD,
    fonts: await Promise.all(
      [400, 600, 700].map(async (weight) => ({
        name: CARD_FONT,
        data: await fontFile(weight),
        weight: weight as 400 | 600 | 700,
        style: 'normal' as const,
      })),
    ),
  });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
