import { describe, expect, it } from 'vitest';
import { ALL_SLOTS } from '../../../src/lib/storage/registry';
import { assessmentSlot } from '../../../src/lib/storage/slots/assessment';
import { checklistSlot } from '../../../src/lib/storage/slots/checklist';
import { newSheet, worksheetSlot } from '../../../src/lib/storage/slots/worksheet';
import { progressSlot } from '../../../src/lib/storage/slots/progress';
import { knowledgeCheckSlot, type QuizRecord } from '../../../src/lib/storage/slots/knowledge-checks';
import { decode, encode } from '../../../src/lib/storage/store';

const DATE = '2026-03-12T09:00:00.000Z';
const quizRecord = (): QuizRecord => ({
  best: 3,
  total: 4,
  passed: true,
  attempts: 2,
  last: { date: DATE, score: 3, total: 4, answers: { q1: 0, q2: 2 } },
});

describe('every slot', () => {
  it('has a unique name and a label', () => {
    const names = ALL_SLOTS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of ALL_SLOTS) expect(s.label.length).toBeGreaterThan(0);
  });

  it.each(ALL_SLOTS.map((s) => [s.name, s] as const))('%s accepts its own empty value and round-trips it', (_name, slot) => {
    const empty = slot.empty();
    expect(slot.validate(empty)).toEqual(empty);
    expect(decode(slot, encode(slot, empty))).toMatchObject({ status: 'ok', data: empty });
  });

  it.each(ALL_SLOTS.map((s) => [s.name, s] as const))('%s rejects non-objects', (_name, slot) => {
    for (const bad of [null, undefined, 42, 'text', [], true]) expect(slot.validate(bad)).toBeNull();
  });

  it('empty() returns a fresh value each time', () => {
    for (const slot of ALL_SLOTS) {
      expect(slot.empty()).not.toBe(slot.empty());
    }
  });
});

describe('progressSlot', () => {
  it('accepts lesson slugs mapped to dates', () => {
    expect(progressSlot.validate({ read: { 'earn-trust': DATE } })).toEqual({ read: { 'earn-trust': DATE } });
  });
  it('rejects a missing read map or a value that is not a date', () => {
    expect(progressSlot.validate({})).toBeNull();
    expect(progressSlot.validate({ read: { 'earn-trust': true } })).toBeNull();
    expect(progressSlot.validate({ read: { 'earn-trust': 'yesterday-ish' } })).toBeNull();
    expect(progressSlot.validate({ read: [DATE] })).toBeNull();
  });
});

describe('quizSlot', () => {
  it('accepts a well-formed record', () => {
    expect(knowledgeCheckSlot.validate({ 'earn-trust': quizRecord() })).toEqual({ 'earn-trust': quizRecord() });
  });
  it('rejects a record missing last', () => {
    const { last: _last, ...noLast } = quizRecord();
    expect(knowledgeCheckSlot.validate({ 'earn-trust': noLast })).toBeNull();
  });
  it('rejects wrong field types and out-of-range numbers', () => {
    expect(knowledgeCheckSlot.validate({ x: { ...quizRecord(), passed: 'yes' } })).toBeNull();
    expect(knowledgeCheckSlot.validate({ x: { ...quizRecord(), best: -1 } })).toBeNull();
    expect(knowledgeCheckSlot.validate({ x: { ...quizRecord(), attempts: 0 } })).toBeNull();
    expect(knowledgeCheckSlot.validate({ x: { ...quizRecord(), total: 0 } })).toBeNull();
    expect(knowledgeCheckSlot.validate({ x: { ...quizRecord(), best: 1.5 } })).toBeNull();
    expect(knowledgeCheckSlot.validate({ x: { ...quizRecord(), last: { ...quizRecord().last, date: 'never' } } })).toBeNull();
    expect(
      knowledgeCheckSlot.validate({ x: { ...quizRecord(), last: { ...quizRecord().last, answers: { q1: 'a' } } } }),
    ).toBeNull();
    expect(
      knowledgeCheckSlot.validate({ x: { ...quizRecord(), last: { ...quizRecord().last, answers: { q1: -1 } } } }),
    ).toBeNull();
  });
  it('rejects the whole map when one record is bad', () => {
    expect(knowledgeCheckSlot.validate({ good: quizRecord(), bad: { ...quizRecord(), best: 'x' } })).toBeNull();
  });
});

