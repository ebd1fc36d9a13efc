// The self-assessment: the ratings being given (the draft) and every finished attempt, and the
// migration from version 1. Every page that saves anything may load this slot, so it stays small.
// Version-1 attempts held only answers; version 2 records the statement set ("v1" for those) and
// the score each attempt had, worked out with the version-1 statements below.
import { isInt, isIsoDate, isRecord, isString, recordOf } from '../guards';
import { mergeJson } from '../merge';
import type { Slot } from '../store';

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
  (a.score === undefined || isAttemptScore(a.score));
export const assessmentSlot: Slot<AssessmentState> = {
  name: 'assessment',
  label: 'your self-assessment',
  // v1 attempts held only answers; v2 attempts also record their statement set and score.
  version: 2,
  empty: () => ({ draft: {}, attempts: [] }),
  validate: (d) => {
    if (!isRecord(d) || !isRatings(d.draft) || !Array.isArray(d.attempts)) return null;
    if (!d.attempts.every(isAssessmentAttempt)) return null;
    const attempts = d.attempts.map((a): AssessmentAttempt => ({
      date: a.date,
      set: a.set,
      answers: { ...a.answers },
      ...(a.score && { score: { overall: a.score.overall, areas: { ...a.score.areas } } }),
    }));
    return { draft: { ...d.draft }, attempts };
  },
  migrations: { 1: migrateAssessmentV1 },
  // Per rating in the draft; attempts from two tabs are both kept.
  merge: (base, local, stored) => mergeJson(base, local, stored, { arrays: { attempts: (a) => (a as AssessmentAttempt).date } }),
};

/** The statement set saved attempts of version 1 were answered against. */
export const V1_SET = 'v1';
/** Earlier statement sets whose attempts keep their own score (the current set is not listed). */
export const KNOWN_SETS: readonly string[] = [V1_SET];

// The version-1 statements by area, "!" marking a reverse-scored one.
const V1: Record<string, string[]> = {
  'know-your-boss': ['kb-goals', 'kb-person', 'kb-own-agenda!', 'kb-lead-a-piece'],
  communicate: ['co-channel', 'co-format', 'co-calendar', 'co-my-style!'],
  trust: ['tr-late-news!', 'tr-problem-plan', 'tr-deadlines', 'tr-progress', 'tr-wait-for-work!'],
  grow: ['gr-take-on', 'gr-use-my-skills', 'gr-feedback', 'gr-credit!', 'gr-career-talk'],
  'skip-level': ['bb-unclear!', 'bb-note', 'bb-advice', 'bb-praise', 'bb-wider-work'],
  'step-up': ['sh-whole-job', 'sh-want-it', 'sh-boss-shines', 'sh-no-cover!'],
};
const strip = (id: string) => id.replace('!', '');
/** The 27 version-1 statement ids. */
export const V1_IDS = Object.values(V1).flat().map(strip);

const rated = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5;

/** The score a version-1 attempt had (every statement rated 1..5), or undefined if one is missing. */
export function scoreV1(answers: Ratings): AttemptScore | undefined {
  if (!V1_IDS.every((id) => rated(answers[id]))) return undefined;
  const sum = (ids: string[]) => ids.reduce((n, id) => n + (id.endsWith('!') ? 5 - answers[strip(id)]! : answers[id]! - 1), 0);
  const percent = (ids: string[]) => Math.round((sum(ids) / (ids.length * 4)) * 100);
  const areas = Object.fromEntries(Object.entries(V1).map(([area, ids]) => [area, percent(ids)]));
  return { overall: percent(Object.values(V1).flat()), areas };
}

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
