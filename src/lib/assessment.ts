// Scoring for the "How well do you manage up?" self-assessment. No DOM.
// Ratings run 1 (Never) to 5 (Always); a reverse-scored statement describes a habit to avoid, so
// "Always" scores lowest. Scores are 0-100 so dimensions with different numbers of statements compare.
import type { Ratings } from './slots';

export interface Statement {
  id: string;
  dimension: string;
  text: string;
  reverse: boolean;
}
export interface Dimension {
  id: string;
  title: string;
  lesson: string;
  summary: string;
  actions: string[];
}
export interface Band {
  id: string;
  min: number;
  title: string;
  description: string;
}

export const SCALE = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'] as const;

/** A rating as points 0-4, reversed where the statement is reverse-scored. */
export const points = (rating: number, reverse: boolean) => (reverse ? 5 - rating : rating - 1);

/** Statements with no rating, in questionnaire order. */
export const unanswered = (statements: Statement[], answers: Ratings) =>
  statements.filter((s) => !((answers[s.id] ?? 0) >= 1 && (answers[s.id] ?? 0) <= 5));

const percent = (list: Statement[], answers: Ratings) =>
  Math.round((list.reduce((n, s) => n + points(answers[s.id]!, s.reverse), 0) / (list.length * 4)) * 100);

export interface Result {
  overall: number;
  band: Band;
  /** Dimension id -> 0-100. */
  dimensions: Record<string, number>;
  /** The two lowest-scoring dimensions, lowest first (ties keep questionnaire order). */
  weakest: Dimension[];
}

/** Scores a complete set of answers; throws if any statement is unanswered (never scored silently). */
export function scoreAnswers(statements: Statement[], dimensions: Dimension[], bands: Band[], answers: Ratings): Result {
  const missing = unanswered(statements, answers);
  if (missing.length) throw new Error(`${missing.length} statements are unanswered`);
  const perDimension = Object.fromEntries(
    dimensions.map((d) => [
      d.id,
      percent(
        statements.filter((s) => s.dimension === d.id),
        answers,
      ),
    ]),
  );
  const overall = percent(statements, answers);
  const weakest = [...dimensions]
    .sort((a, b) => perDimension[a.id]! - perDimension[b.id]! || dimensions.indexOf(a) - dimensions.indexOf(b))
    .slice(0, 2);
  return { overall, band: bandFor(overall, bands), dimensions: perDimension, weakest };
}

/** The highest band whose minimum the score reaches. */
export function bandFor(score: number, bands: Band[]): Band {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  return sorted.reduce((found, b) => (score >= b.min ? b : found), sorted[0]!);
}

/** Change per dimension between two results (positive is better). */
export function changes(current: Result, previous: Result): Record<string, number> {
  return Object.fromEntries(Object.entries(current.dimensions).map(([id, v]) => [id, v - (previous.dimensions[id] ?? v)]));
}

/** "+12", "-5", "no change". */
export const formatChange = (n: number) => (n === 0 ? 'no change' : n > 0 ? `+${n}` : `${n}`);
