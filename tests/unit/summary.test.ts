import { describe, expect, it } from 'vitest';
import { newSheet, type WorksheetState } from '../../src/lib/storage/slots/worksheet';
import { emptyOneOnOne } from '../../src/lib/toolkit/one-on-one';
import { type AssessmentState } from '../../src/lib/storage/slots/assessment';
import { type ChecklistState } from '../../src/lib/storage/slots/checklist';
import { type QuizRecord } from '../../src/lib/storage/slots/knowledge-checks';
import { summarize } from '../../src/lib/summary';

const date = '2026-03-12T12:00:00.000Z';
const quiz = (passed: boolean): QuizRecord => ({
  best: 3,
  total: 4,
  passed,
  attempts: 1,
  last: { date, score: 3, total: 4, answers: {} },
});
const sheets = (...list: [string, Record<string, string>][]): WorksheetState => ({
  activeId: 'ws-0',
  sheets: list.map(([name, answers], i) => ({ ...newSheet(name, new Date(date), `ws-${i}`), answers })),
});

describe('summarize progress', () => {
  it('counts lessons read, singular and plural', () => {
    expect(summarize('progress', { read: {} })).toBe('0 lessons marked as read');
    expect(summarize('progress', { read: { a: date } })).toBe('1 lesson marked as read');
    expect(summarize('progress', { read: { a: date, b: date, c: date } })).toBe('3 lessons marked as read');
  });
});

describe('summarize checklist', () => {
  const s = (items: ChecklistState['items']): ChecklistState => ({ items, kept: [] });
  it('counts ticked items only', () => {
    expect(summarize('checklist', s({}))).toBe('0 items ticked');
    expect(summarize('checklist', s({ a: { done: true }, b: { done: false } }))).toBe('1 item ticked');
    expect(summarize('checklist', s({ a: { done: true }, b: { done: true } }))).toBe('2 items ticked');
  });
  it('adds dates and notes, on ticked and unticked items alike', () => {
    expect(summarize('checklist', s({ a: { done: true, date: '2026-03-12' } }))).toBe('1 item ticked, 1 date or note');
    expect(
      summarize('checklist', s({ a: { done: true, note: 'x', date: '2026-03-12' }, b: { done: false, note: 'later' } })),
    ).toBe('1 item ticked, 2 dates or notes');
    expect(summarize('checklist', s({ a: { done: false, note: '' } }))).toBe('0 items ticked');
  });
});

describe('summarize quizzes', () => {
  it('counts checks taken and passed', () => {
    expect(summarize('quizzes', {})).toBe('0 knowledge checks taken, 0 passed');
    expect(summarize('quizzes', { a: quiz(true) })).toBe('1 knowledge check taken, 1 passed');
    expect(summarize('quizzes', { a: quiz(true), b: quiz(false), c: quiz(true) })).toBe('3 knowledge checks taken, 2 passed');
  });
});

describe('summarize assessment', () => {
  const s = (attempts: number, draft: Record<string, number>): AssessmentState => ({
    draft,
    attempts: Array.from({ length: attempts }, () => ({ date, set: 's', answers: { a: 3 } })),
  });
  it('counts completed attempts and mentions a draft only when there is one', () => {
    expect(summarize('assessment', s(0, {}))).toBe('0 completed attempts');
    expect(summarize('assessment', s(1, {}))).toBe('1 completed attempt');
    expect(summarize('assessment', s(2, {}))).toBe('2 completed attempts');
    expect(summarize('assessment', s(1, { a: 2 }))).toBe('1 completed attempt, one in progress (1 answer)');
    expect(summarize('assessment', s(0, { a: 2, b: 5, c: 1 }))).toBe('0 completed attempts, one in progress (3 answers)');
  });
  it('counts answers kept unfinished when the statements changed apart from completed attempts', () => {
    const kept = { ...s(1, { a: 2 }) };
    kept.attempts.push({ date, set: '2026-11', answers: { b: 4 }, unfinished: true });
    expect(summarize('assessment', kept)).toBe(
      '1 completed attempt, 1 unfinished attempt kept from earlier statements, one in progress (1 answer)',
    );
  });
});

describe('summarize worksheet', () => {
  it('names the worksheets and counts non-blank answers across all of them', () => {
    expect(summarize('worksheet', sheets(['My current boss', {}]))).toBe('1 worksheet (My current boss), 0 answers');
    expect(summarize('worksheet', sheets(['My current boss', { a: 'x', b: '   ' }]))).toBe(
      '1 worksheet (My current boss), 1 answer',
    );
    expect(summarize('worksheet', sheets(['Alex', { a: 'x', b: 'y' }], ['Jordan', { a: 'z', c: '\n' }]))).toBe(
      '2 worksheets (Alex, Jordan), 3 answers',
    );
  });

  it('counts the fields two tabs changed at once, whose other version is kept (issue 21)', () => {
    const held = { ...sheets(['Alex', { a: 'x' }]), otherVersions: { 'sheets/ws-0/answers/a': ['y'] } };
    expect(summarize('worksheet', held)).toBe('1 worksheet (Alex), 1 answer; 1 field with two versions to choose from');
    expect(
      summarize('one-on-one', { ...emptyOneOnOne(), otherVersions: { 'next/progress': ['a'], 'next/risks': ['b'] } }),
    ).toMatch(/; 2 fields with two versions to choose from$/);
  });
});

describe('summarize unknown slot', () => {
  it('falls back to a generic description', () => {
    expect(summarize('something-else', { anything: 1 })).toBe('saved data');
  });
});
