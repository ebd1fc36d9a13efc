import { describe, expect, it } from 'vitest';
import { byDateDesc, dropEntry, makeId, patchEntry, putEntry } from '../../src/lib/records';

describe('records keyed by id', () => {
  it('makes ids that differ for the same moment in two tabs', () => {
    const now = new Date(Date.UTC(2026, 2, 1));
    expect(makeId(now, () => 0.1)).not.toBe(makeId(now, () => 0.2));
    expect(makeId(now, () => 0)).toMatch(/^[a-z0-9]+-000000$/);
  });

  it('lists a record newest first, ids breaking same-day ties', () => {
    const list = byDateDesc({ a: { date: '2026-01-02' }, c: { date: '2026-01-01' }, b: { date: '2026-01-02' } });
    expect(list.map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('record entries', () => {
  const rec = { a: { n: 1, s: 'x' }, b: { n: 2, s: 'y' } };
  it('adds, patches and drops entries without touching the others or the original', () => {
    expect(putEntry(rec, 'c', { n: 3, s: 'z' })).toEqual({ ...rec, c: { n: 3, s: 'z' } });
    expect(patchEntry(rec, 'a', { s: 'new' })).toEqual({ a: { n: 1, s: 'new' }, b: rec.b });
    expect(dropEntry(rec, 'a')).toEqual({ b: rec.b });
    expect(rec.a.s).toBe('x');
  });
  it('leaves the record as it is when patching an entry that is gone', () => {
    expect(patchEntry(rec, 'zz', { s: 'new' })).toBe(rec);
  });
});
