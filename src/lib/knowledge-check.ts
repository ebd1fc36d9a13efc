// The knowledge check at the end of each lesson, one pure function per step: start (options
// shuffled from the first attempt), answer, check, the verdict on one question, the result with the
// sections to reread, a retry with everything reshuffled, and the saved record of an attempt; and
// the seeded shuffles the quiz lint replays. The island only renders this state and wires events.
import type { QuizQuestionData } from '../schemas/quiz';
import type { QuizRecord, QuizResults } from './storage/slots/knowledge-checks';

export type CheckQuestion = Pick<QuizQuestionData, 'id' | 'prompt' | 'options'>;
export type CheckOption = CheckQuestion['options'][number];

/** What the island fetches from /lessons/<slug>/quiz.json when the reader reaches the check. */
export interface CheckData {
  /** Heading anchor -> heading text, for "read more" links. */
  sections: Record<string, string>;
  questions: CheckQuestion[];
}

export interface CheckState {
  /** Question ids in the order shown. */
  order: string[];
  /** Question id -> option indexes (in the data's order) in the order shown. */
  options: Record<string, number[]>;
  /** Question id -> chosen option index (data order). */
  selected: Record<string, number>;
  /** Question ids whose answer has been checked. */
  checked: string[];
}

const optionOrder = (questions: readonly CheckQuestion[], random: () => number) =>
  Object.fromEntries(
    questions.map((q) => [
      q.id,
      shuffle(
        q.options.map((_, i) => i),
        random,
      ),
    ]),
  );

/**
 * The first attempt: options shuffled, questions in the page's order (so the questions the page
 * already shows stay where they are when the check comes to life).
 */
export const startCheck = (questions: readonly CheckQuestion[], random: () => number = Math.random): CheckState => ({
  order: questions.map((q) => q.id),
  options: optionOrder(questions, random),
  selected: {},
  checked: [],
});

/** Another attempt: questions and options reshuffled, answers cleared. */
export const retryCheck = (questions: readonly CheckQuestion[], random: () => number = Math.random): CheckState => ({
  order: shuffle(
    questions.map((q) => q.id),
    random,
  ),
  options: optionOrder(questions, random),
  selected: {},
  checked: [],
});

export const isChecked = (state: CheckState, id: string) => state.checked.includes(id);

/** Chooses an option; a checked answer no longer changes. */
export const answer = (state: CheckState, id: string, option: number): CheckState =>
  isChecked(state, id) ? state : { ...state, selected: { ...state.selected, [id]: option } };

/** Checks one answer; nothing happens until an option is chosen. */
export const check = (state: CheckState, id: string): CheckState =>
  state.selected[id] === undefined || isChecked(state, id) ? state : { ...state, checked: [...state.checked, id] };

/** True once every question's answer is checked. */
export const isFinished = (state: CheckState) => state.order.length > 0 && state.order.every((id) => isChecked(state, id));

export interface Verdict {
  right: boolean;
  chosen: CheckOption;
  best: CheckOption;
  /** The options not chosen, in the order shown, with their data index. */
  others: { index: number; option: CheckOption }[];
}

/** Why the chosen option is right or wrong, and the others for the reader who asks. */
export function verdict(state: CheckState, q: CheckQuestion): Verdict | null {
  const chosenIndex = state.selected[q.id];
  const chosen = chosenIndex === undefined ? undefined : q.options[chosenIndex];
  const best = q.options.find((o) => o.correct);
  if (!chosen || !best || !isChecked(state, q.id)) return null;
  const shown = state.options[q.id] ?? q.options.map((_, i) => i);
  return {
    right: chosen.correct,
    chosen,
    best,
    others: shown
      .filter((i) => i !== chosenIndex)
      .flatMap((index) => (q.options[index] ? [{ index, option: q.options[index] }] : [])),
  };
}

export interface CheckResult {
  score: number;
  total: number;
  passed: boolean;
  /** Sections to reread, from the best answers of the questions missed, without repeats, in lesson order of first miss. */
  reread: string[];
}

export function result(state: CheckState, questions: readonly CheckQuestion[], passMark: number): CheckResult {
  const byId = new Map(questions.map((q) => [q.id, q]));
  let score = 0;
  const reread: string[] = [];
  for (const id of state.order) {
    const q = byId.get(id);
    const chosen = q?.options[state.selected[id] ?? -1];
    if (chosen?.correct) score++;
    else {
      const section = q?.options.find((o) => o.correct)?.section;
      if (section && !reread.includes(section)) reread.push(section);
    }
  }
  return { score, total: state.order.length, passed: score >= passMark, reread };
}

/** The warm words of the result summary: a heading and a line (the sections are linked by the island). */
export function resultWords(r: CheckResult, passMark: number): { heading: string; text: string } {
  if (r.score === r.total)
    return { heading: `All ${r.total} right. Well done!`, text: "You've got the heart of this lesson. Try it out this week." };
  if (r.passed)
    return {
      heading: `${r.score} of ${r.total}: you passed.`,
      text: 'Nicely done. To close the gap, have another look at:',
    };
  return {
    heading: `${r.score} of ${r.total} this time (the pass mark is ${passMark}).`,
    text: "That's what a check is for. These parts of the lesson hold the answers you missed; read them again, then have another go:",
  };
}

/** What quiz.json holds: the questions with their answers, and the titles of the sections they link to. */
export function toCheckData(questions: readonly CheckQuestion[], headings: { slug: string; text: string }[]): CheckData {
  const linked = new Set(questions.flatMap((q) => q.options.map((o) => o.section)));
  return {
    sections: Object.fromEntries(headings.filter((h) => linked.has(h.slug)).map((h) => [h.slug, h.text])),
    questions: questions.map(({ id, prompt, options }) => ({ id, prompt, options })),
  };
}

/** A question as shown: `order` maps displayed position -> index in the data. */
export interface ShownQuestion<Q extends { options: unknown[] } = CheckQuestion> {
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
