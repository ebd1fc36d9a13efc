import { describe, expect, it } from 'vitest';
import { describeEntry, nextItems, patchChecklist, tally, type ChecklistGroup } from '../../src/lib/checklist';
import { checklistSlot, type ChecklistState } from '../../src/lib/slots';

const item = (id: string) => ({ id, text: `Do ${id}`, section: `#${id}`, href: `/lessons/x/#${id}` });
const groups: ChecklistGroup[] = [
  { lesson: 'first', title: 'First lesson', items: [item('a'), item('b')] },
  { lesson: 'second', title: 'Second lesson', items: [item('c'), item('d'), item('e')] },
];
const allItems = groups.flatMap((g) => g.items);
const state = (items: ChecklistState['items']): ChecklistState => ({ items });

describe('tally', () => {
  it('counts done items and rounds the percentage', () => {
    expect(tally(allItems, state({ a: { done: true }, c: { done: true } }))).toEqual({ done: 2, total: 5, percent: 40 });
    expect(tally(allItems.slice(0, 3), state({ a: { done: true } }))).toEqual({ done: 1, total: 3, percent: 33 });
    expect(tally(allItems.slice(0, 3), state({ a: { done: true }, b: { done: true } }))).toEqual({
      done: 2,
      total: 3,
      percent: 67,
    });
  });

  it('ignores unticked entries and entries for items not in the list', () => {
    expect(tally(allItems, state({ a: { done: false, note: 'later' }, gone: { done: true } }))).toEqual({
      done: 0,
      total: 5,
      percent: 0,
    });
  });

  it('gives 0 percent for no items', () => {
    expect(tally([], state({ a: { done: true } }))).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it('gives 100 percent when everything is done', () => {
    expect(tally(allItems, state(Object.fromEntries(allItems.map((i) => [i.id, { done: true }]))))).toEqual({
      done: 5,
      total: 5,
      percent: 100,
    });
  });
});

describe('nextItems', () => {
  it('returns the first unticked items in lesson order, with their lesson', () => {
    const next = nextItems(groups, state({ a: { done: true }, c: { done: true } }));
    expect(next.map((i) => i.id)).toEqual(['b', 'd', 'e']);
    expect(next[0]).toEqual({ ...item('b'), lesson: 'first', lessonTitle: 'First lesson' });
    expect(next[1]).toMatchObject({ lesson: 'second', lessonTitle: 'Second lesson' });
  });

  it('respects n', () => {
    expect(nextItems(groups, state({}), 1).map((i) => i.id)).toEqual(['a']);
    expect(nextItems(groups, state({}), 4).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(nextItems(groups, state({}), 0)).toEqual([]);
    expect(nextItems(groups, state({}))).toHaveLength(3);
  });

  it('treats an entry with a note but not done as still to do', () => {
    expect(nextItems(groups, state({ a: { done: false, note: 'soon' } }), 1).map((i) => i.id)).toEqual(['a']);
  });

  it('returns nothing when all are done', () => {
    expect(nextItems(groups, state(Object.fromEntries(allItems.map((i) => [i.id, { done: true }]))))).toEqual([]);
  });
});

describe('describeEntry', () => {
  it('formats a date and a note', () => {
    expect(describeEntry({ date: '2026-03-12', note: 'told Sam about the vendor delay' })).toBe(
      'Done on 12 March 2026: told Sam about the vendor delay',
    );
  });
  it('formats a date alone', () => {
    expect(describeEntry({ date: '2026-01-01' })).toBe('Done on 1 January 2026');
  });
  it('gives a note alone, trimmed', () => {
    expect(describeEntry({ note: '  asked for feedback  ' })).toBe('asked for feedback');
  });
  it('gives nothing for no entry or an entry with neither', () => {
    expect(describeEntry(undefined)).toBe('');
    expect(describeEntry({})).toBe('');
    expect(describeEntry({ date: '', note: '' })).toBe('');
  });
  it('drops a date that cannot be read and keeps the note', () => {
    expect(describeEntry({ date: 'someday', note: 'talk to Sam' })).toBe('talk to Sam');
    expect(describeEntry({ date: 'someday' })).toBe('');
  });
});

describe('patchChecklist', () => {
  it('ticks a new item', () => {
    expect(patchChecklist(state({}), 'a', { done: true })).toEqual({ items: { a: { done: true } } });
  });

  it('removes an entry that becomes empty', () => {
    expect(patchChecklist(state({ a: { done: true }, b: { done: true } }), 'a', { done: false })).toEqual({
      items: { b: { done: true } },
    });
    expect(patchChecklist(state({ a: { done: false, note: 'x' } }), 'a', { note: undefined })).toEqual({ items: {} });
    expect(patchChecklist(state({ a: { done: false, date: '2026-03-12' } }), 'a', { date: '' })).toEqual({ items: {} });
  });

  it('keeps the date and note when an item is unticked', () => {
    const before = state({ a: { done: true, date: '2026-03-12', note: 'asked Sam' } });
    expect(patchChecklist(before, 'a', { done: false })).toEqual({
      items: { a: { done: false, date: '2026-03-12', note: 'asked Sam' } },
    });
  });

  it('adds a note to a ticked item and keeps the rest', () => {
    const before = state({ a: { done: true, date: '2026-03-12' } });
    expect(patchChecklist(before, 'a', { note: 'done early' })).toEqual({
      items: { a: { done: true, date: '2026-03-12', note: 'done early' } },
    });
  });

  it('drops fields patched to undefined instead of storing them', () => {
    const next = patchChecklist(state({ a: { done: true, date: '2026-03-12', note: 'x' } }), 'a', { date: undefined });
    expect(next.items.a).toEqual({ done: true, note: 'x' });
    expect('date' in next.items.a!).toBe(false);
  });

  it('does not mutate the state it was given, and its result is valid slot data', () => {
    const before = state({ a: { done: true, note: 'n' }, b: { done: true } });
    const snapshot = structuredClone(before);
    const next = patchChecklist(before, 'a', { done: false, date: '2026-03-12' });
    expect(before).toEqual(snapshot);
    expect(next).not.toBe(before);
    expect(checklistSlot.validate(JSON.parse(JSON.stringify(next)))).toEqual(next);
  });
});
