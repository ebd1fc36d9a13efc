// Knowledge-check helpers shared by the check (src/lib/check.ts) and the quiz lint: seeded
// shuffles, the first attempt's option order, and the saved record. No DOM, no framework.
import type { CheckQuestion } from './check';
import type { QuizRecord, QuizResults } from './slots';

/** A question as written in a quiz file; its shape is the content schema's. */
export type QuizQuestion = CheckQuestion;

/** A question as shown: `order` maps displayed position -> index in the data. */
export interface ShownQuestion<Q extends { options: unknown[] } = QuizQuestion> {
  question: Q;
  order: number[];
}

/** Small seeded PRNG (mulberry32), so shuffles are reproducible in tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The first attempt: questions in data order (as the page lists them), each question's options
 * shuffled, so the written order of options gives nothing away. Pass a seeded `random` to reproduce it.
 */
export const firstAttempt = <Q extends { options: unknown[] }>(
  questions: Q[],
  random: () => number = Math.random,
): ShownQuestion<Q>[] =>
  questions.map((question) => ({
    question,
    order: shuffle(
      question.options.map((_, i) => i),
      random,
    ),
  }));

/** Folds a finished attempt into the saved results for one lesson. */
export function recordAttempt(
  results: QuizResults,
  lesson: string,
  attempt: { score: number; total: number; passMark: number; answers: Record<string, number> },
  now: Date = new Date(),
): QuizResults {
  const prev: QuizRecord | undefined = results[lesson];
  const passedNow = attempt.score >= attempt.passMark;
  const record: QuizRecord = {
    best: Math.max(prev?.best ?? 0, attempt.score),
    total: attempt.total,
    passed: (prev?.passed ?? false) || passedNow,
    attempts: (prev?.attempts ?? 0) + 1,
    last: { date: now.toISOString(), score: attempt.score, total: attempt.total, answers: attempt.answers },
  };
  return { ...results, [lesson]: record };
}
