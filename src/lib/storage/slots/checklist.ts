// The readiness checklist: an entry per ticked item (done, date, note), and the entries of items
// no longer on the checklist, kept with their words. Version 2 renamed and removed items; the
// migration keeps every tick and note.
import { isRecord, isString, recordOf } from '../guards';
import type { Slot } from '../store';

export interface ChecklistEntry {
  done: boolean;
  /** Optional date the reader did it, or last did it for a recurring item (YYYY-MM-DD), and a note. */
  date?: string;
  note?: string;
}
/** The entry of an item that is no longer on the checklist, with the item's words, so nothing typed is lost. */
export interface KeptEntry extends ChecklistEntry {
  id: string;
  text: string;
}
export interface ChecklistState {
  items: Record<string, ChecklistEntry>;
  kept: KeptEntry[];
}
const isEntry = (v: unknown): v is ChecklistEntry =>
  isRecord(v) &&
  typeof v.done === 'boolean' &&
  (v.date === undefined || isString(v.date)) &&
  (v.note === undefined || isString(v.note));
const isKept = (v: unknown): v is KeptEntry => isEntry(v) && isString((v as KeptEntry).id) && isString((v as KeptEntry).text);
export const checklistSlot: Slot<ChecklistState> = {
  name: 'checklist',
  label: 'your checklist',
  // v2 renamed and removed items (notes of removed ones are kept) and added `kept`.
  version: 2,
  empty: () => ({ items: {}, kept: [] }),
  validate: (d) => {
    if (!isRecord(d) || !Array.isArray(d.kept) || !d.kept.every(isKept)) return null;
    const items = recordOf(d.items, isEntry);
    if (!items) return null;
    const entry = (e: ChecklistEntry): ChecklistEntry => ({
      done: e.done,
      ...(e.date !== undefined && { date: e.date }),
      ...(e.note !== undefined && { note: e.note }),
    });
    const rebuilt: Record<string, ChecklistEntry> = {};
    for (const [id, e] of Object.entries(items)) rebuilt[id] = entry(e);
    const kept = d.kept.map((k) => ({ ...entry(k), id: k.id, text: k.text }));
    return { items: rebuilt, kept };
  },
  migrations: { 1: migrateChecklistV1 },
};

/**
 * Moves saved entries to new item ids. `changes` maps an old id to its new id, or to null when the
 * item was removed; `oldTexts` gives removed items' words. Entries of removed items are kept with
 * their words (nothing the reader typed is dropped); an entry whose new id already has one is kept
 * the same way rather than overwriting it. Ids not in `changes` stay as they are.
 */
export function renameItems(
  state: ChecklistState,
  changes: Record<string, string | null>,
  oldTexts: Record<string, string>,
): ChecklistState {
  const items: Record<string, ChecklistEntry> = {};
  const kept: KeptEntry[] = [...state.kept];
  const keep = (id: string, e: ChecklistEntry) => kept.push({ id, text: oldTexts[id] ?? id, ...e });
  for (const [id, entry] of Object.entries(state.items)) if (!(id in changes)) items[id] = entry;
  for (const [id, entry] of Object.entries(state.items)) {
    if (!(id in changes)) continue;
    const to = changes[id];
    if (to && !items[to]) items[to] = entry;
    else keep(id, entry);
  }
  return { items, kept };
}

// Version 1 -> 2 of the checklist: which items were renamed (same action, clearer words) or
// removed (claims rather than actions, or ones that could be ticked without doing anything).
const V1_CHANGES: Record<string, string | null> = {
  'boss-influence-listed': null,
  'boss-quarter-pressure-known': 'boss-quarter-pressure-asked',
  'boss-career-story-known': 'boss-career-story-asked',
  'boss-top-results-named': 'boss-top-results-asked',
  'asked-how-my-work-contributes': null,
  'routine-and-urgent-channels-known': 'channels-asked',
  'boss-style-identified': 'boss-style-prepared',
  'risk-flagged-before-anyone-else': 'risk-heads-up-sent',
  'commitments-closed-on-time': 'commitments-reviewed',
  'career-check-in-booked': 'career-check-in-held',
  'skip-level-priorities-known': 'skip-level-priorities-asked',
  'skip-level-contact-cleared': null,
  'boss-load-lightened': null,
  'successor-being-trained': 'teammate-trained',
};
const V1_REMOVED_TEXTS: Record<string, string> = {
  'boss-influence-listed': 'I can name three ways my manager shapes my daily work, my growth and my next move.',
  'asked-how-my-work-contributes':
    'I have asked my boss how they see my work contributing to their goals, and offered to take on something more.',
  'skip-level-contact-cleared':
    'Every message I have sent my boss’s boss beyond a greeting was cleared with my boss or had my boss copied.',
  'boss-load-lightened': 'I have taken a specific task off my boss’s plate when they were stretched thin.',
};

/** Version-1 data ({ items }) in the version-2 shape, items renamed and removed items' entries kept. */
export function migrateChecklistV1(old: unknown): unknown {
  const o = old as { items?: unknown };
  if (typeof o !== 'object' || o === null || typeof o.items !== 'object' || o.items === null) throw new Error('not a checklist');
  return renameItems({ items: o.items as ChecklistState['items'], kept: [] }, V1_CHANGES, V1_REMOVED_TEXTS);
}
