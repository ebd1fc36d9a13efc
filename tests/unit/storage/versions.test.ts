// The same field changed in two tabs at once (issue 21, failure 2): the text that is not in the
// field is kept as another version, merged between tabs as a set, used or discarded by the reader,
// validated and migrated with its slot, and carried by export and import.
import { describe, expect, it } from 'vitest';
import { mergeJson } from '../../../src/lib/storage/merge';
import {
  discardVersion,
  dropVersionsUnder,
  livePath,
  mergeVersions,
  mergeWithVersions,
  parseVersions,
  pathMatches,
  pruneVersions,
  useVersion,
  versionCount,
  versionsAt,
  withVersions,
} from '../../../src/lib/storage/versions';
import { answerPath, worksheetSlot, newSheet, type WorksheetState } from '../../../src/lib/storage/slots/worksheet';
import { bossManualSlot, manualAnswerPath } from '../../../src/lib/storage/slots/boss-manual';
import { badNewsSlot, draftPath } from '../../../src/lib/storage/slots/bad-news';
import { oneOnOneSlot } from '../../../src/lib/storage/slots/one-on-one';
import { SafeStorage, decode, encode, keyFor, readSlot, saveSlot } from '../../../src/lib/storage/store';
import { buildExport, parseImport } from '../../../src/lib/storage/backup';
import { ALL_SLOTS } from '../../../src/lib/storage/registry';
import { addSheet, clearAnswers, deleteSheet, setAnswer } from '../../../src/lib/worksheet';
import { deleteManual, makeManuals, setAnswer as setManualAnswer } from '../../../src/lib/toolkit/boss-manual';
import { deleteDraft, makeDrafts, removeOption, addOption, setStep } from '../../../src/lib/toolkit/bad-news';
import { emptyOneOnOne, setNext } from '../../../src/lib/toolkit/one-on-one';
import { FakeStorage } from './fake-storage';

const T = new Date('2026-03-12T09:00:00.000Z');
const GOALS = answerPath('ws-first', 'goals');
/** The worksheet with the first sheet's "goals" answer set. */
const sheetWith = (text: string, from: WorksheetState = worksheetSlot.empty()) => setAnswer(from, 'goals', text, T);
const merge = worksheetSlot.merge!;

