// Scoring and history for the "How well do you manage up?" self-assessment. No DOM: the island
// only renders what these functions return.
// Answers run 1..5 up the statement's scale; 0 means "Hasn't come up" and is left out of the score.
// A reverse-scored statement describes a habit that works against you, so the top of its scale
// scores lowest. Scores are 0-100 so areas with different numbers of statements compare.
// Saved attempts record the statement set they were answered against, so a change of statements
// never breaks an old attempt: it keeps its own score, and a retake compares only shared statements.
import { FROZEN_SETS, missingIn, scoreFrozen } from './storage/slots/assessment-sets';
import {
  KNOWN_SETS,
  type AssessmentAttempt,
  type AssessmentState,
  type AttemptScore,
  type Ratings,
} from './storage/slots/assessment';

export type ScaleKind = 'frequency' | 'agreement';

export interface Statement {
  id: string;
  dimension: string;
  text: string;
  scale: ScaleKind;
  reverse: boolean;
  canSkip: boolean;
  /** Heading anchor in the lesson that teaches it. */
  section: string;
  /** The lesson that teaches it, when not its area's own lesson. */
  lesson?: string;
}
export interface Dimension {
  id: string;
  title: string;
  lesson: string;
  summary: string;
}
export interface Band {
  id: string;
  min: number;
  title: string;
  description: string;
}
/** Everything scoring needs: the current statement set and its areas and bands. */
export interface Questionnaire {
  set: string;
  statements: Statement[];
  dimensions: Dimension[];
  bands: Band[];
}

export const SCALES: Record<ScaleKind, readonly string[]> = {
  frequency: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
  agreement: ['Disagree strongly', 'Disagree', 'Not sure', 'Agree', 'Agree strongly'],
};
/** The stored value and label of the "Hasn't come up" answer. */
export const NOT_APPLICABLE = 0;
export const NOT_APPLICABLE_LABEL = "Hasn't come up";

/** The label of an answer on a statement's scale. */
export const answerLabel = (s: Statement, value: number) =>
  value === NOT_APPLICABLE ? NOT_APPLICABLE_LABEL : (SCALES[s.scale][value - 1] ?? '');

/** A rating as points 0-4, reversed where the statement is reverse-scored. */
export const points = (rating: number, reverse: boolean) => (reverse ? 5 - rating : rating - 1);

const rated = (v: number | undefined): v is number => Number.isInteger(v) && v! >= 1 && v! <= 5;
const isAnswered = (s: Statement, v: number | undefined) => rated(v) || (s.canSkip && v === NOT_APPLICABLE);

/** Statements with no usable answer, in questionnaire order. */
export const unanswered = (statements: Statement[], answers: Ratings) => statements.filter((s) => !isAnswered(s, answers[s.id]));

const percent = (list: { reverse: boolean; rating: number }[]) =>
  Math.round((list.reduce((n, s) => n + points(s.rating, s.reverse), 0) / (list.length * 4)) * 100);

/** An area scores only when at least half its statements applied to the reader. */
const enoughApply = (applied: number, total: number) => total > 0 && applied * 2 >= total;

export interface AreaResult {
  /** 0-100, or null when fewer than half the statements applied. */
  score: number | null;
  /** How many statements had a rating (not "Hasn't come up"). */
  applied: number;
  total: number;
}
export interface Result {
  /** 0-100 over every statement that applied, or null when fewer than half applied. */
  overall: number | null;
  band: Band | null;
  areas: Record<string, AreaResult>;
}

/** Scores a complete set of answers; throws if any statement is unanswered (never scored silently). */
export function scoreAnswers(q: Omit<Questionnaire, 'set'>, answers: Ratings): Result {
  const missing = unanswered(q.statements, answers);
  if (missing.length) throw new Error(`${missing.length} statements are unanswered`);
  const applying = (list: Statement[]) =>
    list.filter((s) => rated(answers[s.id])).map((s) => ({ reverse: s.reverse, rating: answers[s.id]! }));
  const areas = Object.fromEntries(
    q.dimensions.map((d) => {
      const all = q.statements.filter((s) => s.dimension === d.id);
      const list = applying(all);
      return [
        d.id,
        { score: enoughApply(list.length, all.length) ? percent(list) : null, applied: list.length, total: all.length },
      ];
    }),
  );
  const every = applying(q.statements);
  const overall = enoughApply(every.length, q.statements.length) ? percent(every) : null;
  return { overall, band: overall === null ? null : bandFor(overall, q.bands), areas };
}

