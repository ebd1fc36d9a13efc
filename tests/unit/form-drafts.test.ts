// Drafts of the planners' "add" forms (issue 21, failure 1): what is kept as the reader types, what
// counts as no draft, what the saved value may hold, how two tabs' drafts merge, and the My data line.
import { describe, expect, it } from 'vitest';
import {
  DRAFT_FORMS,
  MAX_DRAFT_TEXT,
  clearDraft,
  draftValue,
  formDraftsSummary,
  hasDraft,
  parseFormDrafts,
  setDraftField,
  worstSaveState,
  type FormDrafts,
} from '../../src/lib/form-drafts';
import { formDraftsSlot } from '../../src/lib/storage/slots/form-drafts';
import { ALL_SLOTS } from '../../src/lib/storage/registry';
import { buildExport, parseImport } from '../../src/lib/storage/backup';
import { SafeStorage, keyFor, readSlot, saveSlot } from '../../src/lib/storage/store';
import { summarize } from '../../src/lib/summary';
import { FakeStorage } from './storage/fake-storage';

const WIN = DRAFT_FORMS.win;
const TODAY = '2026-03-12';

describe('a form draft', () => {
  it('keeps only the fields the reader changed from the form defaults', () => {
    let d: FormDrafts = {};
    d = setDraftField(d, WIN, 'what', 'Cut the report to one day', '');
    d = setDraftField(d, WIN, 'date', TODAY, TODAY);
    expect(d).toEqual({ [WIN]: { what: 'Cut the report to one day' } });
    expect(draftValue(d, WIN, 'what', '')).toBe('Cut the report to one day');
    expect(draftValue(d, WIN, 'date', TODAY)).toBe(TODAY);
    expect(hasDraft(d, WIN)).toBe(true);
    d = setDraftField(d, WIN, 'date', '2026-02-10', TODAY);
    expect(draftValue(d, WIN, 'date', TODAY)).toBe('2026-02-10');
  });

  it('is gone once every field is back to its default, and for a form the reader never touched', () => {
    let d = setDraftField({}, WIN, 'what', 'x', '');
    d = setDraftField(d, DRAFT_FORMS.contact, 'toldBefore', true, false);
    d = setDraftField(d, WIN, 'what', '', '');
    expect(d).toEqual({ [DRAFT_FORMS.contact]: { toldBefore: true } });
    expect(hasDraft(d, WIN)).toBe(false);
    expect(draftValue(d, DRAFT_FORMS.contact, 'toldBefore', false)).toBe(true);
    expect(setDraftField(d, DRAFT_FORMS.contact, 'toldBefore', false, false)).toEqual({});
  });

  it('is cleared on its own, leaving the other forms drafts', () => {
    const d = setDraftField(setDraftField({}, WIN, 'what', 'a win', ''), DRAFT_FORMS.ask, 'what', 'an ask', '');
    expect(clearDraft(d, WIN)).toEqual({ [DRAFT_FORMS.ask]: { what: 'an ask' } });
    expect(d[WIN]).toEqual({ what: 'a win' });
  });

  it('reads a value of the wrong kind as the default, and caps text at the longest field', () => {
    expect(draftValue({ [WIN]: { what: true } }, WIN, 'what', '')).toBe('');
    const long = setDraftField({}, WIN, 'what', 'y'.repeat(MAX_DRAFT_TEXT + 10), '');
    expect(draftValue(long, WIN, 'what', '')).toHaveLength(MAX_DRAFT_TEXT);
  });
});

describe('the form-drafts slot', () => {
  it('accepts what the forms save and rebuilds it', () => {
    const d = { [WIN]: { what: 'A win', date: '2026-02-10' }, [DRAFT_FORMS.contact]: { who: 'Elena', readOut: true } };
    expect(formDraftsSlot.validate(d)).toEqual(d);
    expect(formDraftsSlot.validate({})).toEqual({});
  });

  it('refuses, rather than trims, anything that is not a draft, so the storage layer keeps it aside whole', () => {
    for (const bad of [
      { [WIN]: { what: 3 } },
      { [WIN]: { what: 'x'.repeat(MAX_DRAFT_TEXT + 1) } },
      { [WIN]: {} },
      { [WIN]: 'text' },
      { 'Not An Id': { what: 'x' } },
      { [WIN]: { 'a/b': 'x' } },
      JSON.parse('{"__proto__": {"what": "x"}}') as unknown,
      JSON.parse(`{"${WIN}": {"__proto__": "x"}}`) as unknown,
      Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`tool/form-${i}`, { what: 'x' }])),
    ])
      expect(parseFormDrafts(bad)).toBeNull();
  });

  it('is listed with every slot, so My data lists it, exports it, imports it and clears it', () => {
    expect(ALL_SLOTS).toContain(formDraftsSlot);
    const storage = new SafeStorage(() => new FakeStorage());
    const d = setDraftField({}, WIN, 'what', 'Half a win', '');
    saveSlot(storage, formDraftsSlot, {}, d);
    const file = buildExport(ALL_SLOTS, (k) => storage.getItem(k));
    expect(file.slots['form-drafts']).toEqual({ version: 1, data: d });
    expect(parseImport(JSON.stringify(file), ALL_SLOTS)).toMatchObject({ ok: true, slots: { 'form-drafts': d } });
  });

  it('merges two tabs: a draft typed in each form is kept, and one tab adding its win keeps the other tab’s ask', () => {
    const storage = new SafeStorage(() => new FakeStorage());
    const a = setDraftField({}, WIN, 'what', 'From tab A', '');
    saveSlot(storage, formDraftsSlot, {}, a);
    const b = saveSlot(storage, formDraftsSlot, {}, setDraftField({}, DRAFT_FORMS.ask, 'what', 'From tab B', ''));
    expect(b.conflicts).toEqual([]);
    expect(readSlot(storage, formDraftsSlot).data).toEqual({
      [WIN]: { what: 'From tab A' },
      [DRAFT_FORMS.ask]: { what: 'From tab B' },
    });
    // Tab A adds its win (clearing its draft) while holding only what it saw.
    saveSlot(storage, formDraftsSlot, a, clearDraft(a, WIN));
    expect(JSON.parse(storage.getItem(keyFor('form-drafts'))!).data).toEqual({ [DRAFT_FORMS.ask]: { what: 'From tab B' } });
  });
});

describe('My data and the save line', () => {
  it('names the half-written entries', () => {
    expect(summarize('form-drafts', {})).toBe('none');
    expect(summarize('form-drafts', { [WIN]: { what: 'x' } })).toBe('a win, not yet added');
    expect(
      formDraftsSummary({ [WIN]: { what: 'x' }, [DRAFT_FORMS.ask]: { what: 'y' }, [DRAFT_FORMS.contact]: { who: 'z' } }),
    ).toBe('a win, an ask and a skip-level contact, not yet added');
    expect(formDraftsSummary({ 'new-tool/form': { x: 'y' } })).toBe('an entry, not yet added');
  });

  it('tells the save state the reader must hear about when a planner and its drafts save apart', () => {
    expect(worstSaveState('saved', 'pending')).toBe('pending');
    expect(worstSaveState('idle', 'saved')).toBe('saved');
    expect(worstSaveState('saved', 'memory')).toBe('memory');
    expect(worstSaveState('pending', 'read-only')).toBe('read-only');
    expect(worstSaveState('idle', 'idle')).toBe('idle');
  });
});
