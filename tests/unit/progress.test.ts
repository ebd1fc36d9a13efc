import { describe, expect, it } from 'vitest';
import { homeTally, lessonMarks, markRead } from '../../src/lib/progress';

const when = new Date('2026-11-25T10:00:00Z');

describe('reading progress', () => {
  it('marks a lesson read and unread without touching the others, keeping the first date', () => {
    const p = markRead({ read: { a: '2026-11-01T00:00:00.000Z' } }, 'b', true, when);
    expect(p.read).toEqual({ a: '2026-11-01T00:00:00.000Z', b: when.toISOString() });
    expect(markRead(p, 'a', true, when).read.a).toBe('2026-11-01T00:00:00.000Z');
    expect(markRead(p, 'a', false).read).toEqual({ b: when.toISOString() });
  });

  it('gives the ✓ and ★ of a lesson', () => {
    const quizzes = {
      a: { best: 4, total: 5, passed: true, attempts: 1, last: { date: when.toISOString(), score: 4, total: 5, answers: {} } },
    };
    expect(lessonMarks('a', { read: {} }, quizzes)).toEqual({ read: false, passed: true });
    expect(lessonMarks('b', { read: { b: when.toISOString() } }, quizzes)).toEqual({ read: true, passed: false });
  });

  it("tallies the home page's progress and finds the lesson to continue with", () => {
    const t = homeTally(
      ['a', 'b', 'c'],
      { read: { a: '', c: '' } },
      {},
      { items: { x: { done: true }, y: { done: false }, z: { done: true } }, kept: [] },
      1,
    );
    expect(t).toEqual({ read: 2, lessons: 3, percent: 67, passed: 0, ticked: 1, next: 1 });
    expect(homeTally(['a'], { read: { a: '' } }, {}, { items: {}, kept: [] }, 5).next).toBe(-1);
  });
});
