// Loads lessons from the content layer in reading order, with their computed reading times.
import { getCollection, getEntry } from 'astro:content';
import { countWords, readingMinutes } from './reading';
import type { LessonSummary } from './lessons';
import type { CardPage } from './share';
import type { PlanContent } from './plan/next-steps';

export async function getLessons() {
  const entries = (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
  return entries.map((entry) => {
    const words = countWords(entry.body ?? '');
    return {
      entry,
      words,
      summary: {
        slug: entry.id,
        title: entry.data.title,
        description: entry.data.description,
        order: entry.data.order,
        minutes: readingMinutes(words),
      } satisfies LessonSummary,
    };
  });
}

/** The pages with a link-preview card of their own: every lesson and every tool. */
export async function getCardPages(): Promise<CardPage[]> {
  const lessons = await getLessons();
  const tools = (await getCollection('tools')).sort((a, b) => a.data.order - b.data.order);
  return [
    ...lessons.map(({ summary: l }) => ({
      path: `/lessons/${l.slug}/`,
      title: l.title,
      eyebrow: `Lesson ${l.order} of ${lessons.length} · ${l.minutes} min read`,
    })),
    ...tools.map((t) => ({ path: t.data.href, title: t.data.title, eyebrow: 'Toolkit' })),
  ];
}

/**
 * What the plan needs from the content: the lessons in order, every checklist item, the
 * assessment's areas and bands, and each knowledge check's question ids. The plan page passes it
 * to its island; the home page's short plan fetches it as /plan/content.json.
 */
export async function getPlanContent(): Promise<PlanContent> {
  const lessons = (await getLessons()).map(({ summary }) => ({ slug: summary.slug, title: summary.title, order: summary.order }));
  const lists = await getCollection('checklist');
  const assessment = (await getEntry('assessment', 'assessment'))!.data;
  const quizzes = await getCollection('quizzes');
  return {
    lessons,
    checklist: lists.flatMap((l) =>
      l.data.items.map((i) => ({ id: i.id, lesson: l.id, text: i.text, ...(i.every ? { every: i.every } : {}) })),
    ),
    areas: assessment.dimensions.map((d) => ({ id: d.id, title: d.title, lesson: d.lesson.id })),
    bands: assessment.bands.map((b) => ({ id: b.id, min: b.min, title: b.title })),
    checkQuestions: Object.fromEntries(quizzes.map((q) => [q.id, q.data.questions.map((x) => x.id)])),
  };
}
