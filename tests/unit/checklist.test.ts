import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  describeEntry,
  dismissKept,
  dueItems,
  itemStatus,
  nextItems,
  patchChecklist,
  tally,
  tickPatch,
  upNext,
  type ChecklistGroup,
  type ChecklistItem,
} from '../../src/lib/checklist';
import { migrateChecklistV1, renameItems } from '../../src/lib/storage/slots/checklist';
import { isoDay } from '../../src/lib/dates';
import { checklistSchema } from '../../src/schemas/checklist';
import { checklistSlot, type ChecklistState } from '../../src/lib/storage/slots/checklist';
import { decode } from '../../src/lib/storage/store';

const item = (id: string, every?: ChecklistItem['every']): ChecklistItem => ({
  id,
  text: `Do ${id}`,
  section: id,
  href: `/lessons/x/#${id}`,
  ...(every ? { every } : {}),
});
const groups: ChecklistGroup[] = [
  { lesson: 'first', title: 'First lesson', items: [item('a'), item('b', 'week')] },
  { lesson: 'second', title: 'Second lesson', items: [item('c'), item('d', 'month'), item('e')] },
];
const allItems = groups.flatMap((g) => g.items);
const state = (items: ChecklistState['items'], kept: ChecklistState['kept'] = []): ChecklistState => ({ items, kept });
const TODAY = '2026-03-20';

describe('itemStatus: one-off items stay done, habits come back when their period has passed', () => {
  it('a one-off item is done once ticked, whatever its date', () => {
    expect(itemStatus({}, undefined, TODAY)).toBe('open');
    expect(itemStatus({}, { done: false, date: '2026-03-01' }, TODAY)).toBe('open');
    expect(itemStatus({}, { done: true }, TODAY)).toBe('done');
    expect(itemStatus({}, { done: true, date: '2020-01-01' }, TODAY)).toBe('done');
  });
  it('a weekly habit is done for six days after it was last done and due from the seventh', () => {
    const week = { every: 'week' as const };
    expect(itemStatus(week, { done: true, date: '2026-03-20' }, TODAY)).toBe('done');
    expect(itemStatus(week, { done: true, date: '2026-03-14' }, TODAY)).toBe('done');
    expect(itemStatus(week, { done: true, date: '2026-03-13' }, TODAY)).toBe('due');
  });
  it('counts periods across month and year ends and a change to summer time', () => {
    // A month is 30 days: 18 February to 20 March 2026 is 30 days (February has 28), 19 February is 29.
    expect(itemStatus({ every: 'month' }, { done: true, date: '2026-02-18' }, TODAY)).toBe('due');
    expect(itemStatus({ every: 'month' }, { done: true, date: '2026-02-19' }, TODAY)).toBe('done');
    expect(itemStatus({ every: 'two-weeks' }, { done: true, date: '2025-12-25' }, '2026-01-07')).toBe('done');
    expect(itemStatus({ every: 'two-weeks' }, { done: true, date: '2025-12-24' }, '2026-01-07')).toBe('due');
    expect(itemStatus({ every: 'week' }, { done: true, date: '2026-03-23' }, '2026-03-30')).toBe('due');
    expect(itemStatus({ every: 'quarter' }, { done: true, date: '2026-01-01' }, '2026-04-01')).toBe('done');
    expect(itemStatus({ every: 'quarter' }, { done: true, date: '2025-12-30' }, '2026-04-01')).toBe('due');
  });
  it('a habit ticked without a date (a tick from before it recurred) or with an unreadable date is due', () => {
    expect(itemStatus({ every: 'week' }, { done: true }, TODAY)).toBe('due');
    expect(itemStatus({ every: 'week' }, { done: true, date: 'someday' }, TODAY)).toBe('due');
    expect(itemStatus({ every: 'week' }, { done: false, date: TODAY }, TODAY)).toBe('open');
  });
});

