// Spaced review of the knowledge-check questions a reader missed: each comes back on the plan after
// 1, then 3, then 7 days, one at a time. Answered right, it moves to the next interval; after the
// last it is learned. Answered wrong, it starts again at 1 day. Retrieval spaced out like this is
// the most reliable way to remember, and it needs nothing but dates.
// The state is saved in the reader's browser; its zod schema is the one source of its shape.
// A learned question stays as a small marker (step LEARNED) instead of being deleted, so a second
// tab still holding the old entry cannot bring it back when the two tabs' states are merged.
import { z } from 'zod/mini';
import { addDays, dayNumber, localDay } from './days';

/** Days until a question comes back, by step: a miss waits 1 day, then 3, then 7. */
export const INTERVALS = [1, 3, 7] as const;
/** The step of a question answered right at every interval: learned, no longer shown. */
export const LEARNED = INTERVALS.length;

/** The saved shape's version; bump it and add a step to REVIEW_MIGRATIONS when the shape changes. */
export const REVIEW_VERSION = 1;

const daySchema = z.string().check(z.refine((s) => dayNumber(s) !== null, 'a calendar day, YYYY-MM-DD'));
const timeSchema = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO time'));

const reviewEntrySchema = z.object({
  /** The lesson whose knowledge check holds the question. */
  lesson: z.string().check(z.minLength(1)),
  /** The question's id in that check. */
  question: z.string().check(z.minLength(1)),
  /** 0, 1, 2: waiting for the 1-, 3- or 7-day review; LEARNED once answered right at all three. */
  step: z.number().check(z.int(), z.minimum(0), z.maximum(LEARNED)),
  /** The day it comes back (for a learned one, the day it was learned). */
  due: daySchema,
  /** When this entry last changed (ISO time): merging two tabs keeps the later one. */
  updated: timeSchema,
});

export const reviewStateSchema = z.object({
  /** Keyed by reviewKey(lesson, question). */
  items: z.record(z.string(), reviewEntrySchema),
});

export type ReviewEntry = z.output<typeof reviewEntrySchema>;
export type ReviewState = z.output<typeof reviewStateSchema>;

export const emptyReview = (): ReviewState => ({ items: {} });

/** The key of a question: question ids are unique within a lesson's check, not across lessons. */
export const reviewKey = (lesson: string, question: string) => `${lesson}/${question}`;

/** The saved value if it has the current shape (unknown fields dropped, keys rebuilt), else null. */
export function parseReview(data: unknown): ReviewState | null {
  const r = reviewStateSchema.safeParse(data);
  if (!r.success) return null;
  // The key is derived from the entry, so a hand-edited or imported key can never disagree with it.
  const items: Record<string, ReviewEntry> = {};
  for (const e of Object.values(r.data.items)) {
    const key = reviewKey(e.lesson, e.question);
    const held = items[key];
    items[key] = held && Date.parse(held.updated) > Date.parse(e.updated) ? held : e;
  }
  return { items };
}

/**
 * Migrations of the saved review state, as the storage layer's slots take them: entry n turns
 * version-n data into version n+1. Version 1 is the first shape, so there is none yet.
 */
export const REVIEW_MIGRATIONS: Record<number, (data: unknown) => unknown> = {};

/**
 * Reads saved review data of any version this site has written: migrated step by step to
 * REVIEW_VERSION, then parsed. Null when the version is newer than this site knows, a step is
 * missing or fails, or the result does not fit (the storage layer then sets the value aside).
 */
export function migrateReview(data: unknown, version: number): ReviewState | null {
  if (!Number.isInteger(version) || version < 1 || version > REVIEW_VERSION) return null;
  let current = data;
  for (let v = version; v < REVIEW_VERSION; v++) {
    const step = REVIEW_MIGRATIONS[v];
    if (!step) return null;
    try {
      current = step(current);
    } catch {
      return null;
    }
  }
  return parseReview(current);
}

/** An option of a check question, as the content gives it: only which one is right matters here. */
interface OptionLike {
  correct: boolean;
}

