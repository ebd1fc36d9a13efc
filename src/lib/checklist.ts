// Readiness-checklist logic: progress counts and what to do next. No DOM.
import { longDate } from './dates';
import type { ChecklistEntry, ChecklistState } from './slots';

export interface ChecklistItem {
  id: string;
  text: string;
  section: string;
  href: string;
}
export interface ChecklistGroup {
  lesson: string;
  title: string;
  items: ChecklistItem[];
}

export interface Tally {
  done: number;
  total: number;
  percent: number;
}

export function tally(items: { id: string }[], state: ChecklistState): Tally {
  const done = items.filter((i) => state.items[i.id]?.done).length;
  const total = items.length;
  return { done, total, percent: total ? Math.round((done / total) * 100) : 0 };
}

/** The first `n` unticked items, in lesson order. */
export function nextItems(
  groups: ChecklistGroup[],
  state: ChecklistState,
  n = 3,
): (ChecklistItem & { lesson: string; lessonTitle: string })[] {
  return groups
    .flatMap((g) => g.items.map((i) => ({ ...i, lesson: g.lesson, lessonTitle: g.title })))
    .filter((i) => !state.items[i.id]?.done)
    .slice(0, n);
}

/** "Done on 12 March 2026: told Sam about the vendor delay", from an entry's date and note. */
export function describeEntry(entry: { date?: string; note?: string } | undefined): string {
  if (!entry || (!entry.date && !entry.note)) return '';
  const date = entry.date && !Number.isNaN(Date.parse(entry.date)) ? longDate(`${entry.date}T12:00:00`) : '';
  const note = entry.note?.trim() ?? '';
  if (date && note) return `Done on ${date}: ${note}`;
  return date ? `Done on ${date}` : note;
}

/** Applies a patch to one item of the checklist state, dropping empty entries. */
export function patchChecklist(state: ChecklistState, id: string, patch: Partial<ChecklistEntry>): ChecklistState {
  const next: ChecklistEntry = { ...(state.items[id] ?? { done: false }), ...patch };
  if (next.date === undefined) delete next.date;
  if (next.note === undefined) delete next.note;
  const items = { ...state.items };
  if (!next.done && !next.date && !next.note) delete items[id];
  else items[id] = next;
  return { items };
}
