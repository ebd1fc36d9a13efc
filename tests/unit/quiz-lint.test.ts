// The quiz lint: every knowledge check in src/content/quizzes, read as files, must be passed by
// knowing the lesson rather than by test-taking tricks. README.md ("Reading a quiz lint failure")
// says what each failure means and how to fix it. The helpers are tested first, on small fixtures,
// so a passing lint is not a lint that cannot fail.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import {
  absoluteRates,
  absolutesBalanced,
  correctIsStrictlyLongest,
  hasAbsolute,
  nearDuplicatePrompts,
  positionShares,
  promptSimilarity,
  shuffledOrder,
  untestedIds,
  writtenOrder,
  type LintQuestion,
} from '../../src/lib/quiz-lint';

/** Limits the lint holds. */
const MAX_LONGEST_SHARE = 0.25;
const POSITION_SLACK = 0.1;
const SHUFFLE_RUNS = 2000;
const NEAR_DUPLICATE = 0.3;

const quizDir = 'src/content/quizzes';
const lessonDir = 'src/content/lessons';

const quizzes = readdirSync(quizDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(`${quizDir}/${f}`, 'utf8')) as { lesson: string; questions: LintQuestion[] });
const questions = quizzes.flatMap((q) => q.questions);

/** Each lesson's `covers`, as the lesson files say today (other branches may add IDs). */
const covers = new Map(
  readdirSync(lessonDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = readFileSync(`${lessonDir}/${f}`, 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
      return [f.replace(/\.mdx$/, ''), (parse(front) as { covers: string[] }).covers] as const;
    }),
);

const opt = (text: string, correct = false) => ({ text, correct });
const fixture = (id: string, correctAt: number, texts: string[], prompt = `Prompt ${id}?`): LintQuestion => ({
  id,
  prompt,
  options: texts.map((t, i) => opt(t, i === correctAt)),
});

describe('quiz lint helpers', () => {
  it('correctIsStrictlyLongest needs the correct option longer than every other one', () => {
    expect(correctIsStrictlyLongest(fixture('a', 1, ['short', 'the longest one', 'medium one']))).toBe(true);
    expect(correctIsStrictlyLongest(fixture('b', 0, ['same size', 'same size']))).toBe(false);
    expect(correctIsStrictlyLongest(fixture('c', 0, ['short', 'much longer']))).toBe(false);
  });

  it('positionShares shows a skewed written order and an even shuffle', () => {
    const lastIsRight = Array.from({ length: 8 }, (_, i) => fixture(`q${i}`, 3, ['a', 'b', 'c', 'd']));
    const written = positionShares(lastIsRight, writtenOrder, 1);
    expect(written[3]).toEqual({ position: 3, share: 1, fair: 0.25 });
    const shuffled = positionShares(lastIsRight, shuffledOrder, SHUFFLE_RUNS);
    for (const p of shuffled) expect(Math.abs(p.share - p.fair)).toBeLessThan(0.03);
  });

  it('positionShares gives the fair share of a mix of three- and four-option questions', () => {
    const mixed = [fixture('three', 0, ['a', 'b', 'c']), fixture('four', 0, ['a', 'b', 'c', 'd'])];
    const shares = positionShares(mixed, writtenOrder, 1);
    expect(shares.map((s) => s.fair)).toEqual([(1 / 3 + 1 / 4) / 2, (1 / 3 + 1 / 4) / 2, (1 / 3 + 1 / 4) / 2, 1 / 4]);
    expect(shares[0]!.share).toBe(1);
  });

  it('hasAbsolute matches whole words only', () => {
    expect(hasAbsolute('You should Always ask')).toBe(true);
    expect(hasAbsolute('at every meeting')).toBe(true);
    expect(hasAbsolute('a small allowance, the only way')).toBe(true);
    expect(hasAbsolute('a small allowance, finally, everyone')).toBe(false);
  });

  it('absolutesBalanced fails when absolutes mostly mark wrong options', () => {
    const tells = [
      fixture('a', 0, ['do it', 'never do it', 'always wait']),
      fixture('b', 0, ['ask', 'only ask once', 'ask every day']),
    ];
    expect(absolutesBalanced(absoluteRates(tells))).toBe(false);
    const even = [fixture('a', 0, ['always ask', 'never ask', 'ask']), fixture('b', 0, ['wait', 'go', 'run'])];
    expect(absoluteRates(even).right).toEqual({ with: 1, of: 2, rate: 0.5 });
    expect(absolutesBalanced(absoluteRates(even))).toBe(true);
  });

  it('untestedIds lists the covered IDs no question tests', () => {
    const qs = [{ ...fixture('a', 0, ['x', 'y', 'z']), tests: ['KB1', 'KB2'] }];
    expect(untestedIds(['KB1', 'KB2', 'KB3'], qs)).toEqual(['KB3']);
    expect(untestedIds(['KB1'], [fixture('b', 0, ['x', 'y', 'z'])])).toEqual(['KB1']);
  });

  it('nearDuplicatePrompts catches a lightly reworded prompt and leaves different situations alone', () => {
    const a = 'You want to become a team lead within a year. Your boss is under heavy pressure. What should you do?';
    const b = 'Your boss is under a lot of pressure, and you would like to be a team lead within the year. What now?';
    const c = 'A major customer sends you a glowing email about how you handled a difficult rollout.';
    expect(promptSimilarity(a, a)).toBe(1);
    expect(
      nearDuplicatePrompts(
        [
          { key: 'a', prompt: a },
          { key: 'b', prompt: b },
          { key: 'c', prompt: c },
        ],
        NEAR_DUPLICATE,
      ),
    ).toEqual([{ a: 'a', b: 'b', similarity: promptSimilarity(a, b) }]);
  });
});

