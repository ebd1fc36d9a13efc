// Lesson ordering helpers shared by the pages, the navigation and the progress features.
export interface LessonSummary {
  slug: string;
  title: string;
  description: string;
  order: number;
  minutes: number;
}

/** The lesson before and after `slug` in reading order. */
export function neighbours<T extends { slug: string }>(lessons: T[], slug: string): { prev?: T; next?: T } {
  const i = lessons.findIndex((l) => l.slug === slug);
  return { prev: i > 0 ? lessons[i - 1] : undefined, next: i >= 0 && i < lessons.length - 1 ? lessons[i + 1] : undefined };
}

/** The first lesson in order that is not read yet, or undefined when all are read. */
export function nextUnread<T extends { slug: string }>(lessons: T[], read: Record<string, unknown>): T | undefined {
  return lessons.find((l) => !(l.slug in read));
}
