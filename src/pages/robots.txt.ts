// robots.txt, written at build time so it can name the sitemap when the site's address is set.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../../scripts/build/address.mjs';

export const GET: APIRoute = () =>
  new Response(robotsTxt(import.meta.env.SITE, import.meta.env.BASE_URL), { headers: { 'content-type': 'text/plain' } });
