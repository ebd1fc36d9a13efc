import { describe, expect, it } from 'vitest';
import {
  INTERVALS,
  LEARNED,
  REVIEW_VERSION,
  addMissed,
  dueQuestions,
  emptyReview,
  mergeReview,
  migrateReview,
  missedQuestions,
  nextDue,
  nextReviewDay,
  parseReview,
  recordAnswer,
  reviewCounts,
  reviewKey,
  type ReviewState,
} from '../../../src/lib/plan/review';

// Local noon, so the reader's day is the same in any time zone the tests run in.
const at = (day: string, time = '12:00:00') => new Date(`${day}T${time}`);
const later = (d: Date, days: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, d.getHours());

const q = (id: string, right: number) => ({ id, options: [0, 1, 2].map((i) => ({ correct: i === right })) });
const questions = [q('first', 0), q('second', 1), q('third', 2)];

const start = at('2026-03-10');
const missedTwo = addMissed(emptyReview(), 'earn-trust', ['first', 'third'], start);
const key = reviewKey('earn-trust', 'first');

describe('missedQuestions', () => {
  it('lists wrong and unanswered questions in the check order', () => {
    expect(missedQuestions(questions, { first: 0, second: 2 })).toEqual(['second', 'third']);
  });
  it('lists none when every answer is right, and every one for an empty attempt', () => {
    expect(missedQuestions(questions, { first: 0, second: 1, third: 2 })).toEqual([]);
    expect(missedQuestions(questions, {})).toEqual(['first', 'second', 'third']);
  });
  it('counts an out-of-range option index as wrong', () => {
    expect(missedQuestions([q('only', 0)], { only: 7 })).toEqual(['only']);
  });
});

describe('addMissed', () => {
  it('puts each missed question in review, due the next day', () => {
    expect(Object.values(missedTwo.items)).toEqual([
      { lesson: 'earn-trust', question: 'first', step: 0, due: '2026-03-11', updated: start.toISOString() },
      { lesson: 'earn-trust', question: 'third', step: 0, due: '2026-03-11', updated: start.toISOString() },
    ]);
  });
  it('keys questions by lesson, so two lessons may share a question id', () => {
    const s = addMissed(missedTwo, 'grow-together', ['first'], start);
    expect(Object.keys(s.items)).toEqual(['earn-trust/first', 'earn-trust/third', 'grow-together/first']);
  });
  it('returns the same state when nothing was missed', () => {
    expect(addMissed(missedTwo, 'earn-trust', [], start)).toBe(missedTwo);
  });
  it('starts a question again at 1 day when it is missed again, even after it was learned', () => {
    let s = recordAnswer(missedTwo, key, true, later(start, 1));
    expect(s.items[key]!.step).toBe(1);
    s = addMissed(s, 'earn-trust', ['first'], later(start, 2));
    expect(s.items[key]).toMatchObject({ step: 0, due: '2026-03-13' });
    const learned: ReviewState = { items: { [key]: { ...s.items[key]!, step: LEARNED } } };
    expect(addMissed(learned, 'earn-trust', ['first'], later(start, 20)).items[key]).toMatchObject({
      step: 0,
      due: '2026-03-31',
    });
  });
});

