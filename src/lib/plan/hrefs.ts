// The places a plan step sends the reader, built in one place. They match the site's pages today:
// lesson pages (src/lib/links.ts builds the same lesson addresses), the checklist's item anchors
// (ChecklistBoard), the knowledge check's heading (LessonExtras) and the one-on-one planner's
// headings (OneOnOne); the plan page itself holds the review.

export const planHrefs = {
  lesson: (slug: string) => `/lessons/${slug}/`,
  check: (slug: string) => `/lessons/${slug}/#knowledge-check`,
  checklistItem: (id: string) => `/checklist/#item-${id}`,
  checklist: '/checklist/',
  assessment: '/assessment/',
  logWin: '/toolkit/one-on-one/#oo-win-h',
  agenda: '/toolkit/one-on-one/#oo-next-h',
  review: '/plan/#review',
} as const;
