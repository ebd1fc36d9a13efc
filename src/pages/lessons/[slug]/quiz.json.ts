// Each lesson's knowledge check (questions, answers, explanations) as a static JSON file. The
// lesson page shows the questions as plain markup; its island fetches this when the reader reaches
// the check, so the answer key stays out of the HTML and nothing is sent twice on a first view.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry, render } from 'astro:content';
import { toCheckData } from '../../../lib/knowledge-check';

export const getStaticPaths = (async () =>
  (await getCollection('quizzes')).map((quiz) => ({ params: { slug: quiz.id }, props: { quiz } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { quiz } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const { headings } = await render((await getEntry('lessons', quiz.id))!);
  return new Response(JSON.stringify(toCheckData(quiz.data.questions, headings)), {
    headers: { 'content-type': 'application/json' },
  });
};
