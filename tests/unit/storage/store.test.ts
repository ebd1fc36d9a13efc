import { describe, expect, it, vi } from 'vitest';
import {
  SafeStorage,
  asideKeyFor,
  decode,
  decodeValue,
  encode,
  isAsideKey,
  isQuotaError,
  keepAsidesOnce,
  keyFor,
  parseAsideKey,
  readSlot,
  saveSlot,
  writeSlot,
  type Slot,
} from '../../../src/lib/storage/store';
import { FakeStorage, quotaError, securityError } from './fake-storage';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Counter {
  count: number;
}
/** Version 1, no migrations. */
const counterSlot: Slot<Counter> = {
  name: 'counter',
  label: 'your counter',
  version: 1,
  empty: () => ({ count: 0 }),
  validate: (d) => (isRecord(d) && Number.isInteger(d.count) ? { count: d.count as number } : null),
};

interface Stepped {
  value: number;
  steps: string[];
}
/** Version 3; v0 is a bare number. Each migration records itself, so the order is visible. */
const steppedSlot: Slot<Stepped> = {
  name: 'stepped',
  label: 'your stepped data',
  version: 3,
  empty: () => ({ value: 0, steps: [] }),
  validate: (d) =>
    isRecord(d) && typeof d.value === 'number' && Array.isArray(d.steps) && d.steps.every((s) => typeof s === 'string')
      ? { value: d.value, steps: d.steps }
      : null,
  migrations: {
    0: (n) => {
      if (typeof n !== 'number') throw new Error('not a number');
      return { value: n, steps: ['0->1'] };
    },
    1: (d) => ({ ...(d as object), steps: [...((d as { steps?: string[] }).steps ?? []), '1->2'] }),
    2: (d) => ({ ...(d as object), steps: [...(d as { steps: string[] }).steps, '2->3'] }),
  },
};

const envelope = (version: number, data: unknown) => JSON.stringify({ version, savedAt: '2026-01-01T00:00:00.000Z', data });
const T0 = new Date('2026-03-01T10:00:00.000Z');
const T1 = new Date('2026-03-02T11:30:00.000Z');

describe('keys', () => {
  it('namespaces slot keys and aside keys', () => {
    expect(keyFor('progress')).toBe('managing-up:progress');
    expect(asideKeyFor('progress', T0)).toBe('managing-up:progress:aside:2026-03-01T10:00:00.000Z');
    expect(isAsideKey(asideKeyFor('progress', T0))).toBe(true);
    expect(isAsideKey('managing-up:progress')).toBe(false);
    expect(isAsideKey('other-site:progress:aside:x')).toBe(false);
  });
});

