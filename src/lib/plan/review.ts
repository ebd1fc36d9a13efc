// Spaced review of the knowledge-check questions a reader missed: each comes back on the plan after
// 1, then 3, then 7 days, one at a time. Answered right, it moves to the next interval; after the
// last it is learned. Answered wrong, it starts again at 1 day. Retrieval spaced out like this is
// the most reliable way to remember, and it needs nothing but dates.
// The state is saved in the reader's browser; its zod schema is the one source of its shape.
// A learned question stays as a small marker (step LEARNED) instead of being deleted, so a second
// tab still holding the old entry cannot bring it back when the two tabs' states are merged.
// The scheduling (when a question comes back, what is due) is in schedule.ts, which has no schema,
// so the home page's short plan counts what is due without loading zod; it is re-exported here.
import { z } from 'zod/mini';
import { dayNumber } from './days';
import { LEARNED, reviewKey } from './schedule';

export * from './schedule';

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
