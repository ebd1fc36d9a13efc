// Checklist logic: which items are done or due, progress counts, and what to do next. No DOM.
// (The migration that keeps ticks and notes when items are renamed or removed sits with the saved
// shape, in storage/slots/checklist.ts.)
// An item is a one-off action (done once ticked) or a recurring habit (`every`): ticking a habit
// records today as its last-done date, and it comes back as due when its period has passed.
import { longDate } from './dates';
import type { ChecklistEntry, ChecklistState } from './storage/slots/checklist';

/** How often a recurring item comes back, and its length in days. */
export const PERIODS = { week: 7, 'two-weeks': 14, month: 30, quarter: 91 } as const;
export type Period = keyof typeof PERIODS;
export const PERIOD_LABELS: Record<Period, string> = {
  week: 'every week',
  'two-weeks': 'every two weeks',
  month: 'every month',
  quarter: 'every three months',
};

export interface ChecklistItem {
  id: string;
  text: string;
  section: string;
  href: string;
  /** Set for a recurring habit. */
  every?: Period;
}
export interface ChecklistGroup {
  lesson: string;
  title: string;
  items: ChecklistItem[];
}

/** A lesson's items, each linking to the section of the lesson page it comes from. */
export const lessonItems = (items: readonly Omit<ChecklistItem, 'href'>[]): ChecklistItem[] =>
  items.map((i) => ({ ...i, href: `#${i.section}` }));

const dayNumber = (day: string) => {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
};

export type ItemStatus = 'open' | 'done' | 'due';

/**
 * A one-off item is done once ticked. A recurring one is done while its last-done date is within
 * its period; ticked without a date (a tick from before it recurred) or past its period, it is due.
 */
export function itemStatus(item: Pick<ChecklistItem, 'every'>, entry: ChecklistEntry | undefined, today: string): ItemStatus {
  if (!entry?.done) return 'open';
  if (!item.every) return 'done';
  const last = entry.date ? dayNumber(entry.date) : null;
  const now = dayNumber(today);
  if (last === null || now === null) return 'due';
  return now - last < PERIODS[item.every] ? 'done' : 'due';
}

export interface Tally {
  done: number;
  total: number;
  percent: number;
}

export function tally(items: ChecklistItem[], state: ChecklistState, today: string): Tally {
  const done = items.filter((i) => itemStatus(i, state.items[i.id], today) === 'done').length;
  const total = items.length;
  return { done, total, percent: total ? Math.round((done / total) * 100) : 0 };
}

type Listed = ChecklistItem & { lesson: string; lessonTitle: string };
const listed = (groups: ChecklistGroup[]): Listed[] =>
  groups.flatMap((g) => g.items.map((i) => ({ ...i, lesson: g.lesson, lessonTitle: g.title })));

/** Recurring items whose period has passed since they were last done, in lesson order. */
export const dueItems = (groups: ChecklistGroup[], state: ChecklistState, today: string): Listed[] =>
  listed(groups).filter((i) => itemStatus(i, state.items[i.id], today) === 'due');

/** The first `n` items never done (one-off or recurring), in lesson order. */
export const nextItems = (groups: ChecklistGroup[], state: ChecklistState, today: string, n = 3): Listed[] =>
  listed(groups)
    .filter((i) => itemStatus(i, state.items[i.id], today) === 'open')
    .slice(0, n);

/**
 * What to do next: habits that are due again first, then items never done, in lesson order, up to
 * `n` (a fixed count, so the list keeps its height when saved state arrives).
 */
export const upNext = (groups: ChecklistGroup[], state: ChecklistState, today: string, n = 3) =>
  listed(groups)
    .map((i) => ({ ...i, status: itemStatus(i, state.items[i.id], today) }))
    .filter((i) => i.status !== 'done')
    .sort((a, b) => (a.status === 'due' ? 0 : 1) - (b.status === 'due' ? 0 : 1))
    .slice(0, n);

/**
 * What to show of an entry's date and note. Only a ticked item says "done"; an unticked one with a
 * date says it is not ticked, so a date never claims something that did not happen.
 */
export function describeEntry(item: Pick<ChecklistItem, 'every'>, entry: ChecklistEntry | undefined): string {
  if (!entry || (!entry.date && !entry.note?.trim())) return '';
  const date = entry.date && dayNumber(entry.date) !== null ? longDate(`${entry.date}T12:00:00`) : '';
  const note = entry.note?.trim() ?? '';
  const head = !date
    ? entry.done || !note
      ? ''
      : 'Not ticked yet'
    : entry.done
      ? `${item.every ? 'Last done' : 'Done'} on ${date}`
      : `Not ticked yet (dated ${date})`;
  return head && note ? `${head}: ${note}` : head || note;
}

/** The change ticking or unticking makes: a recurring item also records today as its last-done date. */
export function tickPatch(item: Pick<ChecklistItem, 'every'>, done: boolean, today: string): Partial<ChecklistEntry> {
  return done && item.every ? { done, date: today } : { done };
}

/** Applies a patch to one item of the checklist state, dropping empty entries. */
export function patchChecklist(state: ChecklistState, id: string, patch: Partial<ChecklistEntry>): ChecklistState {
  const next: ChecklistEntry = { ...(state.items[id] ?? { done: false }), ...patch };
  if (!next.date) delete next.date;
  if (next.note === undefined || next.note === '') delete next.note;
  const items = { ...state.items };
  if (!next.done && !next.date && !next.note) delete items[id];
  else items[id] = next;
  return { ...state, items };
}

/** Removes one kept entry (the reader chose to), leaving the rest. */
export const dismissKept = (state: ChecklistState, index: number): ChecklistState => ({
  ...state,
  kept: state.kept.filter((_, i) => i !== index),
});