describe('the review schedule', () => {
  it('shows nothing the same day, then the missed question after the clock moves 1 day', () => {
    expect(nextDue(missedTwo, start)).toBeNull();
    expect(nextDue(missedTwo, later(start, 1))?.key).toBe('earn-trust/first');
  });

  it('after a right answer, brings it back 3 more days later, then 7, then it is learned', () => {
    const day1 = later(start, 1);
    let s = recordAnswer(missedTwo, key, true, day1);
    expect(s.items[key]).toMatchObject({ step: 1, due: '2026-03-14' });
    // The other missed question is still due; this one is not, for 3 days.
    expect(dueQuestions(s, day1).map((e) => e.key)).toEqual(['earn-trust/third']);
    expect(dueQuestions(s, later(day1, 2)).map((e) => e.key)).toEqual(['earn-trust/third']);
    // Both due now: the one overdue longest comes first.
    expect(dueQuestions(s, later(day1, 3)).map((e) => e.key)).toEqual(['earn-trust/third', 'earn-trust/first']);

    s = recordAnswer(s, key, true, later(day1, 3));
    expect(s.items[key]).toMatchObject({ step: 2, due: '2026-03-21' });
    expect(isShown(s, later(day1, 9))).toBe(false);
    expect(isShown(s, later(day1, 10))).toBe(true);

    s = recordAnswer(s, key, true, later(day1, 10));
    expect(s.items[key]).toMatchObject({ step: LEARNED, due: '2026-03-21' });
    expect(isShown(s, later(day1, 400))).toBe(false);
    // Learned, it takes no more answers.
    expect(recordAnswer(s, key, false, later(day1, 11))).toBe(s);
  });

  it('sends a wrong answer back to 1 day, from any step', () => {
    let s = recordAnswer(missedTwo, key, true, later(start, 1));
    s = recordAnswer(s, key, true, later(start, 4));
    expect(s.items[key]!.step).toBe(2);
    s = recordAnswer(s, key, false, later(start, 11));
    expect(s.items[key]).toMatchObject({ step: 0, due: '2026-03-22' });
  });

  it('uses 1, 3 and 7 days', () => {
    expect(INTERVALS).toEqual([1, 3, 7]);
  });

  it('leaves the state alone for a question not in review', () => {
    expect(recordAnswer(missedTwo, 'earn-trust/nope', true, start)).toBe(missedTwo);
  });

  it('shows one question at a time, longest overdue first, then by lesson and id', () => {
    let s = addMissed(emptyReview(), 'when-its-hard', ['b', 'a'], start);
    s = addMissed(s, 'earn-trust', ['z'], later(start, 1));
    expect(dueQuestions(s, later(start, 5)).map((e) => e.key)).toEqual(['when-its-hard/a', 'when-its-hard/b', 'earn-trust/z']);
    expect(nextDue(s, later(start, 5))?.key).toBe('when-its-hard/a');
    // The same state always gives the same question.
    expect(nextDue(s, later(start, 5))?.key).toBe(nextDue(structuredClone(s), later(start, 5))?.key);
  });

  it('skips questions the site no longer has', () => {
    const known = (_lesson: string, question: string) => question !== 'first';
    expect(nextDue(missedTwo, later(start, 1), known)?.key).toBe('earn-trust/third');
  });

  it('says when the next question comes back, and counts due, waiting and learned', () => {
    const s = recordAnswer(missedTwo, key, true, later(start, 1));
    expect(nextReviewDay(s, later(start, 1))).toBe('2026-03-14');
    expect(reviewCounts(s, later(start, 1))).toEqual({ due: 1, waiting: 1, learned: 0 });
    expect(reviewCounts(emptyReview(), start)).toEqual({ due: 0, waiting: 0, learned: 0 });
    expect(nextReviewDay(emptyReview(), start)).toBeNull();
    const known = (_lesson: string, question: string) => question !== 'third';
    expect(reviewCounts(s, later(start, 1), known)).toEqual({ due: 0, waiting: 1, learned: 0 });
  });

  it("goes by the reader's calendar day, not 24 hours: a miss late at night is due the next morning", () => {
    const lateNight = at('2026-03-10', '23:30:00');
    const s = addMissed(emptyReview(), 'earn-trust', ['first'], lateNight);
    expect(nextDue(s, at('2026-03-11', '07:00:00'))?.key).toBe(key);
  });
});

const isShown = (s: ReviewState, now: Date) => dueQuestions(s, now).some((e) => e.key === key);