describe('versions: paths and sets', () => {
  it('matches a path against patterns, "*" standing for one segment', () => {
    expect(pathMatches(['sheets/*/answers/*'], 'sheets/ws-1/answers/goals')).toBe(true);
    expect(pathMatches(['sheets/*/answers/*'], 'sheets/ws-1/name')).toBe(false);
    expect(pathMatches(['sheets/*/answers/*'], 'sheets/ws-1/answers/goals/more')).toBe(false);
    expect(pathMatches(['next/progress', 'next/risks'], 'next/risks')).toBe(true);
  });

  it('merges versions as sets: what this tab added or removed, over what is stored', () => {
    const base = { p: ['old'] };
    // This tab discarded "old" and gained "mine"; the other tab gained "theirs" and a version elsewhere.
    const local = { p: ['mine'] };
    const stored = { p: ['old', 'theirs'], q: ['other field'] };
    expect(mergeVersions(base, local, stored)).toEqual({ p: ['theirs', 'mine'], q: ['other field'] });
    // A field whose last version both tabs dropped disappears.
    expect(mergeVersions({ p: ['x'] }, {}, {})).toEqual({});
  });

  it('leaves the key out when there is nothing to keep, so data without versions is unchanged', () => {
    const ws = worksheetSlot.empty();
    expect(withVersions(ws, {})).toEqual(ws);
    expect(withVersions(ws, { [GOALS]: [] })).not.toHaveProperty('otherVersions');
    expect(withVersions(ws, { [GOALS]: ['a'] }).otherVersions).toEqual({ [GOALS]: ['a'] });
  });

  it('uses a version (the text goes in the field, the version goes) or discards it (the field stays)', () => {
    const held = withVersions(sheetWith('In the field'), { [GOALS]: ['Other text', 'Third'] });
    const used = useVersion(held, GOALS, 'Other text', (s, t) => setAnswer(s, 'goals', t, T));
    expect(used.sheets[0]!.answers.goals).toBe('Other text');
    expect(versionsAt(used, GOALS)).toEqual(['Third']);
    const dropped = discardVersion(held, GOALS, 'Third');
    expect(dropped.sheets[0]!.answers.goals).toBe('In the field');
    expect(versionsAt(dropped, GOALS)).toEqual(['Other text']);
    expect(versionCount(discardVersion(dropped, GOALS, 'Other text'))).toBe(0);
    expect(discardVersion(dropped, GOALS, 'Other text')).not.toHaveProperty('otherVersions');
  });

  it('checks a saved map: a list of texts per path, or the data is unreadable', () => {
    expect(parseVersions(undefined)).toEqual({});
    expect(parseVersions({ a: ['x', 'y'] })).toEqual({ a: ['x', 'y'] });
    expect(parseVersions({ a: 'x' })).toBeNull();
    expect(parseVersions({ a: [1] })).toBeNull();
    expect(parseVersions(['x'])).toBeNull();
    // A "__proto__" key stays an ordinary entry (and is pruned later: no field has that path).
    const odd = parseVersions(JSON.parse('{"__proto__": ["x"]}'));
    expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
    expect(Object.keys(odd!)).toEqual(['__proto__']);
  });

  it('keeps only versions a page can show: listed fields, still there, each text once, never blank', () => {
    const two: WorksheetState = { ...sheetWith('x'), sheets: [...sheetWith('x').sheets, newSheet('B', T, 'ws-b')] };
    const noisy = withVersions(two, {
      [GOALS]: ['kept', 'kept', '  '],
      [answerPath('ws-b', 'week')]: ['on sheet B'],
      [answerPath('ws-gone', 'week')]: ['sheet deleted'],
      'sheets/ws-first/name': ['a name'],
      __proto__: ['junk'],
    });
    expect(pruneVersions(noisy, ['sheets/*/answers/*']).otherVersions).toEqual({
      [GOALS]: ['kept'],
      [answerPath('ws-b', 'week')]: ['on sheet B'],
    });
    expect(dropVersionsUnder(pruneVersions(noisy, ['sheets/*/answers/*']), 'sheets/ws-first').otherVersions).toEqual({
      [answerPath('ws-b', 'week')]: ['on sheet B'],
    });
    expect(livePath(two, answerPath('ws-b', 'not-answered-yet'))).toBe(true);
    expect(livePath(two, answerPath('ws-gone', 'week'))).toBe(false);
  });
});

