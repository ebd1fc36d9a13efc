// The self-assessment: the ratings being given (the draft) and every finished attempt, and the
// migrations from earlier versions. Every page that saves anything may load this slot, so it stays small.
// Version-1 attempts held only answers; version 2 records the statement set ("v1" for those) and
// the score each attempt had. Version 3 came with the "2026-12" statements: a "2026-11" attempt
// keeps (or gets) its own score, the draft keeps the ratings whose statements kept their meaning,
// and a draft that held answers to statements since changed is kept whole as an unfinished attempt.
import { isBoolean, isInt, isIsoDate, isRecord, isString, recordOf } from '../guards';
import { mergeJson } from '../merge';
import type { SavedMeta, Slot } from '../store';
import { FROZEN_SETS, SET_2026_11, V1_SET, idsOf, scoreFrozen } from './assessment-sets';

/** Statement id -> answer as the reader gave it (before reverse scoring): 1..5, or 0 for "Hasn't come up". */
export type Ratings = Record<string, number>;
/** A score as it was given: 0-100, or null where too few statements applied. */
export interface AttemptScore {
  overall: number | null;
  areas: Record<string, number | null>;
}
export interface AssessmentAttempt {
  date: string;
  /** The statement set answered (`set` in assessment.yaml; "v1" for attempts saved before sets had names). */
  set: string;
  answers: Ratings;
  /** The score it had when taken, so an attempt from an earlier set keeps its own. */
  score?: AttemptScore;
  /**
   * Answers in progress when the statements changed, kept as they were (dated when last saved);
   * never finished, so never scored.
   */
  unfinished?: true;
}
export interface AssessmentState {
  draft: Ratings;
  attempts: AssessmentAttempt[];
}
const isRatings = (v: unknown): v is Ratings => recordOf(v, (x): x is number => isInt(x, 0, 5)) !== null;
const isScoreValue = (x: unknown): x is number | null => x === null || isInt(x, 0, 100);
const isAttemptScore = (v: unknown): v is AttemptScore =>
  isRecord(v) && isScoreValue(v.overall) && recordOf(v.areas, isScoreValue) !== null;
const isAssessmentAttempt = (a: unknown): a is AssessmentAttempt =>
  isRecord(a) &&
  isIsoDate(a.date) &&
  isString(a.set) &&
  isRatings(a.answers) &&
  (a.score === undefined || isAttemptScore(a.score)) &&
  (a.unfinished === undefined || isBoolean(a.unfinished));
export const assessmentSlot: Slot<AssessmentState> = {
  name: 'assessment',
  label: 'your self-assessment',
  // v1 attempts held only answers; v2 attempts also record their statement set and score; v3 may
  // hold an unfinished attempt (a draft kept when the statements changed).
  version: 3,
  empty: () => ({ draft: {}, attempts: [] }),
  validate: (d) => {
    if (!isRecord(d) || !isRatings(d.draft) || !Array.isArray(d.attempts)) return null;
    if (!d.attempts.every(isAssessmentAttempt)) return null;
    const attempts = d.attempts.map((a): AssessmentAttempt => ({
      date: a.date,
      set: a.set,
      answers: { ...a.answers },
      ...(a.score && { score: { overall: a.score.overall, areas: { ...a.score.areas } } }),
      ...(a.unfinished === true && { unfinished: true as const }),
    }));
    return { draft: { ...d.draft }, attempts };
  },
  migrations: { 1: migrateAssessmentV1, 2: migrateAssessmentV2 },
  // Per rating in the draft; attempts from two tabs are both kept.
  merge: (base, local, stored) => mergeJson(base, local, stored, { arrays: { attempts: (a) => (a as AssessmentAttempt).date } }),
};

/** Earlier statement sets whose attempts keep their own score (the current set is not listed). */
export const KNOWN_SETS: readonly string[] = Object.keys(FROZEN_SETS);

/** The score a version-1 attempt had (every statement rated 1..5), or undefined if one is missing. */
export const scoreV1 = (answers: Ratings) => scoreFrozen(FROZEN_SETS[V1_SET]!, answers);

/**
 * Version 1 -> 2: each attempt records the set it was answered against (v1) and the score it had
 * then; an attempt with a missing answer is kept, unscored, and shows as incomplete.
 */