describe('quiz lint: the site\u2019s knowledge checks', () => {
  it('finds the knowledge checks', () => {
    expect(quizzes.length).toBeGreaterThanOrEqual(7);
  });

  it(`the correct option is strictly the longest in at most ${MAX_LONGEST_SHARE * 100}% of questions`, () => {
    const longest = questions.filter(correctIsStrictlyLongest).map((q) => q.id);
    expect(longest.length / questions.length, `correct option is the longest in: ${longest.join(', ')}`).toBeLessThanOrEqual(
      MAX_LONGEST_SHARE,
    );
  });

  it.each([
    ['as first shown (the island\u2019s shuffle)', shuffledOrder, SHUFFLE_RUNS],
    ['as written (print, no JavaScript)', writtenOrder, 1],
  ] as const)('no position holds the correct option more than its fair share + 10 points, %s', (_, arrange, runs) => {
    for (const p of positionShares(questions, arrange, runs, 2026)) {
      expect(
        p.share,
        `position ${p.position + 1}: ${(p.share * 100).toFixed(1)}% correct, fair ${(p.fair * 100).toFixed(1)}%`,
      ).toBeLessThanOrEqual(p.fair + POSITION_SLACK);
    }
  });

  it.each(quizzes.map((q) => [q.lesson, q] as const))('every ID %s covers is tested by one of its questions', (lesson, quiz) => {
    expect(covers.has(lesson), `no lesson file for ${lesson}`).toBe(true);
    expect(untestedIds(covers.get(lesson) ?? [], quiz.questions), `untested in ${lesson}`).toEqual([]);
  });

  it('absolutes (always, never, only, every, all) are as common in right options as in wrong ones', () => {
    const rates = absoluteRates(questions);
    const pct = (r: { with: number; of: number; rate: number }) => `${r.with}/${r.of} (${(r.rate * 100).toFixed(1)}%)`;
    expect(absolutesBalanced(rates), `right ${pct(rates.right)}, wrong ${pct(rates.wrong)}`).toBe(true);
  });

  it('no two questions in the site have near-identical prompts', () => {
    const all = quizzes.flatMap((q) => q.questions.map((x) => ({ key: `${q.lesson}/${x.id}`, prompt: x.prompt })));
    expect(nearDuplicatePrompts(all, NEAR_DUPLICATE)).toEqual([]);
  });
});