describe('mergeJson with versions: the same field changed in two tabs', () => {
  it("keeps this tab's text in the field and the stored text as the other version, and names the field", () => {
    const base = sheetWith('Base');
    const r = merge(base, sheetWith('Base B-SAME', base), sheetWith('Base A-SAME', base));
    expect(r.value.sheets[0]!.answers.goals).toBe('Base B-SAME');
    expect(r.value.otherVersions).toEqual({ [GOALS]: ['Base A-SAME'] });
    expect(r.conflicts).toEqual([GOALS]);
  });

  it("lets the other tab's choice stand when it already kept this tab's text as the other version", () => {
    // Tab B saved over tab A's text, keeping it aside; tab A, re-applying its own change, agrees.
    const base = sheetWith('Base');
    const stored = withVersions(sheetWith('Base B-SAME', base), { [GOALS]: ['Base A-SAME'] });
    const r = merge(base, sheetWith('Base A-SAME', base), stored);
    expect(r.value).toEqual(stored);
    expect(r.conflicts).toEqual([]);
  });

  it('settles on the same state whichever order the two saves reach storage, with both texts kept', () => {
    const base = sheetWith('Base');
    const a = sheetWith('Base A-SAME', base);
    const b = sheetWith('Base B-SAME', base);
    // Order 1: A saves; B saves after seeing it; A re-applies its change to what B wrote: no change.
    const afterB = merge(base, b, a).value;
    expect(merge(base, a, afterB).value).toEqual(afterB);
    // Order 2: B writes without having seen A (browsers pass storage between tabs with a delay);
    // A re-applies its change over B's and keeps B's text aside; B re-applies its own: no change.
    const afterA = merge(base, a, b).value;
    expect(afterA.sheets[0]!.answers.goals).toBe('Base A-SAME');
    expect(afterA.otherVersions).toEqual({ [GOALS]: ['Base B-SAME'] });
    expect(merge(base, b, afterA).value).toEqual(afterA);
    for (const end of [afterA, afterB])
      expect([end.sheets[0]!.answers.goals, ...versionsAt(end, GOALS)].sort()).toEqual(['Base A-SAME', 'Base B-SAME']);
  });

  it('keeps nothing aside when the other tab emptied the field, and a text emptied here keeps the other', () => {
    const base = sheetWith('Base');
    expect(merge(base, sheetWith('Mine', base), sheetWith('', base)).value).not.toHaveProperty('otherVersions');
    const r = merge(base, sheetWith('', base), sheetWith('Theirs', base));
    expect(r.value.sheets[0]!.answers.goals).toBeUndefined();
    expect(r.value.otherVersions).toEqual({ [GOALS]: ['Theirs'] });
  });

  it('adds a third text to the versions a field already holds, once', () => {
    const base = withVersions(sheetWith('Base'), { [GOALS]: ['Earlier'] });
    const r = merge(base, sheetWith('Mine', base), sheetWith('Theirs', base));
    expect(r.value.otherVersions).toEqual({ [GOALS]: ['Earlier', 'Theirs'] });
  });

  it('leaves fields not listed as they were: this tab wins, the conflict is told, nothing kept', () => {
    const r = mergeWithVersions(
      { name: 'a', text: 'a' },
      { name: 'b', text: 'b' },
      { name: 'c', text: 'c' },
      { versions: ['text'] },
    );
    expect(r.value).toEqual({ name: 'b', text: 'b', otherVersions: { text: ['c'] } });
    expect(r.conflicts).toEqual(['name', 'text']);
    expect(mergeJson({ t: 'a' }, { t: 'b' }, { t: 'c' }).value).toEqual({ t: 'b' });
  });

  it('a version discarded here and one added in another tab at once: both changes kept', () => {
    const base = withVersions(sheetWith('Base'), { [GOALS]: ['Old other'] });
    const local = discardVersion(base, GOALS, 'Old other');
    const stored = withVersions(base, { [GOALS]: ['Old other'], [answerPath('ws-first', 'week')]: ['New other'] });
    expect(merge(base, local, stored).value.otherVersions).toEqual({ [answerPath('ws-first', 'week')]: ['New other'] });
  });
});

/** Two tabs of one browser: two SafeStorage wrappers over one storage. */
function twoTabs() {
  const fake = new FakeStorage();
  return { fake, tab1: new SafeStorage(() => fake), tab2: new SafeStorage(() => fake) };
}

describe('two tabs saving one field through the storage layer', () => {
  it('worksheet: both texts survive in storage, one in the field and one as the other version', () => {
    const { fake, tab1, tab2 } = twoTabs();
    saveSlot(tab1, worksheetSlot, worksheetSlot.empty(), sheetWith('Base'));
    const base = readSlot(tab1, worksheetSlot).data;
    saveSlot(tab1, worksheetSlot, base, sheetWith('Base A-SAME', base));
    const r = saveSlot(tab2, worksheetSlot, base, sheetWith('Base B-SAME', base));
    const saved = JSON.parse(fake.map.get(keyFor('worksheet'))!) as { version: number; data: WorksheetState };
    expect(saved.version).toBe(3);
    expect(saved.data.sheets[0]!.answers.goals).toBe('Base B-SAME');
    expect(saved.data.otherVersions).toEqual({ [GOALS]: ['Base A-SAME'] });
    expect(r.value).toEqual(saved.data);
    // Reading it back (a reload) keeps the version.
    expect(readSlot(tab2, worksheetSlot).data.otherVersions).toEqual({ [GOALS]: ['Base A-SAME'] });
  });

  it('boss manual, bad-news brief and one-on-one: the same', () => {
    const cases = [
      {
        slot: bossManualSlot,
        empty: makeManuals(),
        set: (s: ReturnType<typeof makeManuals>, t: string) => setManualAnswer(s, 'goals', { value: t }, T),
        path: manualAnswerPath('boss-first', 'goals'),
      },
      {
        slot: badNewsSlot,
        empty: makeDrafts(),
        set: (s: ReturnType<typeof makeDrafts>, t: string) => setStep(s, 'happened', t, T),
        path: draftPath('draft-first', 'steps/happened'),
      },
      {
        slot: oneOnOneSlot,
        empty: emptyOneOnOne(),
        set: (s: ReturnType<typeof emptyOneOnOne>, t: string) => setNext(s, 'progress', t),
        path: 'next/progress',
      },
    ] as const;
    for (const c of cases) {
      const { tab1, tab2 } = twoTabs();
      const slot = c.slot as typeof bossManualSlot;
      const set = c.set as (s: unknown, t: string) => ReturnType<typeof makeManuals>;
      saveSlot(tab1, slot, c.empty as ReturnType<typeof makeManuals>, set(c.empty, 'Base'));
      const base = readSlot(tab1, slot).data;
      saveSlot(tab1, slot, base, set(base, 'Base A-SAME'));
      saveSlot(tab2, slot, base, set(base, 'Base B-SAME'));
      expect(versionsAt(readSlot(tab2, slot).data, c.path), c.slot.name).toEqual(['Base A-SAME']);
    }
  });
});