describe('encode / decode', () => {
  it('round-trips data through an envelope with the slot version and save time', () => {
    const raw = encode(counterSlot, { count: 4 }, T0);
    expect(JSON.parse(raw)).toEqual({ version: 1, savedAt: T0.toISOString(), data: { count: 4 } });
    expect(decode(counterSlot, raw)).toEqual({ status: 'ok', data: { count: 4 }, foundVersion: 1 });
  });

  it('treats null, undefined and the empty string as empty', () => {
    for (const raw of [null, undefined, '']) {
      expect(decode(counterSlot, raw)).toEqual({ status: 'empty', data: { count: 0 } });
    }
  });

  it('reports corrupt JSON as corrupt, with empty data', () => {
    expect(decode(counterSlot, '{"version":1,"data":')).toEqual({ status: 'corrupt', data: { count: 0 } });
    expect(decode(counterSlot, 'not json at all').status).toBe('corrupt');
  });

  it('reports valid JSON of the wrong shape as invalid, with empty data', () => {
    const r = decode(counterSlot, envelope(1, { count: 'four' }));
    expect(r).toEqual({ status: 'invalid', data: { count: 0 }, foundVersion: 1 });
    expect(decode(counterSlot, envelope(1, null)).status).toBe('invalid');
    expect(decode(counterSlot, '[1,2,3]').status).toBe('invalid');
  });

  it('reports an envelope from a newer version as newer, without trying to read it', () => {
    const validate = vi.fn(counterSlot.validate);
    const r = decode({ ...counterSlot, validate }, envelope(2, { count: 9 }));
    expect(r).toEqual({ status: 'newer', data: { count: 0 }, foundVersion: 2 });
    expect(validate).not.toHaveBeenCalled();
  });

  it('does not accept bare data (version 0) when the slot has no migration from 0', () => {
    // Valid-looking data, but saved without an envelope: there is no way to know its version.
    expect(decode(counterSlot, JSON.stringify({ count: 3 }))).toEqual({ status: 'invalid', data: { count: 0 }, foundVersion: 0 });
  });

  it('migrates bare data (version 0) through every step when a migration from 0 exists', () => {
    expect(decode(steppedSlot, '7')).toEqual({
      status: 'migrated',
      data: { value: 7, steps: ['0->1', '1->2', '2->3'] },
      foundVersion: 0,
    });
  });

  it('applies migrations in sequence from the version found', () => {
    expect(decode(steppedSlot, envelope(1, { value: 5 }))).toEqual({
      status: 'migrated',
      data: { value: 5, steps: ['1->2', '2->3'] },
      foundVersion: 1,
    });
    expect(decode(steppedSlot, envelope(2, { value: 5, steps: ['old'] }))).toEqual({
      status: 'migrated',
      data: { value: 5, steps: ['old', '2->3'] },
      foundVersion: 2,
    });
    expect(decode(steppedSlot, envelope(3, { value: 5, steps: [] }))).toEqual({
      status: 'ok',
      data: { value: 5, steps: [] },
      foundVersion: 3,
    });
  });

  it("tells each migration step when the envelope says the data was saved, and nothing when it doesn't say", () => {
    const seen: unknown[] = [];
    const spy: Slot<Stepped> = {
      ...steppedSlot,
      migrations: {
        0: steppedSlot.migrations![0]!,
        1: (d, saved) => (seen.push(saved), steppedSlot.migrations![1]!(d, saved)),
        2: (d, saved) => (seen.push(saved), steppedSlot.migrations![2]!(d, saved)),
      },
    };
    decode(spy, JSON.stringify({ version: 1, savedAt: '2026-11-20T08:15:00+01:00', data: { value: 1 } }));
    expect(seen).toEqual([{ savedAt: '2026-11-20T07:15:00.000Z' }, { savedAt: '2026-11-20T07:15:00.000Z' }]);
    seen.length = 0;
    decodeValue(spy, { version: 2, data: { value: 1, steps: [] } });
    decode(spy, JSON.stringify({ version: 2, savedAt: 'yesterday', data: { value: 1, steps: [] } }));
    expect(seen).toEqual([{}, {}]);
  });

  it('reports invalid when a migration throws', () => {
    expect(decode(steppedSlot, '"seven"')).toEqual({ status: 'invalid', data: { value: 0, steps: [] }, foundVersion: 0 });
  });

  it('reports invalid when a migration step is missing', () => {
    const gap: Slot<Stepped> = { ...steppedSlot, migrations: { 0: steppedSlot.migrations![0]!, 2: steppedSlot.migrations![2]! } };
    expect(decode(gap, '7').status).toBe('invalid');
    expect(decode(gap, envelope(2, { value: 1, steps: [] })).status).toBe('migrated');
  });

  it('reports invalid when a migration produces data the validator rejects', () => {
    const bad: Slot<Stepped> = { ...steppedSlot, migrations: { ...steppedSlot.migrations, 2: () => ({ value: 'x' }) } };
    expect(decode(bad, envelope(2, { value: 1, steps: [] })).status).toBe('invalid');
  });

  it('decodeValue reads an already-parsed value the same way', () => {
    expect(decodeValue(counterSlot, { version: 1, data: { count: 2 } })).toEqual({
      status: 'ok',
      data: { count: 2 },
      foundVersion: 1,
    });
    expect(decodeValue(counterSlot, { version: 5, data: {} }).status).toBe('newer');
  });
});

