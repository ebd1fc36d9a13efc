// The My data page's logic: plain-language listing, aside copies, all-or-nothing import, clear all.
import { describe, expect, it } from 'vitest';
import { applyImport, clearAll, clearAllWords, currentSummary, listAsides, listSaved } from '../../src/lib/my-data';
import { ALL_SLOTS } from '../../src/lib/storage/registry';
import { checklistSlot } from '../../src/lib/storage/slots/checklist';
import { progressSlot } from '../../src/lib/storage/slots/progress';
import { worksheetSlot } from '../../src/lib/storage/slots/worksheet';
import { SafeStorage, asideKeyFor, encode, keyFor, type StorageLike } from '../../src/lib/storage/store';
import { FakeStorage, quotaError } from './storage/fake-storage';

const NOW = new Date('2026-03-12T09:00:00.000Z');
const TWO_DAYS_AGO = new Date('2026-03-10T09:00:00.000Z');
const checklist = { items: { a: { done: true }, b: { done: true }, c: { done: false, note: 'later' } }, kept: [] };

describe('listSaved', () => {
  it('says what is saved in plain words, with totals and how long ago', () => {
    const fake = new FakeStorage({
      [keyFor('checklist')]: encode(checklistSlot, checklist, TWO_DAYS_AGO),
      [keyFor('progress')]: encode(progressSlot, { read: { x: NOW.toISOString() } }, NOW),
    });
    const rows = listSaved(new SafeStorage(() => fake), ALL_SLOTS, { checklist: 31, lessons: 8 }, NOW);
    expect(rows.map((r) => r.sentence)).toEqual([
      'Your reading progress: 1 of 8 lessons marked as read, changed today',
      'Your checklist: 2 of 31 ticked, 1 date or note, changed 2 days ago',
    ]);
    expect(rows[1]).toMatchObject({ key: 'managing-up:checklist', version: 2, readable: true });
  });

  it('lists unreadable data as such, and newer-version data as left alone', () => {
    const fake = new FakeStorage({
      [keyFor('checklist')]: 'garbage',
      [keyFor('progress')]: JSON.stringify({ version: 99, savedAt: NOW.toISOString(), data: {} }),
    });
    const rows = listSaved(new SafeStorage(() => fake), ALL_SLOTS, {}, NOW);
    expect(rows.map((r) => r.sentence)).toEqual([
      'Your reading progress: saved by a newer version of this site, left as it is, changed today',
      'Your checklist: could not be read (a copy is kept aside below)',
    ]);
  });
});

describe('listAsides', () => {
  it('names each copy by what it held and when', () => {
    const key = asideKeyFor('worksheet', NOW);
    const fake = new FakeStorage({ [key]: 'abc', 'other-site:x': 'y' });
    expect(listAsides(new SafeStorage(() => fake), ALL_SLOTS)).toEqual([
      { key, label: 'your worksheets', when: NOW.toISOString(), size: 3 },
    ]);
  });
});

/** A storage that refuses writes to one key, the way a full storage refuses a big value. */
class RefusingStorage extends FakeStorage implements StorageLike {
  constructor(
    initial: Record<string, string>,
    private refuse: string,
  ) {
    super(initial);
  }
  override setItem(key: string, value: string) {
    if (key === this.refuse) throw quotaError();
    super.setItem(key, value);
  }
}

describe('applyImport', () => {
  const oldProgress = encode(progressSlot, { read: { old: NOW.toISOString() } }, TWO_DAYS_AGO);
  const oldWorksheet = encode(worksheetSlot, worksheetSlot.empty(), TWO_DAYS_AGO);
  const data = {
    progress: { read: { imported: NOW.toISOString() } },
    checklist,
    worksheet: worksheetSlot.empty(),
  };

  it('writes every part', () => {
    const fake = new FakeStorage({ [keyFor('progress')]: oldProgress });
    const r = applyImport(new SafeStorage(() => fake), ALL_SLOTS, data, NOW);
    expect(r.ok).toBe(true);
    expect(JSON.parse(fake.map.get(keyFor('progress'))!).data).toEqual(data.progress);
    expect(JSON.parse(fake.map.get(keyFor('checklist'))!).data).toEqual(checklist);
  });

  // Issue 12, failure 2: a failed write left the reader with half an import.
  it('puts everything back when one part cannot be written, and names that part', () => {
    const before = { [keyFor('progress')]: oldProgress, [keyFor('worksheet')]: oldWorksheet };
    const fake = new RefusingStorage(before, keyFor('worksheet'));
    const storage = new SafeStorage(() => fake);
    const r = applyImport(storage, ALL_SLOTS, data, NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('your worksheets');
    expect(r.error).toContain('Nothing was imported');
    expect(Object.fromEntries(fake.map)).toEqual(before);
    // And the page's view of storage holds no leftover imported value in memory.
    expect(storage.getItem(keyFor('worksheet'))).toBe(oldWorksheet);
    expect(storage.getItem(keyFor('checklist'))).toBeNull();
  });

  it('refuses to replace a slot that is read-only on this visit', () => {
    const newer = JSON.stringify({ version: 99, savedAt: NOW.toISOString(), data: {} });
    const fake = new FakeStorage({ [keyFor('worksheet')]: newer });
    const storage = new SafeStorage(() => fake);
    listSaved(storage, ALL_SLOTS, {}, NOW);
    const r = applyImport(storage, ALL_SLOTS, data, NOW);
    expect(r.ok).toBe(false);
    expect(fake.map.get(keyFor('worksheet'))).toBe(newer);
    expect(fake.map.has(keyFor('progress'))).toBe(false);
  });
});

describe('currentSummary / clearAll', () => {
  it('summarises what a slot holds now, or says nothing', () => {
    const fake = new FakeStorage({ [keyFor('checklist')]: encode(checklistSlot, checklist, NOW) });
    const s = new SafeStorage(() => fake);
    expect(currentSummary(s, checklistSlot, { checklist: 31 })).toBe('2 of 31 ticked, 1 date or note');
    expect(currentSummary(s, progressSlot)).toBe('nothing');
  });

  it('removes every key of the site, aside copies included, and nothing else', () => {
    const fake = new FakeStorage({
      [keyFor('checklist')]: encode(checklistSlot, checklist, NOW),
      [asideKeyFor('worksheet', NOW)]: 'x',
      'other-site:keep': 'y',
    });
    expect(clearAll(new SafeStorage(() => fake))).toHaveLength(2);
    expect([...fake.map.keys()]).toEqual(['other-site:keep']);
  });
  it('"Clear all" names every saved slot, the toolkit ones too, and the copies kept aside', () => {
    const words = clearAllWords(ALL_SLOTS);
    for (const slot of ALL_SLOTS) expect(words).toContain(slot.label);
    expect(words).toMatch(/wins log.*skip-level planner.*kept aside$/);
  });
});
