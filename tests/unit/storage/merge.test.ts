// Two tabs saving the same slot: each save applies only what its tab changed (issue 12, failure 4).
import { describe, expect, it } from 'vitest';
import { mergeJson, sameJson } from '../../../src/lib/storage/merge';
import { assessmentSlot } from '../../../src/lib/storage/slots/assessment';
import { checklistSlot } from '../../../src/lib/storage/slots/checklist';
import { newSheet, worksheetSlot, type WorksheetState } from '../../../src/lib/storage/slots/worksheet';
import { SafeStorage, keyFor, readSlot, saveSlot } from '../../../src/lib/storage/store';
import { setAnswer } from '../../../src/lib/worksheet';
import { FakeStorage } from './fake-storage';

const T = new Date('2026-03-12T09:00:00.000Z');

describe('mergeJson', () => {
  it('takes the stored value where this tab changed nothing', () => {
    expect(mergeJson({ a: 1 }, { a: 1 }, { a: 2 })).toEqual({ value: { a: 2 }, conflicts: [] });
  });
  it("applies this tab's change, key by key, over another tab's", () => {
    expect(mergeJson({ a: 1, b: 1 }, { a: 5, b: 1 }, { a: 1, b: 9 }).value).toEqual({ a: 5, b: 9 });
  });
  it('keeps a deletion made here and an addition made there', () => {
    expect(mergeJson({ a: 1, b: 1 }, { b: 1 }, { a: 1, b: 1, c: 3 }).value).toEqual({ b: 1, c: 3 });
  });
  it('keeps the local value on a real conflict and names its path', () => {
    expect(mergeJson({ x: { y: 'old' } }, { x: { y: 'mine' } }, { x: { y: 'theirs' } })).toEqual({
      value: { x: { y: 'mine' } },
      conflicts: ['x/y'],
    });
  });
  it('does not call it a conflict when both made the same change', () => {
    expect(mergeJson({ a: 1 }, { a: 2 }, { a: 2 }).conflicts).toEqual([]);
  });
  it('merges listed arrays item by item', () => {
    const id = (x: unknown) => (x as { id: string }).id;
    const r = mergeJson(
      { l: [{ id: 'a', v: 1 }] },
      { l: [{ id: 'a', v: 2 }] },
      {
        l: [
          { id: 'a', v: 1 },
          { id: 'b', v: 1 },
        ],
      },
      { arrays: { l: id } },
    );
    expect(r.value).toEqual({
      l: [
        { id: 'a', v: 2 },
        { id: 'b', v: 1 },
      ],
    });
  });
  it('compares JSON by value, whatever the key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});

/** Two tabs of one browser: two SafeStorage wrappers over one storage. */
function twoTabs() {
  const fake = new FakeStorage();
  return { fake, tab1: new SafeStorage(() => fake), tab2: new SafeStorage(() => fake) };
}

describe('two tabs saving the same slot', () => {
  it('worksheet: an answer typed in each tab ends up in storage, and in each tab', () => {
    const { fake, tab1, tab2 } = twoTabs();
    const base1 = readSlot(tab1, worksheetSlot).data;
    const base2 = readSlot(tab2, worksheetSlot).data;
    const one = saveSlot(tab1, worksheetSlot, base1, setAnswer(base1, 'week', 'From tab one', T));
    const two = saveSlot(tab2, worksheetSlot, base2, setAnswer(base2, 'mix', 'From tab two', T));
    expect(one.written && two.written).toBe(true);
    const stored = JSON.parse(fake.map.get(keyFor('worksheet'))!).data as WorksheetState;
    expect(stored.sheets[0]!.answers).toEqual({ week: 'From tab one', mix: 'From tab two' });
    expect(two.value.sheets[0]!.answers).toEqual({ week: 'From tab one', mix: 'From tab two' });
    expect(two.conflicts).toEqual([]);
  });

  it("worksheet: the same answer changed in both keeps this tab's text and says so; edit times never conflict", () => {
    const { tab1, tab2 } = twoTabs();
    const base = readSlot(tab1, worksheetSlot).data;
    saveSlot(tab1, worksheetSlot, base, setAnswer(base, 'week', 'Tab one text', T));
    const r = saveSlot(tab2, worksheetSlot, base, setAnswer(base, 'week', 'Tab two text', new Date(T.getTime() + 5)));
    expect(r.value.sheets[0]!.answers.week).toBe('Tab two text');
    expect(r.conflicts).toEqual(['sheets/ws-first/answers/week']);
  });

  it('worksheet: a sheet added in one tab survives an edit in the other; the shown sheet stays per tab', () => {
    const { tab1, tab2 } = twoTabs();
    const base = readSlot(tab1, worksheetSlot).data;
    const added: WorksheetState = { activeId: 'ws-b', sheets: [...base.sheets, newSheet('Boss B', T, 'ws-b')] };
    saveSlot(tab1, worksheetSlot, base, added);
    const r = saveSlot(tab2, worksheetSlot, base, setAnswer(base, 'week', 'Still on A', T));
    expect(r.value.sheets.map((s) => s.id)).toEqual(['ws-first', 'ws-b']);
    expect(r.value.activeId).toBe('ws-first');
    expect(r.value.sheets[0]!.answers.week).toBe('Still on A');
  });

  it('checklist: ticks in two tabs are both kept', () => {
    const { fake, tab1, tab2 } = twoTabs();
    const base = readSlot(tab1, checklistSlot).data;
    saveSlot(tab1, checklistSlot, base, { items: { a: { done: true } }, kept: [] });
    saveSlot(tab2, checklistSlot, base, { items: { b: { done: true, note: 'asked' } }, kept: [] });
    expect(JSON.parse(fake.map.get(keyFor('checklist'))!).data).toEqual({
      items: { a: { done: true }, b: { done: true, note: 'asked' } },
      kept: [],
    });
  });

  it('assessment: ratings in two tabs are both kept, and so are attempts', () => {
    const { fake, tab1, tab2 } = twoTabs();
    const base = readSlot(tab1, assessmentSlot).data;
    saveSlot(tab1, assessmentSlot, base, {
      draft: { s1: 4 },
      attempts: [{ date: T.toISOString(), set: 's', answers: { s9: 1 } }],
    });
    saveSlot(tab2, assessmentSlot, base, {
      draft: { s2: 2 },
      attempts: [{ date: '2026-03-13T09:00:00.000Z', set: 's', answers: { s9: 5 } }],
    });
    const stored = JSON.parse(fake.map.get(keyFor('assessment'))!).data;
    expect(stored.draft).toEqual({ s1: 4, s2: 2 });
    expect(stored.attempts).toHaveLength(2);
  });
});
