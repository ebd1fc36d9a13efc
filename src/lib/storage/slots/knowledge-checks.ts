// The knowledge checks' results: per lesson, the best score, the attempts and the last answers.
// Its key keeps its first name, `quizzes`, so what readers saved stays where it is.
import { isInt, isIsoDate, isRecord, recordOf } from '../guards';
import type { Slot } from '../store';

export interface QuizAttempt {
  date: string;
  score: number;
  total: number;
  /** Question id -> chosen option index (in the data's own order, not the shuffled one). */
  answers: Record<string, number>;
}
export interface QuizRecord {
  best: number;
  total: number;
  passed: boolean;
  attempts: number;
  last: QuizAttempt;
}
export type QuizResults = Record<string, QuizRecord>;

const isAttempt = (v: unknown): v is QuizAttempt =>
  isRecord(v) &&
  isIsoDate(v.date) &&
  isInt(v.score, 0) &&
  isInt(v.total, 1) &&
  recordOf(v.answers, (x): x is number => isInt(x, 0)) !== null;
const isQuizRecord = (v: unknown): v is QuizRecord =>
  isRecord(v) &&
  isInt(v.best, 0) &&
  isInt(v.total, 1) &&
  typeof v.passed === 'boolean' &&
  isInt(v.attempts, 1) &&
  isAttempt(v.last);

export const knowledgeCheckSlot: Slot<QuizResults> = {
  name: 'quizzes',
  label: 'your knowledge-check results',
  version: 1,
  empty: () => ({}),
  validate: (d) => {
    const records = recordOf(d, isQuizRecord);
    if (!records) return null;
    const out: QuizResults = {};
    for (const [id, r] of Object.entries(records)) {
      const { date, score, total, answers } = r.last;
      out[id] = {
        best: r.best,
        total: r.total,
        passed: r.passed,
        attempts: r.attempts,
        last: { date, score, total, answers: { ...answers } },
      };
    }
    return out;
  },
};
