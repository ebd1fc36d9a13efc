import { describe, expect, it } from 'vitest';
import {
  correctIndex,
  firstAttempt,
  inOrder,
  recordAttempt,
  reshuffled,
  score,
  seededRandom,
  shuffle,
  toAnswerKey,
  toPublic,
  withKey,
  type QuizQuestion,
} from '../../src/lib/quiz';
import { quizSlot } from '../../src/lib/slots';

const q = (id: string, correct: number, n = 4): QuizQuestion => ({
  id,
  prompt: `Question ${id}?`,
  options: Array.from({ length: n }, (_, i) => ({
    text: `${id}-opt${i}`,
    correct: i === correct,
    explanation: `why ${i}`,
    section: 's',
  })),
});
const questions = [q('q1', 0), q('q2', 2), q('q3', 3), q('q4', 1, 3)];

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const take = (seed: number) => {
      const r = seededRandom(seed);
      return Array.from({ length: 8 }, () => r());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('returns numbers in [0, 1)', () => {
    const r = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('shuffle', () => {
  it('returns a permutation of the input without mutating it', () => {
    const input = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const out = shuffle(input, seededRandom(1));
    expect(out).not.toBe(input);
    expect([...out].sort((a, b) => a - b)).toEqual([...input]);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('actually reorders, reproducibly for a seed', () => {
    const input = Array.from({ length: 10 }, (_, i) => i);
    const a = shuffle(input, seededRandom(5));
    expect(a).toEqual(shuffle(input, seededRandom(5)));
    expect(a).not.toEqual(input);
  });

  it('can produce every ordering of three items', () => {
    const seen = new Set<string>();
    const r = seededRandom(123);
    for (let i = 0; i < 300; i++) seen.add(shuffle(['a', 'b', 'c'], r).join(''));
    expect(seen.size).toBe(6);
  });

  it('handles empty and single-item lists', () => {
    expect(shuffle([], seededRandom(1))).toEqual([]);
    expect(shuffle(['only'], seededRandom(1))).toEqual(['only']);
  });
});

describe('inOrder / reshuffled', () => {
  it('inOrder keeps questions and options in data order', () => {
    const shown = inOrder(questions);
    expect(shown.map((s) => s.question.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(shown[3]!.order).toEqual([0, 1, 2]);
  });

  it('reshuffled keeps every question and every option exactly once', () => {
    for (const seed of [1, 2, 3, 99]) {
      const shown = reshuffled(questions, seededRandom(seed));
      expect(shown.map((s) => s.question.id).sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
      for (const s of shown) {
        expect(s.question).toBe(questions.find((x) => x.id === s.question.id));
        expect([...s.order].sort()).toEqual(s.question.options.map((_, i) => i));
      }
    }
  });

  it('reshuffled does change the order for some seed, and leaves the data alone', () => {
    const before = JSON.stringify(questions);
    const shown = reshuffled(questions, seededRandom(4));
    const ids = shown.map((s) => s.question.id).join();
    const orders = shown.map((s) => s.order.join()).join('|');
    expect(
      ids !== 'q1,q2,q3,q4' ||
        orders !==
          inOrder(questions)
            .map((s) => s.order.join())
            .join('|'),
    ).toBe(true);
    expect(JSON.stringify(questions)).toBe(before);
  });
});

describe('firstAttempt', () => {
  it("keeps the questions in page order and shuffles each question's options", () => {
    const shown = firstAttempt(questions, seededRandom(8));
    expect(shown.map((s) => s.question)).toEqual(questions);
    for (const s of shown) expect([...s.order].sort()).toEqual(s.question.options.map((_, i) => i));
  });

  it('is reproducible for a seed and moves the correct option around across seeds', () => {
    expect(firstAttempt(questions, seededRandom(3))).toEqual(firstAttempt(questions, seededRandom(3)));
    const positions = new Set<number>();
    for (let seed = 1; seed <= 40; seed++) {
      const first = firstAttempt([questions[0]!], seededRandom(seed))[0]!;
      positions.add(first.order.indexOf(correctIndex(questions[0]!)));
    }
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('score', () => {
  it('finds the correct option index', () => {
    expect(questions.map(correctIndex)).toEqual([0, 2, 3, 1]);
  });

  it('counts only correct answers', () => {
    expect(score(questions, { q1: 0, q2: 2, q3: 3, q4: 1 })).toBe(4);
    expect(score(questions, { q1: 0, q2: 1, q3: 3, q4: 0 })).toBe(2);
    expect(score(questions, { q1: 1, q2: 0, q3: 0, q4: 2 })).toBe(0);
  });

  it('ignores missing answers and answers to unknown questions', () => {
    expect(score(questions, {})).toBe(0);
    expect(score(questions, { q2: 2 })).toBe(1);
    expect(score(questions, { q2: 2, other: 0 })).toBe(1);
  });

  it('does not count an unanswered question that has no correct option', () => {
    const noCorrect: QuizQuestion = { ...q('q5', 0), options: q('q5', 0).options.map((o) => ({ ...o, correct: false })) };
    expect(score([noCorrect], {})).toBe(0);
  });
});

describe('recordAttempt', () => {
  const t = (d: number) => new Date(Date.UTC(2026, 2, d, 12));

  it('creates a record for the first attempt', () => {
    const r = recordAttempt({}, 'earn-trust', { score: 2, total: 4, passMark: 3, answers: { q1: 0 } }, t(1));
    expect(r['earn-trust']).toEqual({
      best: 2,
      total: 4,
      passed: false,
      attempts: 1,
      last: { date: t(1).toISOString(), score: 2, total: 4, answers: { q1: 0 } },
    });
    // What it records is what the storage slot accepts.
    expect(quizSlot.validate(r)).toEqual(r);
  });

  it('keeps the best score, stays passed once passed, counts attempts and records the latest', () => {
    let r = recordAttempt({}, 'l', { score: 3, total: 4, passMark: 3, answers: { q1: 0 } }, t(1));
    expect(r.l!.passed).toBe(true);
    r = recordAttempt(r, 'l', { score: 1, total: 4, passMark: 3, answers: { q1: 2 } }, t(2));
    expect(r.l).toEqual({
      best: 3,
      total: 4,
      passed: true,
      attempts: 2,
      last: { date: t(2).toISOString(), score: 1, total: 4, answers: { q1: 2 } },
    });
    r = recordAttempt(r, 'l', { score: 4, total: 4, passMark: 3, answers: {} }, t(3));
    expect(r.l!.best).toBe(4);
    expect(r.l!.attempts).toBe(3);
    expect(r.l!.last.score).toBe(4);
  });

  it('passes on reaching the pass mark exactly', () => {
    expect(recordAttempt({}, 'l', { score: 3, total: 4, passMark: 3, answers: {} }).l!.passed).toBe(true);
    expect(recordAttempt({}, 'l', { score: 2, total: 4, passMark: 3, answers: {} }).l!.passed).toBe(false);
  });

  it('leaves other lessons and the input untouched', () => {
    const before = recordAttempt({}, 'a', { score: 1, total: 2, passMark: 2, answers: {} }, t(1));
    const snapshot = structuredClone(before);
    const after = recordAttempt(before, 'b', { score: 2, total: 2, passMark: 2, answers: {} }, t(2));
    expect(before).toEqual(snapshot);
    expect(after.a).toEqual(snapshot.a);
    expect(Object.keys(after).sort()).toEqual(['a', 'b']);
  });
});

describe('answer keys', () => {
  it('the public form carries no answers or explanations', () => {
    const pub = toPublic(questions[0]!);
    expect(pub).toEqual({ id: 'q1', prompt: 'Question q1?', options: ['q1-opt0', 'q1-opt1', 'q1-opt2', 'q1-opt3'] });
    expect(JSON.stringify(pub)).not.toMatch(/correct|why/);
  });

  it('a key keeps only the headings the options link to', () => {
    const key = toAnswerKey(questions, [
      { slug: 's', text: 'Section S' },
      { slug: 'other', text: 'Other' },
    ]);
    expect(key.sections).toEqual({ s: 'Section S' });
    expect(key.questions.q2![2]).toEqual({ correct: true, explanation: 'why 2', section: 's' });
  });

  it('joining the public questions with their key gives back the full questions', () => {
    const key = toAnswerKey(questions, []);
    expect(withKey(questions.map(toPublic), key)).toEqual(questions);
  });

  it('refuses a key that does not match the questions', () => {
    const key = toAnswerKey(questions, []);
    expect(() => withKey([{ id: 'nope', prompt: '?', options: ['a', 'b', 'c'] }], key)).toThrow(/nope/);
    expect(() => withKey([{ ...toPublic(questions[0]!), options: ['only one'] }], key)).toThrow(/q1/);
  });
});
