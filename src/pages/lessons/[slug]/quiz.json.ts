// Each lesson's knowledge-check answers and explanations, as a static JSON file. The lesson page
// carries only the questions; its island fetches this when the reader reaches the check, which
// keeps the answer key out of every lesson's HTML.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry, render } from 'astro:content';
import { toAnswerKey } from '../../../lib/quiz';

export const getStaticPaths = (async () =>
  (await getCollection('quizzes')).map((quiz) => ({ params: { slug: quiz.id }, props: { quiz } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { quiz } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const { headings } = await render((await getEntry('lessons', quiz.id))!);
  return new Response(JSON.stringify(toAnswerKey(quiz.data.questions, headings)), {
    headers: { 'content-type': 'application/json' },
  });
};