export function migrateAssessmentV1(old: unknown): unknown {
  const o = old as { draft?: unknown; attempts?: unknown };
  if (typeof o !== 'object' || o === null || !Array.isArray(o.attempts)) throw new Error('not an assessment');
  return {
    draft: o.draft,
    attempts: o.attempts.map((a: { date?: unknown; answers?: Ratings }) => {
      const score = a && typeof a.answers === 'object' && a.answers !== null ? scoreV1(a.answers) : undefined;
      return { date: a?.date, set: V1_SET, answers: a?.answers, ...(score ? { score } : {}) };
    }),
  };
}

/* ---------- Version 2 -> 3: the "2026-12" statements ---------- */

/** The "2026-11" statements that "2026-12" keeps with the same meaning, scale and direction (same id). */
export const KEPT_IN_2026_12: readonly string[] = [
  'kb-goals-named', 'kb-lead-a-piece', 'kb-priorities-shift', 'co-channel', 'co-format', 'co-their-style',
  'tr-fix-first', 'tr-options', 'tr-deadlines', 'tr-progress', 'tr-wait-for-work', 'gr-feedback-question',
  'gr-credit-others', 'bb-wait-to-be-greeted', 'sh-hidden-work', 'sh-do-it-myself', 'sh-plan-b', 'hc-fixable',
  'hc-where-to-go', 'hc-memory',
]; // prettier-ignore
/** "2026-11" id -> its "2026-12" id, for a statement renamed with its meaning unchanged (none so far). */
export const RENAMED_IN_2026_12: Readonly<Record<string, string>> = {};

/**
 * Moves a draft to a new statement set. Ratings of kept statements stay, renamed ones move to their
 * new id (unless the new id already has a rating), and ids the old set never had are left as they
 * are. `leftBehind` is true when a rating of the old set found no place: a statement whose meaning
 * changed, or a rename onto a rated id.
 */
export function carryDraft(
  draft: Ratings,
  oldIds: readonly string[],
  kept: readonly string[],
  renamed: Readonly<Record<string, string>>,
): { draft: Ratings; leftBehind: boolean } {
  const next: Ratings = {};
  let leftBehind = false;
  for (const [id, rating] of Object.entries(draft)) {
    if (!oldIds.includes(id) || kept.includes(id)) next[id] = rating;
    else if (id in renamed && !(renamed[id]! in draft)) next[renamed[id]!] = rating;
    else leftBehind = true;
  }
  return { draft: next, leftBehind };
}

/**
 * Version 2 -> 3. A "2026-11" attempt saved without a score gets the one it had (worked out with
 * the "2026-11" statements frozen in assessment-sets.ts), or stays unscored if an answer is missing.
 * The draft keeps what still means the same; if any "2026-11" rating could not be kept, every
 * "2026-11" rating of the draft is also saved as an unfinished attempt, dated when it was last saved,
 * so no answer disappears. Other attempts and unknown ids are left exactly as they were.
 */
export function migrateAssessmentV2(old: unknown, saved: SavedMeta = {}, now: Date = new Date()): unknown {
  const o = old as { draft?: unknown; attempts?: unknown };
  if (!isRecord(o) || !Array.isArray(o.attempts)) throw new Error('not an assessment');
  const set = FROZEN_SETS[SET_2026_11]!;
  const attempts: unknown[] = o.attempts.map((a: unknown) => {
    if (!isRecord(a) || a.set !== SET_2026_11 || a.score !== undefined || !isRatings(a.answers)) return a;
    const score = scoreFrozen(set, a.answers);
    return score ? { ...a, score } : a;
  });
  if (!isRatings(o.draft)) return { draft: o.draft, attempts };
  const oldIds = idsOf(set);
  const { draft, leftBehind } = carryDraft(o.draft, oldIds, KEPT_IN_2026_12, RENAMED_IN_2026_12);
  if (leftBehind) {
    const answers = Object.fromEntries(Object.entries(o.draft).filter(([id]) => oldIds.includes(id)));
    attempts.push({ date: saved.savedAt ?? now.toISOString(), set: SET_2026_11, answers, unfinished: true });
  }
  return { draft, attempts };
}
