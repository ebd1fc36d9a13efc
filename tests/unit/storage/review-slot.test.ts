// The review slot through the storage layer: listed with every slot (so export, import and My data
// carry it), read back after a save, two tabs' missed questions merged, and summarized for My data.
import { describe, expect, it } from 'vitest';
import { buildExport, parseImport } from '../../../src/lib/storage/backup';
import { ALL_SLOTS } from '../../../src/lib/storage/registry';
import { reviewSlot } from '../../../src/lib/storage/slots/review';
import { SafeStorage, readSlot, saveSlot } from '../../../src/lib/storage/store';
import { summarize } from '../../../src/lib/summary';
import { addMissed, emptyReview, recordAnswer, reviewKey } from '../../../src/lib/plan/review';
import { FakeStorage } from './fake-storage';

const t = (d: number) => new Date(2026, 2, d, 12);
const storage = () => new SafeStorage(() => new FakeStorage());

describe('the review slot', () => {
  it('is listed with every other slot', () => {
    expect(ALL_SLOTS).toContain(reviewSlot);
    expect(new Set(ALL_SLOTS.map((s) => s.name)).size).toBe(ALL_SLOTS.length);
  });

  it('reads back what it saved', () => {
    const st = storage();
    const v = addMissed(emptyReview(), 'earn-trust', ['q1', 'q2'], t(1));
    expect(saveSlot(st, reviewSlot, emptyReview(), v, t(1)).written).toBe(true);
    expect(readSlot(st, reviewSlot).data).toEqual(v);
  });

  it('keeps the questions two tabs added at once', () => {
    const st = storage();
    const base = emptyReview();
    saveSlot(st, reviewSlot, base, addMissed(base, 'earn-trust', ['q1'], t(1)), t(1));
    const b = saveSlot(st, reviewSlot, base, addMissed(base, 'first-90-days', ['q3'], t(1)), t(1));
    expect(b.conflicts).toEqual([]);
    expect(Object.keys(readSlot(st, reviewSlot).data.items).sort()).toEqual(
      [reviewKey('earn-trust', 'q1'), reviewKey('first-90-days', 'q3')].sort(),
    );
  });

  it('goes out in an export and comes back in an import', () => {
    const st = storage();
    const v = recordAnswer(addMissed(emptyReview(), 'earn-trust', ['q1', 'q2'], t(1)), reviewKey('earn-trust', 'q1'), true, t(2));
    saveSlot(st, reviewSlot, emptyReview(), v, t(2));
    const file = buildExport(ALL_SLOTS, (key) => st.getItem(key), t(3));
    const back = parseImport(JSON.stringify(file), ALL_SLOTS);
    expect(back.ok && back.slots.review).toEqual(v);
  });

  it('is summarized for My data', () => {
    const v = addMissed(emptyReview(), 'earn-trust', ['q1', 'q2'], t(1));
    expect(summarize('review', v)).toBe('2 missed questions coming back for review, 0 learned');
  });
});