describe('tally, dueItems, nextItems', () => {
  const s = state({
    a: { done: true },
    b: { done: true, date: '2026-03-01' }, // weekly, 19 days ago: due
    d: { done: true, date: '2026-03-10' }, // monthly, 10 days ago: done
    e: { done: false, note: 'soon' },
  });
  it('counts done items only (a due habit is not done) and rounds the percentage', () => {
    expect(tally(allItems, s, TODAY)).toEqual({ done: 2, total: 5, percent: 40 });
    expect(tally([], s, TODAY)).toEqual({ done: 0, total: 0, percent: 0 });
  });
  it('lists due habits with their lesson', () => {
    expect(dueItems(groups, s, TODAY)).toEqual([{ ...item('b', 'week'), lesson: 'first', lessonTitle: 'First lesson' }]);
    expect(dueItems(groups, s, '2026-03-05')).toEqual([]);
  });
  it('lists items never done, in lesson order, up to n (an unticked item with a note is still to do)', () => {
    expect(nextItems(groups, s, TODAY).map((i) => i.id)).toEqual(['c', 'e']);
    expect(nextItems(groups, state({}), TODAY, 4).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(nextItems(groups, state({}), TODAY, 0)).toEqual([]);
  });
});

describe('upNext', () => {
  it('puts habits due again first, then items never done, in lesson order, up to n; never done ones', () => {
    const s = state({ a: { done: true }, b: { done: true, date: '2026-03-01' }, d: { done: true, date: '2026-01-01' } });
    expect(upNext(groups, s, TODAY).map((i) => [i.id, i.status])).toEqual([
      ['b', 'due'],
      ['d', 'due'],
      ['c', 'open'],
    ]);
    expect(upNext(groups, s, TODAY, 5).map((i) => i.id)).toEqual(['b', 'd', 'c', 'e']);
    expect(upNext(groups, state(Object.fromEntries(allItems.map((i) => [i.id, { done: true, date: TODAY }]))), TODAY)).toEqual(
      [],
    );
  });
});

describe('describeEntry: a date or note never says "done" for an unticked item', () => {
  it('says done, or last done for a habit, only when ticked', () => {
    expect(describeEntry({}, { done: true, date: '2026-03-12', note: 'told Sam about the vendor delay' })).toBe(
      'Done on 12 March 2026: told Sam about the vendor delay',
    );
    expect(describeEntry({ every: 'week' }, { done: true, date: '2026-03-12' })).toBe('Last done on 12 March 2026');
  });
  it('says "not ticked yet" for an unticked item with a date or a note', () => {
    expect(describeEntry({}, { done: false, date: '2026-11-20', note: 'told Priya' })).toBe(
      'Not ticked yet (dated 20 November 2026): told Priya',
    );
    expect(describeEntry({}, { done: false, date: '2026-11-20' })).toBe('Not ticked yet (dated 20 November 2026)');
    expect(describeEntry({}, { done: false, note: '  later  ' })).toBe('Not ticked yet: later');
    for (const e of [
      { done: false, date: '2026-11-20' },
      { done: false, note: 'x' },
    ])
      expect(describeEntry({}, e)).not.toMatch(/done/i);
  });
  it('gives a ticked note alone, trimmed; nothing for no entry; drops an unreadable date', () => {
    expect(describeEntry({}, { done: true, note: '  asked for feedback  ' })).toBe('asked for feedback');
    expect(describeEntry({}, undefined)).toBe('');
    expect(describeEntry({}, { done: true })).toBe('');
    expect(describeEntry({}, { done: true, date: 'someday', note: 'talk to Sam' })).toBe('talk to Sam');
  });
});

describe('tickPatch and patchChecklist', () => {
  it('ticking a habit records today as its last-done date; a one-off tick leaves the date alone', () => {
    expect(tickPatch({ every: 'week' }, true, TODAY)).toEqual({ done: true, date: TODAY });
    expect(tickPatch({}, true, TODAY)).toEqual({ done: true });
    expect(tickPatch({ every: 'week' }, false, TODAY)).toEqual({ done: false });
  });
  it('a due habit ticked again is done again', () => {
    const s = patchChecklist(
      state({ b: { done: true, date: '2026-03-01', note: 'n' } }),
      'b',
      tickPatch({ every: 'week' }, true, TODAY),
    );
    expect(s.items.b).toEqual({ done: true, date: TODAY, note: 'n' });
    expect(itemStatus({ every: 'week' }, s.items.b, TODAY)).toBe('done');
  });
  it('removes an entry that becomes empty, keeps date and note when unticked, and keeps kept entries', () => {
    const kept = [{ id: 'old', text: 'Old', done: true }];
    expect(patchChecklist(state({ a: { done: true } }, kept), 'a', { done: false })).toEqual(state({}, kept));
    expect(patchChecklist(state({ a: { done: false, date: '2026-03-12' } }), 'a', { date: '' })).toEqual(state({}));
    expect(patchChecklist(state({ a: { done: true, date: '2026-03-12', note: 'x' } }), 'a', { done: false })).toEqual(
      state({ a: { done: false, date: '2026-03-12', note: 'x' } }),
    );
  });
  it('does not mutate the state it was given, and its result is valid slot data', () => {
    const before = state({ a: { done: true, note: 'n' } });
    const snapshot = structuredClone(before);
    const next = patchChecklist(before, 'a', { done: false, date: '2026-03-12' });
    expect(before).toEqual(snapshot);
    expect(checklistSlot.validate(JSON.parse(JSON.stringify(next)))).toEqual(next);
  });
  it('dismissKept removes only the chosen kept entry', () => {
    const kept = [
      { id: 'x', text: 'X', done: true },
      { id: 'y', text: 'Y', done: false, note: 'n' },
    ];
    expect(dismissKept(state({ a: { done: true } }, kept), 0)).toEqual(state({ a: { done: true } }, [kept[1]!]));
  });
});

describe('renameItems: nothing the reader typed is dropped', () => {
  it('moves entries to renamed ids, keeps unchanged ids, and keeps removed items with their words', () => {
    const before = state({
      same: { done: true, note: 'stays' },
      old: { done: true, date: '2026-03-01', note: 'moves' },
      gone: { done: false, note: 'typed this' },
    });
    const out = renameItems(before, { old: 'new', gone: null }, { gone: 'The removed item' });
    expect(out).toEqual(
      state({ same: { done: true, note: 'stays' }, new: { done: true, date: '2026-03-01', note: 'moves' } }, [
        { id: 'gone', text: 'The removed item', done: false, note: 'typed this' },
      ]),
    );
  });
  it('never overwrites an entry already at the new id: the moving one is kept aside instead', () => {
    const out = renameItems(state({ old: { done: true, note: 'a' }, new: { done: false, note: 'b' } }), { old: 'new' }, {});
    expect(out.items).toEqual({ new: { done: false, note: 'b' } });
    expect(out.kept).toEqual([{ id: 'old', text: 'old', done: true, note: 'a' }]);
  });
  it('adds to entries kept earlier', () => {
    const earlier = { id: 'older', text: 'Older', done: true };
    expect(renameItems(state({ gone: { done: true } }, [earlier]), { gone: null }, { gone: 'Gone' }).kept).toEqual([
      earlier,
      { id: 'gone', text: 'Gone', done: true },
    ]);
  });
});

describe('version 1 -> 2 migration of the checklist', () => {
  const groupsNow = readdirSync('src/content/checklist').map((f) =>
    checklistSchema.parse(parse(readFileSync(`src/content/checklist/${f}`, 'utf8'))),
  );
  const idsNow = new Set(groupsNow.flatMap((g) => g.items.map((i) => i.id)));
  // Every item id of version 1.
  const v1Ids = [
    'skip-level-priorities-known', 'skip-level-contact-cleared', 'praise-forwarded-to-boss', 'improvement-results-shared',
    'boss-key-dates-planned', 'routine-and-urgent-channels-known', 'update-format-matched', 'boss-style-identified',
    'risk-flagged-before-anyone-else', 'bad-news-with-plan', 'problem-raised-with-options', 'commitments-closed-on-time',
    'weekly-progress-note-sent', 'recurring-task-taken-over', 'strengths-pitched-to-boss', 'specific-feedback-acted-on',
    'colleague-credited-in-meeting', 'career-check-in-booked', 'boss-career-story-known', 'boss-top-results-named',
    'recurring-one-on-one-booked', 'asked-how-my-work-contributes', 'volunteered-for-boss-initiative', 'boss-hidden-work-asked',
    'thought-experiment-written', 'vision-fit-decided', 'boss-load-lightened', 'successor-being-trained',
    'boss-influence-listed', 'boss-quarter-pressure-known', 'own-goal-said-aloud',
  ]; // prettier-ignore
  const everything = Object.fromEntries(
    v1Ids.map((id, i) => [id, { done: i % 2 === 0, date: '2026-03-02', note: `note ${id}` }]),
  );
  const migrated = decode(checklistSlot, JSON.stringify({ version: 1, data: { items: everything } }));

  it('reads every version-1 entry: each lands on a current item or in the kept list, none lost', () => {
    expect(migrated.status).toBe('migrated');
    const { items, kept } = migrated.data;
    expect(Object.keys(items).every((id) => idsNow.has(id))).toBe(true);
    const notes = [...Object.values(items), ...kept].map((e) => e.note).sort();
    expect(notes).toEqual(v1Ids.map((id) => `note ${id}`).sort());
    expect(Object.keys(items).length + kept.length).toBe(v1Ids.length);
  });

  it('keeps ticks, dates and notes of items that remain, under the same or their new id', () => {
    const { items } = migrated.data;
    expect(items['bad-news-with-plan']).toEqual(everything['bad-news-with-plan']);
    expect(items['channels-asked']).toEqual(everything['routine-and-urgent-channels-known']);
    expect(items['teammate-trained']).toEqual(everything['successor-being-trained']);
  });

  it('keeps removed items with their own words, ticked or not', () => {
    const gone = migrated.data.kept.find((k) => k.id === 'skip-level-contact-cleared')!;
    expect(gone.text).toMatch(/cleared with my boss/);
    expect(gone).toMatchObject({ note: 'note skip-level-contact-cleared', date: '2026-03-02' });
    expect(migrated.data.kept.map((k) => k.id).sort()).toEqual(
      ['asked-how-my-work-contributes', 'boss-influence-listed', 'boss-load-lightened', 'skip-level-contact-cleared'].sort(),
    );
  });

  it('leaves an entry for an id it does not know where it is (newer content, say)', () => {
    expect(migrateChecklistV1({ items: { 'from-elsewhere': { done: true } } })).toEqual(
      state({ 'from-elsewhere': { done: true } }),
    );
    expect(migrateChecklistV1({ items: {} })).toEqual(state({}));
  });

  it('refuses data that is not a checklist (the storage layer then keeps it aside)', () => {
    expect(() => migrateChecklistV1(null)).toThrow();
    expect(() => migrateChecklistV1({})).toThrow();
    expect(decode(checklistSlot, JSON.stringify({ version: 1, data: { items: { a: { done: 'yes' } } } })).status).toBe('invalid');
  });
});

describe('the real checklist', () => {
  const groupsNow = readdirSync('src/content/checklist').map((f) =>
    checklistSchema.parse(parse(readFileSync(`src/content/checklist/${f}`, 'utf8'))),
  );
  const items = groupsNow.flatMap((g) => g.items);
  it('has one-off steps and recurring habits, and a group for the new lesson', () => {
    expect(items.filter((i) => i.every).length).toBeGreaterThanOrEqual(6);
    expect(items.filter((i) => !i.every).length).toBeGreaterThanOrEqual(20);
    expect(groupsNow.map((g) => g.lesson.id)).toContain('when-its-hard');
  });
  it('words every item as an action, not a claim to know something', () => {
    for (const i of items) expect(i.text, i.id).not.toMatch(/^I (can|know|have)\b/);
  });
  // Issue 22: steps the lessons teach that the checklist once missed, in the lesson that teaches them.
  it.each([
    ['know-your-boss', 'agree-whats-expected-of-you', 'expectations-agreed'],
    ['earn-trust', 'keep-a-wins-log', 'wins-log-started'],
    ['earn-trust', 'own-your-task-list', 'own-task-added'],
    ['grow-together', 'give-your-boss-feedback-too', 'boss-feedback-given'],
    ['boss-of-your-boss', 'skip-level-meetings-done-well', 'first-skip-level-held'],
  ])('%s has an item for #%s (%s)', (lesson, section, id) => {
    const group = groupsNow.find((g) => g.lesson.id === lesson)!;
    expect(group.items.find((i) => i.id === id)).toMatchObject({ section });
  });
  it("asks for the boss's OK before joining cross-team work, as the lesson does", () => {
    const item = items.find((i) => i.id === 'cross-team-volunteered')!;
    expect(item.section).toBe('work-across-teams');
    expect(item.text).toMatch(/your boss's OK/);
  });
});

describe('isoDay', () => {
  it('gives the local calendar day', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
