import { describe, expect, it } from 'vitest';
import { firstAttempt, recordAttempt, seededRandom, shuffle, type CheckQuestion } from '../../src/lib/knowledge-check';
import { knowledgeCheckSlot } from '../../src/lib/storage/slots/knowledge-checks';

const q = (id: string, correct: number, n = 4): CheckQuestion => ({
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
      positions.add(first.order.indexOf(questions[0]!.options.findIndex((o) => o.correct)));
    }
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
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
    expect(knowledgeCheckSlot.validate(r)).toEqual(r);
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