/** The highest band whose minimum the score reaches. */
export function bandFor(score: number, bands: Band[]): Band {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  return sorted.reduce((found, b) => (score >= b.min ? b : found), sorted[0]!);
}

export interface WorkOn {
  statement: Statement;
  /** The reader's answer, 1..5. */
  rating: number;
  /** Its effective score, 0..4. */
  points: number;
}

/**
 * The reader's lowest statements by effective score (after reverse scoring), lowest first, ties in
 * questionnaire order; only statements that applied and fell short of the best answer.
 */
export function workOnThese(statements: Statement[], answers: Ratings, n = 3): WorkOn[] {
  return statements
    .filter((s) => rated(answers[s.id]))
    .map((s) => ({ statement: s, rating: answers[s.id]!, points: points(answers[s.id]!, s.reverse) }))
    .filter((w) => w.points < 4)
    .sort((a, b) => a.points - b.points)
    .slice(0, n);
}

/** A finished attempt to save: the answers to this set's statements and its score at the time. */
export function makeAttempt(q: Questionnaire, draft: Ratings, now: Date = new Date()): AssessmentAttempt {
  const result = scoreAnswers(q, draft);
  const answers = Object.fromEntries(q.statements.map((s) => [s.id, draft[s.id]!]));
  return { date: now.toISOString(), set: q.set, answers, score: snapshot(result) };
}

const snapshot = (r: Result): AttemptScore => ({
  overall: r.overall,
  areas: Object.fromEntries(Object.entries(r.areas).map(([id, a]) => [id, a.score])),
});

/** What the page can say about a saved attempt. */
export type AttemptView =
  | { kind: 'scored'; score: AttemptScore; band: Band | null; current: true; result: Result }
  | { kind: 'scored'; score: AttemptScore; band: Band | null; current: false }
  | { kind: 'incomplete'; missing: number }
  | { kind: 'unfinished'; answered: number }
  | { kind: 'unknown' };

/**
 * How a saved attempt reads today. One from the current set is scored afresh (and is incomplete
 * if an answer is missing); one from an earlier set this site knows keeps the score it was given
 * (or, saved without one, the score its own statements give it); one from a set the site does not
 * know is shown but never scored or compared. Answers kept unfinished when the statements changed
 * are never scored.
 */
export function viewAttempt(q: Questionnaire, attempt: AssessmentAttempt): AttemptView {
  if (attempt.unfinished) return { kind: 'unfinished', answered: Object.keys(attempt.answers).length };
  if (attempt.set === q.set) {
    const missing = unanswered(q.statements, attempt.answers).length;
    if (missing) return { kind: 'incomplete', missing };
    const result = scoreAnswers(q, attempt.answers);
    return { kind: 'scored', score: snapshot(result), band: result.band, current: true, result };
  }
  const frozen = KNOWN_SETS.includes(attempt.set) ? FROZEN_SETS[attempt.set] : undefined;
  if (!frozen) return { kind: 'unknown' };
  const score = attempt.score ?? scoreFrozen(frozen, attempt.answers);
  if (!score) return { kind: 'incomplete', missing: missingIn(frozen, attempt.answers) };
  const o = score.overall;
  return { kind: 'scored', score, band: o === null ? null : bandFor(o, q.bands), current: false };
}

export interface Comparison {
  /** Area id -> then and now over the statements both attempts rated, or null when too few are shared. */
  areas: Record<string, { then: number; now: number } | null>;
  overall: { then: number; now: number } | null;
  /** How many current statements both attempts rated. */
  shared: number;
}

/**
 * Compares two attempts on what is comparable: statements of the current set (same id means same
 * meaning, scale and direction) that both attempts rated. An area compares when at least half its
 * statements are shared; the overall change is over the areas that compare.
 */