/**
 * The ids of the questions answered wrong (or left unanswered) in an attempt, in the check's order.
 * `answers` maps a question id to the chosen option's index in the data's own order, as saved.
 */
export function missedQuestions(
  questions: readonly { id: string; options: readonly OptionLike[] }[],
  answers: Readonly<Record<string, number>>,
): string[] {
  return questions.filter((q) => q.options[answers[q.id] ?? -1]?.correct !== true).map((q) => q.id);
}

/**
 * Adds the questions missed in a check to the review, each due in 1 day. A question already in
 * review, or learned before, starts again at 1 day: it was just missed.
 */
export function addMissed(state: ReviewState, lesson: string, missed: readonly string[], now: Date): ReviewState {
  if (missed.length === 0) return state;
  const items = { ...state.items };
  const due = addDays(localDay(now), INTERVALS[0]);
  for (const question of missed)
    items[reviewKey(lesson, question)] = { lesson, question, step: 0, due, updated: now.toISOString() };
  return { items };
}

const isWaiting = (e: ReviewEntry) => e.step < LEARNED;

/** Whether a question is due on the reader's day at `now`. */
export const isDue = (e: ReviewEntry, now: Date) => isWaiting(e) && e.due <= localDay(now);

/**
 * The questions due at `now`, in a stable order: longest overdue first, then by lesson and
 * question id. `known` leaves out questions the site no longer has (a check was rewritten).
 */
export function dueQuestions(
  state: ReviewState,
  now: Date,
  known: (lesson: string, question: string) => boolean = () => true,
): (ReviewEntry & { key: string })[] {
  return Object.entries(state.items)
    .filter(([, e]) => isDue(e, now) && known(e.lesson, e.question))
    .map(([key, e]) => ({ ...e, key }))
    .sort((a, b) => (a.due === b.due ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.due < b.due ? -1 : 1));
}

/** The one question to show now, or null when none is due. */
export const nextDue = (state: ReviewState, now: Date, known?: (lesson: string, question: string) => boolean) =>
  dueQuestions(state, now, known)[0] ?? null;

/** The day the next question comes back when none is due now, or null when none is waiting. */
export function nextReviewDay(state: ReviewState, now: Date): string | null {
  const today = localDay(now);
  const days = Object.values(state.items)
    .filter((e) => isWaiting(e) && e.due > today)
    .map((e) => e.due)
    .sort();
  return days[0] ?? null;
}

export interface ReviewCounts {
  /** Due today or overdue. */
  due: number;
  /** Coming back on a later day. */
  waiting: number;
  learned: number;
}

/** How many questions are due, waiting and learned; `known` as for dueQuestions. */
export function reviewCounts(
  state: ReviewState,
  now: Date,
  known: (lesson: string, question: string) => boolean = () => true,
): ReviewCounts {
  const all = Object.values(state.items).filter((e) => known(e.lesson, e.question));
  const due = all.filter((e) => isDue(e, now)).length;
  const learned = all.filter((e) => !isWaiting(e)).length;
  return { due, waiting: all.length - due - learned, learned };
}

/**
 * Records an answer to a question in review. Right: on to the next interval (1 -> 3 -> 7 days),
 * and learned after the last. Wrong: back to 1 day. A question not in review is left alone.
 */
export function recordAnswer(state: ReviewState, key: string, right: boolean, now: Date): ReviewState {
  const e = state.items[key];
  if (!e || !isWaiting(e)) return state;
  const today = localDay(now);
  const step = right ? e.step + 1 : 0;
  const interval = INTERVALS[step];
  const due = interval === undefined ? today : addDays(today, interval);
  return { items: { ...state.items, [key]: { ...e, step, due, updated: now.toISOString() } } };
}

/**
 * Two tabs' review states as one: every question either holds, and where both hold one, the entry
 * changed later (an answer given in either tab counts). Equal times keep `a`'s entry.
 */
export function mergeReview(a: ReviewState, b: ReviewState): ReviewState {
  const items = { ...a.items };
  for (const [key, e] of Object.entries(b.items)) {
    const mine = items[key];
    if (!mine || Date.parse(e.updated) > Date.parse(mine.updated)) items[key] = e;
  }
  return { items };
}