describe('assessmentSlot', () => {
  const attempt = { date: DATE, set: '2026-11', answers: { s1: 3, s2: 0 }, score: { overall: 50, areas: { a: 50, b: null } } };
  it('accepts answers 0..5 (0 is "Hasn\'t come up") in the draft and in attempts, with a set and an optional score', () => {
    const state = { draft: { s1: 1, s2: 5, s3: 0 }, attempts: [attempt, { date: DATE, set: 'v1', answers: { s1: 3 } }] };
    expect(assessmentSlot.validate(state)).toEqual(state);
  });
  it('rejects a rating of 6 or a fraction, in the draft or an attempt', () => {
    expect(assessmentSlot.validate({ draft: { s1: 6 }, attempts: [] })).toBeNull();
    expect(assessmentSlot.validate({ draft: { s1: -1 }, attempts: [] })).toBeNull();
    expect(assessmentSlot.validate({ draft: {}, attempts: [{ ...attempt, answers: { s1: 6 } }] })).toBeNull();
    expect(assessmentSlot.validate({ draft: { s1: 2.5 }, attempts: [] })).toBeNull();
  });
  it('rejects attempts that are not a list, lack a date or a set, or carry a malformed score', () => {
    expect(assessmentSlot.validate({ draft: {}, attempts: {} })).toBeNull();
    expect(assessmentSlot.validate({ draft: {}, attempts: [{ answers: {}, set: 'v1' }] })).toBeNull();
    expect(assessmentSlot.validate({ draft: {}, attempts: [{ date: DATE, answers: {} }] })).toBeNull();
    expect(assessmentSlot.validate({ draft: {}, attempts: [{ ...attempt, score: { overall: 101, areas: {} } }] })).toBeNull();
    expect(assessmentSlot.validate({ attempts: [] })).toBeNull();
  });
  it('reads version-1 data through its migration (the cases are in assessment.test.ts)', () => {
    const v1 = JSON.stringify({
      version: 1,
      data: { draft: { s1: 2 }, attempts: [{ date: DATE, answers: { 'co-channel': 4 } }] },
    });
    const r = decode(assessmentSlot, v1);
    expect(r.status).toBe('migrated');
    expect(r.data).toEqual({ draft: { s1: 2 }, attempts: [{ date: DATE, set: 'v1', answers: { 'co-channel': 4 } }] });
  });
});

describe('checklistSlot', () => {
  it('accepts entries with optional date and note, and kept entries of removed items', () => {
    const state = {
      items: { a: { done: true }, b: { done: false, date: '2026-03-12', note: 'asked Sam' } },
      kept: [{ id: 'old', text: 'An old item', done: true, note: 'kept' }],
    };
    expect(checklistSlot.validate(state)).toEqual(state);
  });
  it('rejects an entry with done: "yes"', () => {
    expect(checklistSlot.validate({ items: { a: { done: 'yes' } }, kept: [] })).toBeNull();
  });
  it('rejects entries with non-string date or note, a missing items map, and a malformed kept list', () => {
    expect(checklistSlot.validate({ items: { a: { done: true, date: 20260312 } }, kept: [] })).toBeNull();
    expect(checklistSlot.validate({ items: { a: { done: true, note: null } }, kept: [] })).toBeNull();
    expect(checklistSlot.validate({ items: { a: true }, kept: [] })).toBeNull();
    expect(checklistSlot.validate({ kept: [] })).toBeNull();
    expect(checklistSlot.validate({ items: {} })).toBeNull();
    expect(checklistSlot.validate({ items: {}, kept: [{ id: 'x', done: true }] })).toBeNull();
  });
  it('reads version-1 data through its migration (the cases are in checklist.test.ts)', () => {
    const r = decode(checklistSlot, JSON.stringify({ version: 1, data: { items: { 'bad-news-with-plan': { done: true } } } }));
    expect(r.status).toBe('migrated');
    expect(r.data).toEqual({ items: { 'bad-news-with-plan': { done: true } }, kept: [] });
  });
});

