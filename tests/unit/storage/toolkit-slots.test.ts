import { describe, expect, it } from 'vitest';
import { buildExport, parseImport } from '../../../src/lib/storage/backup';
import { ALL_SLOTS } from '../../../src/lib/storage/registry';
import { SafeStorage, keyFor, readSlot, saveSlot } from '../../../src/lib/storage/store';
import { summarize } from '../../../src/lib/summary';
import { activeDraft, addDraft, makeDrafts, setOption, setStep } from '../../../src/lib/toolkit/bad-news';
import { activeManual, addManual, makeManuals, setAnswer } from '../../../src/lib/toolkit/boss-manual';
import { badNewsSlot } from '../../../src/lib/storage/slots/bad-news';
import { bossManualSlot } from '../../../src/lib/storage/slots/boss-manual';
import { FakeStorage } from './fake-storage';

const t = (d: number) => new Date(Date.UTC(2026, 2, d, 12));
const storage = () => new SafeStorage(() => new FakeStorage());

describe('toolkit slots', () => {
  it('are listed with every other slot, so export, import and My data carry them', () => {
    expect(ALL_SLOTS.map((s) => s.name)).toEqual(expect.arrayContaining(['boss-manual', 'bad-news']));
    expect(summarize('boss-manual', makeManuals())).toBe('1 boss (My boss): 0 answers');
    expect(summarize('bad-news', makeDrafts())).toBe('1 draft (Untitled draft)');
  });

  it('validate by schema: unknown fields dropped, a missing active id repaired, bad data refused', () => {
    const s = setAnswer(makeManuals(), 'goals', { value: 'Renewals' }, t(2));
    const noisy = { ...s, activeId: 'gone', extra: true, manuals: s.manuals.map((m) => ({ ...m, colour: 'red' })) };
    expect(bossManualSlot.validate(noisy)).toEqual({ ...s, activeId: 'boss-first' });
    expect(bossManualSlot.validate({ activeId: 'x', manuals: [{ id: 'x' }] })).toBeNull();
    const d = { ...makeDrafts(), activeId: 'gone' };
    expect(badNewsSlot.validate(d)).toEqual(makeDrafts());
    expect(badNewsSlot.validate({ ...d, drafts: [] })).toBeNull();
  });

  it('two tabs editing different answers of the same manual keep both', () => {
    const st = storage();
    const base = makeManuals();
    // Tab A saves the goals; tab B, still holding the old base, saves the pet peeves.
    const a = saveSlot(st, bossManualSlot, base, setAnswer(base, 'goals', { value: 'From tab A' }, t(2)), t(2));
    expect(a.written).toBe(true);
    const b = saveSlot(st, bossManualSlot, base, setAnswer(base, 'pet-peeves', { value: 'From tab B', guess: true }, t(3)), t(3));
    expect(b.conflicts).toEqual([]);
    const saved = activeManual(readSlot(st, bossManualSlot).data);
    expect(saved.fields).toEqual({
      goals: { value: 'From tab A', guess: false },
      'pet-peeves': { value: 'From tab B', guess: true },
    });
  });

  it('two tabs: a new manual in one and an edit in the other both survive; the same answer changed twice is told', () => {
    const st = storage();
    const base = makeManuals();
    saveSlot(st, bossManualSlot, base, addManual(base, 'Theo', t(2)), t(2));
    const b = saveSlot(st, bossManualSlot, base, setAnswer(base, 'values', { value: 'Speed' }, t(3)), t(3));
    expect(b.value.manuals.map((m) => m.name)).toEqual(['My boss', 'Theo']);
    expect(b.value.manuals[0]!.fields.values?.value).toBe('Speed');
    const c = saveSlot(st, bossManualSlot, base, setAnswer(base, 'values', { value: 'Care' }, t(4)), t(4));
    expect(c.conflicts).toEqual(['manuals/boss-first/fields/values/value']);
  });

  it('two tabs editing different options and steps of a draft keep both, and a new draft is kept', () => {
    const st = storage();
    const base = makeDrafts();
    saveSlot(st, badNewsSlot, base, setOption(base, 'a', 'cons', 'Costs overtime', t(2)), t(2));
    const withB = setStep(setOption(base, 'b', 'what', 'Wait a week', t(3)), 'happened', 'The launch slips', t(3));
    const b = saveSlot(st, badNewsSlot, base, withB, t(3));
    expect(b.conflicts).toEqual([]);
    const d = activeDraft(readSlot(st, badNewsSlot).data);
    expect(d.options.map((o) => [o.id, o.what, o.cons])).toEqual([
      ['a', '', 'Costs overtime'],
      ['b', 'Wait a week', ''],
    ]);
    expect(d.steps.happened).toBe('The launch slips');
    const c = saveSlot(st, badNewsSlot, b.value, addDraft(b.value, t(4)), t(4));
    expect(readSlot(st, badNewsSlot).data.drafts).toHaveLength(2);
    expect(c.value.drafts[0]!.steps.happened).toBe('The launch slips');
  });

  it('go out in an export and come back through the import check unchanged', () => {
    const st = storage();
    const manuals = setAnswer(addManual(makeManuals(), 'Ingrid', t(2)), 'format', { value: 'data', guess: true }, t(2));
    const drafts = setStep(makeDrafts(), 'need', 'A decision by Friday', t(3));
    saveSlot(st, bossManualSlot, makeManuals(), manuals, t(2));
    saveSlot(st, badNewsSlot, makeDrafts(), drafts, t(3));
    const file = buildExport(ALL_SLOTS, (k) => st.getItem(k), t(5));
    expect(Object.keys(file.slots)).toEqual(['boss-manual', 'bad-news']);
    const back = parseImport(JSON.stringify(file), ALL_SLOTS);
    expect(back).toMatchObject({ ok: true, slots: { 'boss-manual': manuals, 'bad-news': drafts } });
    // A damaged draft fails the whole import.
    const broken = structuredClone(file) as { slots: Record<string, { data: { drafts: unknown[] } }> };
    broken.slots['bad-news']!.data.drafts = [{ id: 'x' }];
    expect(parseImport(JSON.stringify(broken), ALL_SLOTS)).toMatchObject({ ok: false });
    expect(st.getItem(keyFor('bad-news'))).toContain('A decision by Friday');
  });
});
