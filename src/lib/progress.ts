// Reading progress as pure functions: marking a lesson read or unread, the ✓/★ marks of the lesson
// lists and the home page's tally and "continue" link. Used by src/client/progress.ts, the small
// inline script that replaced three Solid islands (no DOM here, so it is unit-tested).
import type { ChecklistState } from './storage/slots/checklist';
import type { Progress } from './storage/slots/progress';
import type { QuizResults } from './storage/slots/knowledge-checks';

/** Progress with `slug` marked read (at `now`) or unread; the other lessons are untouched. */
export function markRead(progress: Progress, slug: string, read: boolean, now: Date = new Date()): Progress {
  const next = { ...progress.read };
  if (read) next[slug] = next[slug] ?? now.toISOString();
  else delete next[slug];
  return { read: next };
}

export interface LessonMarks {
  read: boolean;
  passed: boolean;
}

/** Whether a lesson is read and its knowledge check passed. */
export const lessonMarks = (slug: string, progress: Progress, quizzes: QuizResults): LessonMarks => ({
  read: slug in progress.read,
  passed: quizzes[slug]?.passed === true,
});

export interface HomeTally {
  read: number;
  lessons: number;
  /** Whole per cent of lessons read. */
  percent: number;
  passed: number;
  ticked: number;
  /** Index (in reading order) of the first unread lesson, or -1 when every lesson is read. */
  next: number;
}

/** The home page's progress panel, from the lessons in reading order and what is saved. */
export function homeTally(
  slugs: readonly string[],
  progress: Progress,
  quizzes: QuizResults,
  checklist: ChecklistState,
  checklistTotal: number,
): HomeTally {
  const read = slugs.filter((s) => s in progress.read).length;
  return {
    read,
    lessons: slugs.length,
    percent: slugs.length ? Math.round((read / slugs.length) * 100) : 0,
    passed: slugs.filter((s) => quizzes[s]?.passed === true).length,
    ticked: Math.min(Object.values(checklist.items).filter((i) => i.done).length, checklistTotal),
    next: slugs.findIndex((s) => !(s in progress.read)),
  };
}

/**
 * The slot versions `quickRead` understands, for the inline script that draws the marks before
 * anything loads (a unit test holds them equal to the slots' own versions).
 */
export const QUICK_VERSIONS = { progress: 1, quizzes: 1, checklist: 2 } as const;

/**
 * A saved value read the quick way: the data of an envelope at `version`, `empty` when nothing is
 * saved, or null when only the full storage layer can read it (an older version to migrate, a
 * newer one); it throws on text that is not JSON. Either way the caller then loads that layer,
 * which reads the value properly and reports what it met.
 */
export function quickRead<T extends object>(raw: string | null, version: number, empty: T): T | null {
  if (raw === null) return empty;
  // Only the envelope is checked: the caller draws from the data inside a try, and loads the
  // full storage layer when its shape is not what it expects.
  const e = JSON.parse(raw) as { version?: unknown; data?: T } | null;
  return e?.version === version && e.data ? e.data : null;
}