describe('worksheetSlot', () => {
  const sheet = (id: string, name = id) => ({ ...newSheet(name, new Date(DATE), id), answers: { p1: 'text' } });

  it('empty() holds one sheet named "My current boss", which is active', () => {
    const empty = worksheetSlot.empty();
    expect(empty.sheets).toHaveLength(1);
    expect(empty.sheets[0]!.name).toBe('My current boss');
    expect(empty.activeId).toBe(empty.sheets[0]!.id);
  });

  it('newSheet builds a sheet with the given name, time and id', () => {
    expect(newSheet('Old boss', new Date(DATE), 'ws-x')).toEqual({
      id: 'ws-x',
      name: 'Old boss',
      createdAt: DATE,
      updatedAt: DATE,
      answers: {},
    });
    expect(newSheet('A', new Date(DATE)).id).toBe(`ws-${new Date(DATE).getTime().toString(36)}`);
  });

  it('accepts several sheets and keeps a known activeId', () => {
    const state = { activeId: 'b', sheets: [sheet('a'), sheet('b')] };
    expect(worksheetSlot.validate(state)).toEqual(state);
  });

  it('falls back to the first sheet when activeId is unknown', () => {
    expect(worksheetSlot.validate({ activeId: 'gone', sheets: [sheet('a'), sheet('b')] })?.activeId).toBe('a');
  });

  it('rejects no sheets, a bad sheet, or a non-string activeId', () => {
    expect(worksheetSlot.validate({ activeId: 'a', sheets: [] })).toBeNull();
    expect(worksheetSlot.validate({ activeId: 'a', sheets: [{ ...sheet('a'), answers: { p1: 3 } }] })).toBeNull();
    expect(worksheetSlot.validate({ activeId: 'a', sheets: [{ ...sheet('a'), createdAt: 'soon' }] })).toBeNull();
    expect(worksheetSlot.validate({ activeId: 1, sheets: [sheet('a')] })).toBeNull();
  });

  it('migrates version-1 data (one worksheet) to one sheet named "My current boss"', () => {
    const raw = JSON.stringify({
      version: 1,
      savedAt: DATE,
      data: { answers: { p1: 'Prefers email', p2: '4' }, updatedAt: '2026-02-01T08:00:00.000Z' },
    });
    const r = decode(worksheetSlot, raw);
    expect(r.status).toBe('migrated');
    expect(r.foundVersion).toBe(1);
    expect(r.data.sheets).toHaveLength(1);
    const [only] = r.data.sheets;
    expect(only).toMatchObject({
      name: 'My current boss',
      answers: { p1: 'Prefers email', p2: '4' },
      updatedAt: '2026-02-01T08:00:00.000Z',
      createdAt: '2026-02-01T08:00:00.000Z',
    });
    expect(r.data.activeId).toBe(only!.id);
  });

  it('migrates version-1 data without a usable updatedAt, using the epoch', () => {
    const r = decode(worksheetSlot, JSON.stringify({ version: 1, data: { answers: {} } }));
    expect(r.status).toBe('migrated');
    expect(r.data.sheets[0]!.updatedAt).toBe(new Date(0).toISOString());
  });

  it('reports damaged version-1 data as invalid', () => {
    expect(decode(worksheetSlot, JSON.stringify({ version: 1, data: { answers: { p1: 7 } } })).status).toBe('invalid');
    expect(decode(worksheetSlot, JSON.stringify({ version: 1, data: 'text' })).status).toBe('invalid');
  });

  it('does not guess at bare data with no envelope', () => {
    expect(decode(worksheetSlot, JSON.stringify({ answers: { p1: 'x' } })).status).toBe('invalid');
  });
});

describe('validators rebuild values from known fields (issue 12, failures 2 and 6)', () => {
  it('drops unknown fields at every level', () => {
    const sheet = { ...newSheet('A', new Date(DATE), 'ws-a'), junk: 'x'.repeat(1000) };
    const w = worksheetSlot.validate({ activeId: 'ws-a', sheets: [sheet], extra: 1 })!;
    expect(JSON.stringify(w)).not.toContain('junk');
    expect(Object.keys(w)).toEqual(['activeId', 'sheets']);
    const c = checklistSlot.validate({
      items: { a: { done: true, evil: '<script>' } },
      kept: [{ id: 'k', text: 'Old item', done: true, junk: 1 }],
      more: 1,
    })!;
    expect(c).toEqual({ items: { a: { done: true } }, kept: [{ id: 'k', text: 'Old item', done: true }] });
    const a = assessmentSlot.validate({
      draft: {},
      attempts: [{ date: DATE, set: 's', answers: {}, score: { overall: 50, areas: {}, junk: 2 }, junk: 1 }],
    })!;
    expect(a.attempts).toEqual([{ date: DATE, set: 's', answers: {}, score: { overall: 50, areas: {} } }]);
    const q = knowledgeCheckSlot.validate({ x: { ...quizRecord(), junk: 1, last: { ...quizRecord().last, junk: 2 } } })!;
    expect(q).toEqual({ x: quizRecord() });
  });

  it('gives worksheets that share an id ids of their own', () => {
    const a = { ...newSheet('Boss A', new Date(DATE), 'ws-same'), answers: { week: 'A' } };
    const b = { ...newSheet('Boss B', new Date(DATE), 'ws-same'), answers: { week: 'B' } };
    const c = { ...newSheet('Boss C', new Date(DATE), 'ws-same-2'), answers: {} };
    const w = worksheetSlot.validate({ activeId: 'ws-same', sheets: [a, b, c] })!;
    const ids = w.sheets.map((s) => s.id);
    expect(new Set(ids).size).toBe(3);
    expect(w.sheets.map((s) => [s.name, s.answers.week])).toEqual([
      ['Boss A', 'A'],
      ['Boss B', 'B'],
      ['Boss C', undefined],
    ]);
    expect(w.activeId).toBe(ids[0]);
  });
});