describe('SafeStorage', () => {
  it('reads and writes through to the real storage when it works', () => {
    const fake = new FakeStorage({ 'managing-up:a': 'x' });
    const s = new SafeStorage(() => fake);
    expect(s.problems).toEqual([]);
    expect(s.persistent).toBe(true);
    expect(s.getItem('managing-up:a')).toBe('x');
    expect(s.setItem('managing-up:b', 'y')).toBe(true);
    expect(fake.map.get('managing-up:b')).toBe('y');
    s.removeItem('managing-up:a');
    expect(fake.map.has('managing-up:a')).toBe(false);
    expect(s.getItem('managing-up:a')).toBeNull();
    // The probe written on construction is cleaned up.
    expect(fake.map.has('managing-up:probe')).toBe(false);
    expect(s.persistent).toBe(true);
  });

  it('keeps a value in memory when setItem hits the quota, and reports quota once', () => {
    const fake = new FakeStorage();
    const s = new SafeStorage(() => fake);
    const listener = vi.fn();
    s.onProblem(listener);
    fake.mode = 'quota';

    expect(s.setItem('managing-up:a', 'one')).toBe(false);
    expect(s.getItem('managing-up:a')).toBe('one');
    expect(fake.map.has('managing-up:a')).toBe(false);
    expect(s.persistent).toBe(false);

    expect(s.setItem('managing-up:b', 'two')).toBe(false);
    expect(s.getItem('managing-up:b')).toBe('two');
    expect(s.problems).toEqual([{ kind: 'quota' }]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ kind: 'quota' });
  });

  it('writes through again once the quota frees up', () => {
    const fake = new FakeStorage();
    const s = new SafeStorage(() => fake);
    fake.mode = 'quota';
    s.setItem('managing-up:a', 'one');
    fake.mode = 'ok';
    expect(s.setItem('managing-up:a', 'two')).toBe(true);
    expect(fake.map.get('managing-up:a')).toBe('two');
    expect(s.getItem('managing-up:a')).toBe('two');
    expect(s.persistent).toBe(true);
  });

  // Issue 12, point 8: the quota notice stayed after saves succeeded again.
  it('takes back the quota problem once every value reached storage again', () => {
    const fake = new FakeStorage();
    const s = new SafeStorage(() => fake);
    const seen: number[] = [];
    s.onProblem(() => seen.push(s.problems.length));
    fake.mode = 'quota';
    s.setItem('managing-up:a', 'one');
    expect(s.problems.map((p) => p.kind)).toEqual(['quota']);
    fake.mode = 'ok';
    s.setItem('managing-up:a', 'two');
    expect(s.problems).toEqual([]);
    expect(seen).toEqual([1, 0]);
  });

  it('works in memory and reports unavailable when opening storage throws', () => {
    const s = new SafeStorage(() => {
      throw securityError();
    });
    expect(s.problems).toEqual([{ kind: 'unavailable' }]);
    expect(s.persistent).toBe(false);
    expect(s.getItem('managing-up:a')).toBeNull();
    expect(s.setItem('managing-up:a', 'v')).toBe(false);
    expect(s.getItem('managing-up:a')).toBe('v');
    expect(s.keys()).toEqual(['managing-up:a']);
    s.removeItem('managing-up:a');
    expect(s.getItem('managing-up:a')).toBeNull();
    expect(s.problems).toHaveLength(1);
  });

  it('works in memory and reports unavailable when the probe throws (blocked storage)', () => {
    const fake = new FakeStorage({ 'managing-up:a': 'saved' }, 'disabled');
    const s = new SafeStorage(() => fake);
    expect(s.problems).toEqual([{ kind: 'unavailable' }]);
    expect(s.persistent).toBe(false);
    const callsAfterProbe = fake.calls.length;
    expect(s.setItem('managing-up:b', 'v')).toBe(false);
    expect(s.getItem('managing-up:b')).toBe('v');
    // Once known to be broken, the real storage is not touched again.
    expect(fake.calls.length).toBe(callsAfterProbe);
  });

  it('reports unavailable when there is no storage at all', () => {
    const s = new SafeStorage(() => null);
    expect(s.problems).toEqual([{ kind: 'unavailable' }]);
    expect(s.setItem('managing-up:a', 'v')).toBe(false);
    expect(s.getItem('managing-up:a')).toBe('v');
  });

  it('still reads saved data when the storage is already full at startup', () => {
    // A full storage fails the probe write with a quota error, but what it holds is still readable.
    const fake = new FakeStorage({ 'managing-up:a': 'saved' }, 'quota');
    const s = new SafeStorage(() => fake);
    expect(s.problems).toEqual([{ kind: 'quota' }]);
    expect(s.getItem('managing-up:a')).toBe('saved');
    expect(s.setItem('managing-up:b', 'new')).toBe(false);
    expect(s.getItem('managing-up:b')).toBe('new');
    expect(s.keys()).toEqual(['managing-up:a', 'managing-up:b']);
    expect(s.persistent).toBe(false);
    expect(s.problems).toHaveLength(1);
  });

  it('switches to memory and reports it when getItem starts throwing later', () => {
    const fake = new FakeStorage({ 'managing-up:a': 'saved' });
    const s = new SafeStorage(() => fake);
    const listener = vi.fn();
    s.onProblem(listener);
    expect(s.getItem('managing-up:a')).toBe('saved');

    fake.mode = 'disabled';
    expect(s.getItem('managing-up:a')).toBeNull();
    expect(s.problems).toEqual([{ kind: 'unavailable' }]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(s.persistent).toBe(false);

    expect(s.setItem('managing-up:a', 'new')).toBe(false);
    expect(s.getItem('managing-up:a')).toBe('new');
    expect(s.problems).toHaveLength(1);
  });

  it('reports unavailable (not quota) when setItem throws some other error', () => {
    const fake = new FakeStorage();
    const s = new SafeStorage(() => fake);
    fake.mode = 'disabled';
    expect(s.setItem('managing-up:a', 'v')).toBe(false);
    expect(s.getItem('managing-up:a')).toBe('v');
    expect(s.problems.map((p) => p.kind)).toEqual(['unavailable']);
  });

  it('lists only keys of the site namespace, from storage and the memory overlay, sorted', () => {
    const fake = new FakeStorage({ 'managing-up:z': '1', 'other-app:x': '2', 'managing-upx': '3', 'managing-up:a': '4' });
    const s = new SafeStorage(() => fake);
    fake.mode = 'quota';
    s.setItem('managing-up:m', '5');
    s.setItem('not-ours', '6');
    expect(s.keys()).toEqual(['managing-up:a', 'managing-up:m', 'managing-up:z']);
  });

  it('unsubscribes a problem listener', () => {
    const fake = new FakeStorage();
    const s = new SafeStorage(() => fake);
    const listener = vi.fn();
    const off = s.onProblem(listener);
    off();
    fake.mode = 'quota';
    s.setItem('managing-up:a', 'v');
    expect(listener).not.toHaveBeenCalled();
    expect(s.problems).toHaveLength(1);
  });
});

