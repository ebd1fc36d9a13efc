// Each lesson's checklist items as a static JSON file. The lesson page renders the items as plain
// markup; lesson-islands.tsx fetches this when the reader reaches them, so their data is not sent
// a second time in the HTML.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { lessonItems } from '../../../lib/checklist';

export const getStaticPaths = (async () =>
  (await getCollection('checklist')).map((group) => ({ params: { slug: group.id }, props: { group } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { group } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(JSON.stringify(lessonItems(group.data.items)), { headers: { 'content-type': 'application/json' } });
};
