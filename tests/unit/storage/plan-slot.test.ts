// The plan settings slot through the storage layer: listed with every slot (so export, import, My
// data and Clear all carry it), read back after a save, two tabs' choices merged without a conflict,
// data from a newer site left in place, and summarized for My data.
import { describe, expect, it } from 'vitest';
import { buildExport, parseImport } from '../../../src/lib/storage/backup';
import { ALL_SLOTS } from '../../../src/lib/storage/registry';
import { planSettingsSlot } from '../../../src/lib/storage/slots/plan';
import { SafeStorage, keyFor, readSlot, saveSlot } from '../../../src/lib/storage/store';
import { listSaved } from '../../../src/lib/my-data';
import { summarize } from '../../../src/lib/summary';
import { emptyPlanSettings } from '../../../src/lib/plan/settings';
import { FakeStorage } from './fake-storage';

const t = (d: number) => new Date(2026, 2, d, 12);
const storage = (fake = new FakeStorage()) => new SafeStorage(() => fake);

describe('the plan settings slot', () => {
  it('is listed with every other slot, under its own key', () => {
    expect(ALL_SLOTS).toContain(planSettingsSlot);
    expect(keyFor(planSettingsSlot.name)).toBe('managing-up:plan');
  });

  it('reads back what it saved, in an envelope', () => {
    const st = storage();
    expect(saveSlot(st, planSettingsSlot, emptyPlanSettings(), { oneOnOneDay: 'WE' }, t(1)).written).toBe(true);
    expect(JSON.parse(st.getItem('managing-up:plan')!)).toEqual({
      version: 1,
      savedAt: t(1).toISOString(),
      data: { oneOnOneDay: 'WE' },
    });
    expect(readSlot(st, planSettingsSlot)).toMatchObject({ status: 'ok', data: { oneOnOneDay: 'WE' } });
  });

  it("keeps the later tab's choice, with no conflict to tell", () => {
    const st = storage();
    const base = emptyPlanSettings();
    saveSlot(st, planSettingsSlot, base, { oneOnOneDay: 'TU' }, t(1));
    const second = saveSlot(st, planSettingsSlot, base, { oneOnOneDay: 'FR' }, t(1));
    expect(second.conflicts).toEqual([]);
    expect(readSlot(st, planSettingsSlot).data).toEqual({ oneOnOneDay: 'FR' });
  });

  it('leaves settings saved by a newer version of the site in place', () => {
    const fake = new FakeStorage();
    const newer = JSON.stringify({ version: 2, savedAt: t(1).toISOString(), data: { oneOnOneDay: 'TH', time: '09:00' } });
    fake.setItem('managing-up:plan', newer);
    const st = storage(fake);
    expect(readSlot(st, planSettingsSlot)).toMatchObject({ status: 'newer', readOnly: true });
    expect(saveSlot(st, planSettingsSlot, emptyPlanSettings(), { oneOnOneDay: 'MO' }, t(2)).written).toBe(false);
    expect(fake.getItem('managing-up:plan')).toBe(newer);
  });

  it('goes out in an export and comes back in an import', () => {
    const st = storage();
    saveSlot(st, planSettingsSlot, emptyPlanSettings(), { oneOnOneDay: 'SU' }, t(2));
    const file = buildExport(ALL_SLOTS, (key) => st.getItem(key), t(3));
    expect(file.slots.plan).toEqual({ version: 1, data: { oneOnOneDay: 'SU' } });
    const back = parseImport(JSON.stringify(file), ALL_SLOTS);
    expect(back.ok && back.slots.plan).toEqual({ oneOnOneDay: 'SU' });
  });

  it('is listed on My data in words', () => {
    const st = storage();
    saveSlot(st, planSettingsSlot, emptyPlanSettings(), { oneOnOneDay: 'TH' }, t(4));
    expect(summarize('plan', { oneOnOneDay: 'TH' })).toBe('you prepare your one-on-one on Thursdays');
    expect(listSaved(st, ALL_SLOTS, {}, t(4)).map((r) => r.sentence)).toEqual([
      'Your plan settings: you prepare your one-on-one on Thursdays, changed today',
    ]);
  });
});