describe('the slots that keep versions', () => {
  const held = withVersions(sheetWith('Mine'), { [GOALS]: ['Theirs'] });

  it('migrate the shapes before versions unchanged, and see their own version as current', () => {
    const v2 = JSON.stringify({ version: 2, data: sheetWith('Kept') });
    expect(decode(worksheetSlot, v2)).toMatchObject({ status: 'migrated', data: sheetWith('Kept') });
    expect(decode(worksheetSlot, encode(worksheetSlot, held)).data).toEqual(held);
    for (const slot of [bossManualSlot, badNewsSlot, oneOnOneSlot]) {
      expect(slot.version, slot.name).toBe(2);
      expect(decode(slot as typeof bossManualSlot, JSON.stringify({ version: 1, data: slot.empty() })).status).toBe('migrated');
    }
  });

  it('treat malformed versions as unreadable data (set aside, never silently dropped)', () => {
    expect(worksheetSlot.validate({ ...held, otherVersions: { [GOALS]: 'Theirs' } })).toBeNull();
    expect(bossManualSlot.validate({ ...makeManuals(), otherVersions: { x: [1] } })).toBeNull();
    expect(oneOnOneSlot.validate({ ...emptyOneOnOne(), otherVersions: 'x' })).toBeNull();
  });

  it("drop a version with what it belonged to, and keep everyone's versions when a sheet is added", () => {
    expect(addSheet(held, 'B', T).otherVersions).toEqual({ [GOALS]: ['Theirs'] });
    expect(clearAnswers(held, T)).not.toHaveProperty('otherVersions');
    expect(deleteSheet(held, 'ws-first', T)).not.toHaveProperty('otherVersions');
    const manual = withVersions(makeManuals(), { [manualAnswerPath('boss-first', 'goals')]: ['x'] });
    expect(deleteManual(manual, 'boss-first', T)).not.toHaveProperty('otherVersions');
    const drafts = withVersions(addOption(makeDrafts(), T), { [draftPath('draft-first', 'options/c/what')]: ['x'] });
    expect(badNewsSlot.validate(removeOption(drafts, 'c', T))).not.toHaveProperty('otherVersions');
    expect(
      deleteDraft(withVersions(makeDrafts(), { [draftPath('draft-first', 'reason')]: ['x'] }), 'draft-first', T),
    ).not.toHaveProperty('otherVersions');
  });

  it('are carried by export and import', () => {
    const raw = { [keyFor('worksheet')]: encode(worksheetSlot, held) };
    const file = buildExport(ALL_SLOTS, (k) => raw[k] ?? null, T);
    expect(file.slots.worksheet).toEqual({ version: 3, data: held });
    const back = parseImport(JSON.stringify(file), ALL_SLOTS);
    expect(back.ok && back.slots.worksheet).toEqual(held);
  });
});
