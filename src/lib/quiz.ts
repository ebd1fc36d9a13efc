// Knowledge-check logic: shuffling, scoring and the saved record. No DOM, no framework.
import type { QuizRecord, QuizResults } from './slots';

export interface QuizOption {
  text: string;
  correct: boolean;
  explanation: string;
  section: string;
}
export interface QuizQuestion {
  id: string;
  prompt: string;
  options: QuizOption[];
}

/** A question as shown: `order` maps displayed position -> index in the data. */
export interface ShownQuestion<Q extends { options: unknown[] } = QuizQuestion> {
  question: Q;
  order: number[];
}

/** What a lesson page carries for a question: no answers, so none are in the HTML. */
export interface PublicQuestion {
  id: string;
  prompt: string;
  options: string[];
}

/** The answers and explanations, served as JSON and fetched when the reader reaches the check. */
export interface AnswerKey {
  /** Heading anchor -> heading text, for "read more" links. */
  sections: Record<string, string>;
  questions: Record<string, Omit<QuizOption, 'text'>[]>;
}

export const toPublic = (q: QuizQuestion): PublicQuestion => ({
  id: q.id,
  prompt: q.prompt,
  options: q.options.map((o) => o.text),
});

export function toAnswerKey(questions: QuizQuestion[], headings: { slug: string; text: string }[]): AnswerKey {
  const linked = new Set(questions.flatMap((q) => q.options.map((o) => o.section)));
  return {
    sections: Object.fromEntries(headings.filter((h) => linked.has(h.slug)).map((h) => [h.slug, h.text])),
    questions: Object.fromEntries(
      questions.map((q) => [q.id, q.options.map(({ correct, explanation, section }) => ({ correct, explanation, section }))]),
    ),
  };
}

/** Joins the page's questions with their fetched key; throws if they do not match. */
export function withKey(questions: PublicQuestion[], key: AnswerKey): QuizQuestion[] {
  return questions.map((q) => {
    const options = key.questions[q.id];
    if (!options || options.length !== q.options.length) throw new Error(`the answer key does not match question ${q.id}`);
    return { id: q.id, prompt: q.prompt, options: q.options.map((text, i) => ({ text, ...options[i]! })) };
  });
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

/** Questions in data order with options in data order: what the server renders. */
export const inOrder = <Q extends { options: unknown[] }>(questions: Q[]): ShownQuestion<Q>[] =>
  questions.map((question) => ({ question, order: question.options.map((_, i) => i) }));

/** A fresh attempt: questions and each question's options reshuffled. */
export const reshuffled = <Q extends { options: unknown[] }>(
  questions: Q[],
  random: () => number = Math.random,
): ShownQuestion<Q>[] =>
  shuffle(questions, random).map((question) => ({
    question,
    order: shuffle(
      question.options.map((_, i) => i),
      random,
    ),
  }));

export const correctIndex = (q: QuizQuestion) => q.options.findIndex((o) => o.correct);

/** Number of questions whose chosen option (data index) is the correct one. */
export function score(questions: QuizQuestion[], answers: Record<string, number>): number {
  return questions.filter((q) => answers[q.id] !== undefined && answers[q.id] === correctIndex(q)).length;
}

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
