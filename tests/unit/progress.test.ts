import { describe, expect, it } from 'vitest';
import { QUICK_VERSIONS, homeTally, lessonMarks, markRead, quickRead } from '../../src/lib/progress';
import { checklistSlot } from '../../src/lib/storage/slots/checklist';
import { progressSlot } from '../../src/lib/storage/slots/progress';
import { knowledgeCheckSlot } from '../../src/lib/storage/slots/knowledge-checks';
import { encode } from '../../src/lib/storage/store';

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

describe('the quick read of the inline script', () => {
  it('knows the versions the slots are saved at', () => {
    expect(QUICK_VERSIONS).toEqual({
      progress: progressSlot.version,
      quizzes: knowledgeCheckSlot.version,
      checklist: checklistSlot.version,
    });
  });

  it('reads a current envelope, and an empty key as the empty value', () => {
    const progress = { read: { a: when.toISOString() } };
    expect(quickRead(encode(progressSlot, progress), progressSlot.version, { read: {} })).toEqual(progress);
    expect(quickRead(null, 1, { read: {} })).toEqual({ read: {} });
  });

  it('leaves to the full storage layer what needs a migration, is newer, or is malformed', () => {
    for (const raw of [
      JSON.stringify({ read: {} }),
      JSON.stringify({ version: 2, data: { read: {} } }),
      JSON.stringify({ version: 1, data: null }),
      'null',
    ])
      expect(quickRead(raw, 1, { read: {} }), raw).toBeNull();
    expect(() => quickRead('{not json', 1, { read: {} })).toThrow();
  });
});
