// The places a plan step sends the reader, built in one place. They match the site's pages today:
// lesson pages (src/lib/links.ts builds the same lesson addresses), the checklist's item anchors
// (ChecklistBoard), the knowledge check's heading (LessonExtras) and the one-on-one planner's
// headings (OneOnOne); the plan page itself holds the review. Every one goes through the site's base.
import { href } from '../base';

export const planHrefs = {
  lesson: (slug: string) => href(`/lessons/${slug}/`),
  check: (slug: string) => href(`/lessons/${slug}/#knowledge-check`),
  checklistItem: (id: string) => href(`/checklist/#item-${id}`),
  checklist: href('/checklist/'),
  assessment: href('/assessment/'),
  logWin: href('/toolkit/one-on-one/#oo-win-h'),
  agenda: href('/toolkit/one-on-one/#oo-next-h'),
  review: href('/plan/#review'),
} as const;
