// When a missed knowledge-check question comes back for review, and what is due: 1, then 3, then 7
// days; right moves a question on, wrong starts it again, and after the last interval it is learned.
// Pure date logic with no schema (the saved shape and its checks are review.ts, which re-exports
// all of this), so what only counts the review loads no validator.
import { addDays, localDay } from './days';
import type { ReviewEntry, ReviewState } from './review';

/** Days until a question comes back, by step: a miss waits 1 day, then 3, then 7. */
export const INTERVALS = [1, 3, 7] as const;
/** The step of a question answered right at every interval: learned, no longer shown. */
export const LEARNED = INTERVALS.length;

/** The key of a question: question ids are unique within a lesson's check, not across lessons. */
export const reviewKey = (lesson: string, question: string) => `${lesson}/${question}`;

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