export function compareAnswers(q: Omit<Questionnaire, 'set' | 'bands'>, now: Ratings, then: Ratings): Comparison {
  const both = q.statements.filter((s) => rated(now[s.id]) && rated(then[s.id]));
  const score = (list: Statement[], a: Ratings) => percent(list.map((s) => ({ reverse: s.reverse, rating: a[s.id]! })));
  const counted: Statement[] = [];
  const areas = Object.fromEntries(
    q.dimensions.map((d) => {
      const total = q.statements.filter((s) => s.dimension === d.id).length;
      const list = both.filter((s) => s.dimension === d.id);
      if (!enoughApply(list.length, total)) return [d.id, null];
      counted.push(...list);
      return [d.id, { then: score(list, then), now: score(list, now) }];
    }),
  );
  const overall = counted.length ? { then: score(counted, then), now: score(counted, now) } : null;
  return { areas, overall, shared: both.length };
}

/** "+12", "-5", "no change". */
export const formatChange = (n: number) => (n === 0 ? 'no change' : n > 0 ? `+${n}` : `${n}`);

export interface History {
  /** Every attempt, oldest first, as it reads today. */
  attempts: { attempt: AssessmentAttempt; view: AttemptView }[];
  /** Index of the newest scored attempt (the result to show), or -1. */
  latest: number;
  /** Index of the newest scored attempt before `latest`, or -1 (the one to compare with). */
  previous: number;
}

/** Reads the saved history; never throws, whatever the attempts hold. */
export function readHistory(q: Questionnaire, state: AssessmentState): History {
  const attempts = state.attempts.map((attempt) => ({ attempt, view: viewAttempt(q, attempt) }));
  const scored = attempts.flatMap((a, i) => (a.view.kind === 'scored' ? [i] : []));
  return { attempts, latest: scored.at(-1) ?? -1, previous: scored.at(-2) ?? -1 };
}

/** The note above the statements about what is saved, or null when there is nothing to say. */
export function questionsNote(h: History): string | null {
  if (h.attempts.at(-1)?.view.kind === 'unfinished')
    return 'The statements have changed since you started. Answers to the ones that kept their meaning are filled in below; all your earlier answers are kept in this browser, unscored.';
  if (h.latest < 0 && h.attempts.length > 0)
    return 'Your saved attempt is incomplete, so it has no score. Answer every statement below and choose "See my results".';
  return null;
}

/* ---------- What the reader changes (the island calls these; each returns the next state) ---------- */

/** Rates one statement in the draft (1..5, or NOT_APPLICABLE). */
export const rateStatement = (s: AssessmentState, id: string, rating: number): AssessmentState => ({
  ...s,
  draft: { ...s.draft, [id]: rating },
});

/** Keeps the finished draft as an attempt, with its set and score, and starts an empty draft. */
export const finishAttempt = (q: Questionnaire, s: AssessmentState, now: Date = new Date()): AssessmentState => ({
  draft: {},
  attempts: [...s.attempts, makeAttempt(q, s.draft, now)],
});

/** How the list of attempts describes one: its score, or why it has none. */
export function attemptLine(view: AttemptView): string {
  if (view.kind === 'scored')
    return view.score.overall === null
      ? 'too few statements applied to score'
      : `${view.score.overall} out of 100${view.current ? '' : ' (earlier set of statements)'}`;
  if (view.kind === 'incomplete')
    return `incomplete (${view.missing} ${view.missing === 1 ? 'answer' : 'answers'} missing), not scored`;
  if (view.kind === 'unfinished')
    return `unfinished when the statements changed (${view.answered} ${view.answered === 1 ? 'answer' : 'answers'} kept), not scored`;
  return 'incomplete: answered to statements this version of the site does not know, not scored';
}

/** The lesson a statement's advice is in: its own, or else its area's. */
export const lessonOf = (s: Statement, dimensions: readonly Dimension[]) =>
  s.lesson ?? dimensions.find((d) => d.id === s.dimension)?.lesson ?? '';