describe('mergeReview (two tabs)', () => {
  it('keeps every question either tab holds', () => {
    const a = addMissed(emptyReview(), 'earn-trust', ['first'], start);
    const b = addMissed(emptyReview(), 'grow-together', ['x'], start);
    expect(Object.keys(mergeReview(a, b).items).sort()).toEqual(['earn-trust/first', 'grow-together/x']);
  });

  it('keeps the entry changed later, whichever tab it is in', () => {
    const answered = recordAnswer(missedTwo, key, true, later(start, 1));
    expect(mergeReview(missedTwo, answered).items[key]!.step).toBe(1);
    expect(mergeReview(answered, missedTwo).items[key]!.step).toBe(1);
  });

  it('does not bring back a question another tab has learned', () => {
    let learned = missedTwo;
    for (const d of [1, 4, 11]) learned = recordAnswer(learned, key, true, later(start, d));
    expect(mergeReview(missedTwo, learned).items[key]!.step).toBe(LEARNED);
    expect(reviewCounts(mergeReview(missedTwo, learned), later(start, 30)).learned).toBe(1);
  });

  it("keeps the first state's entry when both changed at the same moment", () => {
    const a: ReviewState = { items: { [key]: { ...missedTwo.items[key]!, step: 1 } } };
    const b: ReviewState = { items: { [key]: { ...missedTwo.items[key]!, step: 2 } } };
    expect(mergeReview(a, b).items[key]!.step).toBe(1);
  });

  it('merges with an empty state into the same entries', () => {
    expect(mergeReview(emptyReview(), missedTwo)).toEqual(missedTwo);
    expect(mergeReview(missedTwo, emptyReview())).toEqual(missedTwo);
  });
});

describe('parseReview and migrateReview', () => {
  it('reads back what it saves, through JSON', () => {
    expect(parseReview(JSON.parse(JSON.stringify(missedTwo)))).toEqual(missedTwo);
    expect(migrateReview(JSON.parse(JSON.stringify(missedTwo)), 1)).toEqual(missedTwo);
    expect(parseReview(emptyReview())).toEqual({ items: {} });
  });

  it('drops fields it does not know', () => {
    const extra = { items: { [key]: { ...missedTwo.items[key]!, colour: 'red' } }, other: 1 };
    expect(parseReview(extra)).toEqual({ items: { [key]: missedTwo.items[key] } });
  });

  it('rebuilds keys from the entries, keeping the later entry where two claim one question', () => {
    const e = missedTwo.items[key]!;
    const newer = { ...e, step: 1, updated: '2026-03-12T10:00:00.000Z' };
    expect(parseReview({ items: { wrong: e, other: newer } })).toEqual({ items: { [key]: newer } });
  });

  it.each([
    ['not an object', 'hello'],
    ['no items', {}],
    ['a corrupt due date', { items: { [key]: { ...missedTwo.items[key], due: '2026-02-31' } } }],
    ['a due time instead of a day', { items: { [key]: { ...missedTwo.items[key], due: '2026-03-11T00:00:00Z' } } }],
    [
      'a missing due date',
      { items: { [key]: { lesson: 'earn-trust', question: 'first', step: 0, updated: start.toISOString() } } },
    ],
    ['an unreadable update time', { items: { [key]: { ...missedTwo.items[key], updated: 'yesterday' } } }],
    ['a step past learned', { items: { [key]: { ...missedTwo.items[key], step: LEARNED + 1 } } }],
    ['a fractional step', { items: { [key]: { ...missedTwo.items[key], step: 0.5 } } }],
    ['an empty lesson', { items: { [key]: { ...missedTwo.items[key], lesson: '' } } }],
  ])('refuses %s (the storage layer then sets the value aside)', (_name, data) => {
    expect(parseReview(data)).toBeNull();
  });

  it('refuses versions it cannot read: newer, zero, fractional', () => {
    expect(REVIEW_VERSION).toBe(1);
    expect(migrateReview(missedTwo, REVIEW_VERSION + 1)).toBeNull();
    expect(migrateReview(missedTwo, 0)).toBeNull();
    expect(migrateReview(missedTwo, 1.5)).toBeNull();
  });
});
