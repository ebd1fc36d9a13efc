// The measures behind the quiz lint (tests/unit/quiz-lint.test.ts). A knowledge check should be
// passed by reading the lesson, not by test-taking tricks: picking the longest option, the last
// position, or the option without "always"/"never". These functions turn each trick into a number.
import { firstAttempt, seededRandom, type ShownQuestion } from './knowledge-check';

/** What the lint needs of a question: its prompt, its options and the advice IDs it tests. */
export interface LintQuestion {
  id: string;
  prompt: string;
  tests?: string[];
  options: { text: string; correct?: boolean }[];
}

const correctAt = (q: LintQuestion) => q.options.findIndex((o) => o.correct === true);

/** True when the correct option has more characters than every wrong one. */
export function correctIsStrictlyLongest(q: LintQuestion): boolean {
  const c = correctAt(q);
  const len = q.options[c]?.text.length ?? 0;
  return q.options.every((o, i) => i === c || o.text.length < len);
}

export interface PositionShare {
  /** 0-based position as shown. */
  position: number;
  /** Share of the questions that have this position where the correct option sits there. */
  share: number;
  /** What a fair arrangement gives: the mean of 1/(number of options) over those questions. */
  fair: number;
}

/** Where the correct option lands, over `runs` arrangements made by `arrange` (one per run). */
export function positionShares<Q extends LintQuestion>(
  questions: Q[],
  arrange: (qs: Q[], random: () => number) => ShownQuestion<Q>[],
  runs: number,
  seed = 1,
): PositionShare[] {
  const width = Math.max(0, ...questions.map((q) => q.options.length));
  const hits = Array<number>(width).fill(0);
  const seen = Array<number>(width).fill(0);
  const fair = Array<number>(width).fill(0);
  const random = seededRandom(seed);
  for (let r = 0; r < runs; r++) {
    for (const { question, order } of arrange(questions, random)) {
      const c = correctAt(question);
      order.forEach((dataIndex, position) => {
        seen[position]! += 1;
        fair[position]! += 1 / order.length;
        if (dataIndex === c) hits[position]! += 1;
      });
    }
  }
  return hits.map((h, position) => ({ position, share: h / seen[position]!, fair: fair[position]! / seen[position]! }));
}

/** The written order, as print and a page without JavaScript show it. */
export const writtenOrder = <Q extends LintQuestion>(qs: Q[]): ShownQuestion<Q>[] =>
  qs.map((question) => ({ question, order: question.options.map((_, i) => i) }));

/** The order a reader meets on a first attempt (the island's shuffle). */
export const shuffledOrder = <Q extends LintQuestion>(qs: Q[], random: () => number) => firstAttempt(qs, random);

export const ABSOLUTES = ['always', 'never', 'only', 'every', 'all'] as const;
const absoluteWord = new RegExp(`\\b(${ABSOLUTES.join('|')})\\b`, 'i');
export const hasAbsolute = (text: string) => absoluteWord.test(text);

export interface AbsoluteRates {
  right: { with: number; of: number; rate: number };
  wrong: { with: number; of: number; rate: number };
}

/** How often right and wrong options contain an absolute word. */
export function absoluteRates(questions: LintQuestion[]): AbsoluteRates {
  const count = (correct: boolean) => {
    const options = questions.flatMap((q) => q.options.filter((o) => (o.correct === true) === correct));
    const n = options.filter((o) => hasAbsolute(o.text)).length;
    return { with: n, of: options.length, rate: options.length ? n / options.length : 0 };
  };
  return { right: count(true), wrong: count(false) };
}

/**
 * Absolutes are "spread evenly" when a reader cannot use them as a clue: the two rates are within
 * 3 percentage points of each other, or the smaller is at least half the larger.
 */
export function absolutesBalanced({ right, wrong }: AbsoluteRates): boolean {
  const lo = Math.min(right.rate, wrong.rate);
  const hi = Math.max(right.rate, wrong.rate);
  return hi - lo <= 0.03 || lo >= hi / 2;
}

/** Advice IDs a lesson covers that none of its questions lists in `tests`. */
export function untestedIds(covers: readonly string[], questions: LintQuestion[]): string[] {
  const tested = new Set(questions.flatMap((q) => q.tests ?? []));
  return covers.filter((id) => !tested.has(id));
}

// Words that say nothing about the situation a prompt describes.
const STOP = new Set(
  (
    'a an and are as at be but by can do does for from had has have how i if in into is it its me my of on ' +
    'or so than that the their them then there they this to up was we what when which who will with you your ' +
    "you're it's boss boss's manager manager's best most should next move way"
  ).split(' '),
);

/** The content words of a text, cut to five letters so "report" and "reports" match. */
export function keywords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.slice(0, 5)));
}

/** Jaccard similarity of two prompts' content words: 0 (nothing shared) to 1 (the same words). */
export function promptSimilarity(a: string, b: string): number {
  const x = keywords(a);
  const y = keywords(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  const union = x.size + y.size - shared;
  return union ? shared / union : 0;
}

/** Pairs of questions (anywhere in the site) whose prompts share at least `threshold` of their words. */
export function nearDuplicatePrompts(
  questions: { key: string; prompt: string }[],
  threshold: number,
): { a: string; b: string; similarity: number }[] {
  const out: { a: string; b: string; similarity: number }[] = [];
  for (let i = 0; i < questions.length; i++)
    for (let j = i + 1; j < questions.length; j++) {
      const similarity = promptSimilarity(questions[i]!.prompt, questions[j]!.prompt);
      if (similarity >= threshold) out.push({ a: questions[i]!.key, b: questions[j]!.key, similarity });
    }
  return out.sort((p, q) => q.similarity - p.similarity);
}
