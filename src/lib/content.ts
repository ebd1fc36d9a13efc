// Loads lessons from the content layer in reading order, with their computed reading times.
import { getCollection } from 'astro:content';
import { countWords, readingMinutes } from './reading';
import type { LessonSummary } from './lessons';

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
