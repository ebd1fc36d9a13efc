// What the plan reads from the guide's content, as a static JSON file: the home page's short plan
// fetches it only for a reader with something saved, so the home page's HTML does not carry it.
import type { APIRoute } from 'astro';
import { getPlanContent } from '../../lib/content';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getPlanContent()), { headers: { 'content-type': 'application/json' } });
