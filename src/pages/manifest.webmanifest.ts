// The web app manifest, built with the site so its name and colours follow src/lib/site.ts and the
// design tokens.
import type { APIRoute } from 'astro';
import tokens from '../styles/tokens.css?raw';
import { cssToken, makeManifest } from '../lib/manifest';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      makeManifest(import.meta.env.BASE_URL, { theme: cssToken(tokens, '--accent'), background: cssToken(tokens, '--bg') }),
    ),
    { headers: { 'content-type': 'application/manifest+json' } },
  );