describe('isQuotaError', () => {
  it('recognises the quota errors browsers throw, and nothing else', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError({ code: 1014 })).toBe(true);
    expect(isQuotaError(securityError())).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});

describe('readSlot / writeSlot', () => {
  const key = keyFor('counter');

  it('round-trips a slot through writeSlot and readSlot', () => {
    const fake = new FakeStorage();
    const s = new SafeStorage(() => fake);
    expect(writeSlot(s, counterSlot, { count: 12 }, T0)).toBe(true);
    expect(JSON.parse(fake.map.get(key)!)).toEqual({ version: 1, savedAt: T0.toISOString(), data: { count: 12 } });
    expect(readSlot(s, counterSlot)).toEqual({ status: 'ok', data: { count: 12 }, foundVersion: 1 });
    expect(s.problems).toEqual([]);
  });

  it('round-trips in memory when the write hits the quota', () => {
    const fake = new FakeStorage();
    const s = new SafeStorage(() => fake);
    fake.mode = 'quota';
    expect(writeSlot(s, counterSlot, { count: 3 })).toBe(false);
    expect(readSlot(s, counterSlot).data).toEqual({ count: 3 });
  });

  it('reads an empty slot as empty, without problems or aside copies', () => {
    const fake = new FakeStorage();
    const s = new SafeStorage(() => fake);
    expect(readSlot(s, counterSlot)).toEqual({ status: 'empty', data: { count: 0 } });
    expect(s.keys()).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it('moves corrupt data aside with the original text and reports it', () => {
    const raw = '{"version":1,"data":{"count":';
    const fake = new FakeStorage({ [key]: raw });
    const s = new SafeStorage(() => fake);
    const r = readSlot(s, counterSlot, undefined, T0);
    expect(r).toEqual({ status: 'corrupt', data: { count: 0 } });

    const asideKey = `managing-up:counter:aside:${T0.toISOString()}`;
    expect(fake.map.get(asideKey)).toBe(raw);
    // Moved, not overwritten: the slot key is free again and was never written over.
    expect(fake.map.has(key)).toBe(false);
    expect(fake.calls).not.toContain(`set ${key}`);
    expect(s.problems).toEqual([{ kind: 'corrupt', label: 'your counter', slot: 'counter', asideKey }]);
  });

  it('does not make a second aside copy when the same data is read again', () => {
    const raw = 'garbage';
    const fake = new FakeStorage({ [key]: raw });
    const s = new SafeStorage(() => fake);
    readSlot(s, counterSlot, undefined, T0);
    // Another tab writes the same bad value again before this one reads it.
    fake.map.set(key, raw);
    readSlot(s, counterSlot, undefined, T1);
    const asides = [...fake.map.keys()].filter(isAsideKey);
    expect(asides).toEqual([asideKeyFor('counter', T0)]);
    expect(s.problems).toHaveLength(1);

    // A fresh page load (new SafeStorage) finds the existing copy too.
    fake.map.set(key, raw);
    const again = new SafeStorage(() => fake);
    readSlot(again, counterSlot, undefined, T1);
    expect([...fake.map.keys()].filter(isAsideKey)).toEqual([asideKeyFor('counter', T0)]);
    expect(again.problems).toEqual([
      { kind: 'corrupt', label: 'your counter', slot: 'counter', asideKey: asideKeyFor('counter', T0) },
    ]);
  });

  it('makes a new aside copy when different unreadable data turns up', () => {
    const fake = new FakeStorage({ [key]: 'garbage one' });
    const s = new SafeStorage(() => fake);
    readSlot(s, counterSlot, undefined, T0);
    fake.map.set(key, 'garbage two');
    readSlot(s, counterSlot, undefined, T1);
    expect(fake.map.get(asideKeyFor('counter', T0))).toBe('garbage one');
    expect(fake.map.get(asideKeyFor('counter', T1))).toBe('garbage two');
    expect(s.problems).toHaveLength(2);
  });

  it('copies invalid data aside too, reporting the kind', () => {
    const raw = envelope(1, { count: 'many' });
    const fake = new FakeStorage({ [key]: raw });
    const s = new SafeStorage(() => fake);
    expect(readSlot(s, counterSlot, undefined, T0).status).toBe('invalid');
    expect(fake.map.get(asideKeyFor('counter', T0))).toBe(raw);
    expect(fake.map.has(key)).toBe(false);
    expect(s.problems).toEqual([
      { kind: 'invalid', label: 'your counter', slot: 'counter', asideKey: asideKeyFor('counter', T0) },
    ]);
  });

  it('reads a raw value passed in instead of the stored one', () => {
    const fake = new FakeStorage({ [key]: envelope(1, { count: 1 }) });
    const s = new SafeStorage(() => fake);
    expect(readSlot(s, counterSlot, envelope(1, { count: 2 })).data).toEqual({ count: 2 });
    readSlot(s, counterSlot, 'broken', T0);
    expect(fake.map.get(asideKeyFor('counter', T0))).toBe('broken');
  });

  // Issue 12, failure 1: the copy aside could not be written, yet the key was overwritten.
  it('never overwrites a value whose aside copy could not be written: read-only, with the value to download', () => {
    const fake = new FakeStorage();
    const s = new SafeStorage(() => fake);
    fake.map.set(key, 'garbage');
    fake.mode = 'quota';
    const r = readSlot(s, counterSlot, undefined, T0);
    expect(r.readOnly).toBe(true);
    // No pretend copy in memory, and the original stays where it was.
    expect(s.keys().filter(isAsideKey)).toEqual([]);
    expect(fake.map.get(key)).toBe('garbage');
    const problem = s.problems.find((p) => p.kind === 'corrupt')!;
    expect(problem).toMatchObject({ readOnly: true, raw: 'garbage', slot: 'counter' });
    expect(problem.asideKey).toBeUndefined();
    // Storage has room again, and still nothing writes over the unreadable value on this visit.
    fake.mode = 'ok';
    expect(writeSlot(s, counterSlot, { count: 5 })).toBe(false);
    expect(saveSlot(s, counterSlot, { count: 0 }, { count: 5 })).toMatchObject({ written: false, readOnly: true });
    expect(fake.map.get(key)).toBe('garbage');
    expect(fake.calls).not.toContain(`set ${key}`);
  });

  it('unlocks a read-only slot when its value becomes readable again (an import or another tab)', () => {
    const fake = new FakeStorage({ [key]: 'garbage' }, 'quota');
    const s = new SafeStorage(() => fake);
    readSlot(s, counterSlot, undefined, T0);
    fake.mode = 'ok';
    fake.map.set(key, envelope(1, { count: 9 }));
    expect(readSlot(s, counterSlot).readOnly).toBeUndefined();
    expect(s.problems.filter((p) => p.readOnly)).toEqual([]);
    expect(writeSlot(s, counterSlot, { count: 10 })).toBe(true);
  });

  // Issue 12, failure 3: newer-version data was moved out of its key.
  it('leaves data from a newer version in its key, untouched, and makes the slot read-only', () => {
    const raw = envelope(99, { count: 1, extra: true });
    const fake = new FakeStorage({ [key]: raw });
    const s = new SafeStorage(() => fake);
    const r = readSlot(s, counterSlot, undefined, T0);
    expect(r).toMatchObject({ status: 'newer', readOnly: true });
    expect(fake.map.get(key)).toBe(raw);
    expect([...fake.map.keys()].filter(isAsideKey)).toEqual([]);
    expect(s.problems).toEqual([{ kind: 'newer', label: 'your counter', slot: 'counter', readOnly: true }]);
    expect(writeSlot(s, counterSlot, { count: 2 })).toBe(false);
    expect(saveSlot(s, counterSlot, { count: 0 }, { count: 2 }).written).toBe(false);
    expect(fake.map.get(key)).toBe(raw);
  });

  // Issue 21: each corrupt read made a new aside copy (1.5 MB each in the attack), so repeated
  // corruption could fill the storage.
  it('keeps identical unreadable text aside once: read again and again, in two slots, and by two tabs at once', () => {
    const big = `{"version":1,"data":${'x'.repeat(1_500_000)}`;
    const fake = new FakeStorage({ [key]: big });
    readSlot(new SafeStorage(() => fake), counterSlot, undefined, T0);
    for (const at of [T1, new Date('2026-03-03T00:00:00.000Z'), new Date('2026-03-04T00:00:00.000Z')]) {
      fake.map.set(key, big);
      readSlot(new SafeStorage(() => fake), counterSlot, undefined, at);
    }
    expect([...fake.map.keys()].filter(isAsideKey)).toEqual([asideKeyFor('counter', T0)]);

    // The same text in another slot's key: its problem points at the one copy.
    const other: Slot<Counter> = { ...counterSlot, name: 'other', label: 'your other counter' };
    fake.map.set(keyFor('other'), big);
    const s = new SafeStorage(() => fake);
    expect(readSlot(s, other, undefined, T1).status).toBe('corrupt');
    expect(fake.map.has(keyFor('other'))).toBe(false);
    expect([...fake.map.keys()].filter(isAsideKey)).toEqual([asideKeyFor('counter', T0)]);
    expect(s.problems).toEqual([
      { kind: 'corrupt', label: 'your other counter', slot: 'other', asideKey: asideKeyFor('counter', T0) },
    ]);

    // Two tabs that met it at the same moment each made a copy: the next read keeps the oldest only.
    fake.map.set(asideKeyFor('counter', T1), big);
    fake.map.set(asideKeyFor('other', T1), big);
    fake.map.set(key, big);
    readSlot(new SafeStorage(() => fake), counterSlot, undefined, T1);
    expect([...fake.map.keys()].filter(isAsideKey)).toEqual([asideKeyFor('counter', T0)]);
    expect(fake.map.get(asideKeyFor('counter', T0))).toBe(big);
  });

  it('keepAsidesOnce removes later copies of the same text and leaves different texts and other keys alone', () => {
    const fake = new FakeStorage({
      [asideKeyFor('counter', T1)]: 'same',
      [asideKeyFor('counter', T0)]: 'same',
      [asideKeyFor('counter', T0, 1)]: 'different',
      [asideKeyFor('progress', T1)]: 'same',
      [key]: 'same',
      'other-site:x:aside:y': 'same',
    });
    const removed = keepAsidesOnce(new SafeStorage(() => fake));
    expect(removed.sort()).toEqual([asideKeyFor('counter', T1), asideKeyFor('progress', T1)].sort());
    expect([...fake.map.keys()].sort()).toEqual(
      [asideKeyFor('counter', T0), asideKeyFor('counter', T0, 1), key, 'other-site:x:aside:y'].sort(),
    );
  });

  // Issue 12, failure 5: two values set aside in the same millisecond shared one key.
  it('gives two unreadable values set aside in the same millisecond keys of their own', () => {
    const fake = new FakeStorage({ [key]: 'garbage one' });
    const s = new SafeStorage(() => fake);
    readSlot(s, counterSlot, undefined, T0);
    fake.map.set(key, 'garbage two');
    readSlot(s, counterSlot, undefined, T0);
    fake.map.set(key, 'garbage three');
    readSlot(new SafeStorage(() => fake), counterSlot, undefined, T0);
    const asides = [...fake.map.keys()].filter(isAsideKey).sort();
    expect(asides).toHaveLength(3);
    expect(asides.map((k) => fake.map.get(k)).sort()).toEqual(['garbage one', 'garbage three', 'garbage two']);
    for (const k of asides) expect(parseAsideKey(k)).toEqual({ name: 'counter', when: T0.toISOString() });
  });
});

describe('saveSlot (two tabs)', () => {
  const key = keyFor('counter');
  interface Pair {
    a: number;
    b: number;
  }
  const pairSlot: Slot<Pair> = {
    name: 'counter',
    label: 'your pair',
    version: 1,
    empty: () => ({ a: 0, b: 0 }),
    validate: (d) => (isRecord(d) && typeof d.a === 'number' && typeof d.b === 'number' ? { a: d.a, b: d.b } : null),
  };

  it('applies only what this tab changed over what another tab saved meanwhile', () => {
    const fake = new FakeStorage();
    const tab1 = new SafeStorage(() => fake);
    const tab2 = new SafeStorage(() => fake);
    const base = readSlot(tab1, pairSlot).data;
    const base2 = readSlot(tab2, pairSlot).data;
    expect(saveSlot(tab1, pairSlot, base, { ...base, a: 1 }).written).toBe(true);
    const r = saveSlot(tab2, pairSlot, base2, { ...base2, b: 2 });
    expect(r).toMatchObject({ value: { a: 1, b: 2 }, written: true, conflicts: [] });
    expect(JSON.parse(fake.map.get(key)!).data).toEqual({ a: 1, b: 2 });
  });

  it("keeps this tab's value where both changed the same field, and names it", () => {
    const fake = new FakeStorage();
    const tab1 = new SafeStorage(() => fake);
    const tab2 = new SafeStorage(() => fake);
    saveSlot(tab1, pairSlot, { a: 0, b: 0 }, { a: 1, b: 0 });
    const r = saveSlot(tab2, pairSlot, { a: 0, b: 0 }, { a: 7, b: 0 });
    expect(r.value).toEqual({ a: 7, b: 0 });
    expect(r.conflicts).toEqual(['a']);
  });
});
