// Loads lessons from the content layer in reading order, with their computed reading times.
import { getCollection } from 'astro:content';
import { countWords, readingMinutes } from './reading';
import type { LessonSummary } from './lessons';
import type { CardPage } from './share';

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
