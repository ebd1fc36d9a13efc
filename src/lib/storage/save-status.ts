// The one status line every editor shows beside its fields (the worksheet, the boss manual, the
// bad-news brief, the two planners): how saving stands, in the same words on every page. Pure, so
// it is unit-tested.
import { clockTime } from '../dates';
import type { SaveState } from './store';

export interface SaveStatusOptions {
  /** What the reader should download or copy before leaving when nothing is kept ("answers", "log"). */
  keep: string;
  /** When the last save reached storage. */
  savedAt?: Date | null;
  /** What another tab changed while this one held its own edit there, as the reader knows it. */
  conflicts?: readonly string[];
  /** Said of any conflict, when the page cannot name what changed ("an entry"). */
  unnamed?: string;
  /** The line before anything is saved; none by default. */
  idle?: string;
}

/** The save line for an editor; a conflict is told after how saving stands. */
export function saveStatus(state: SaveState, o: SaveStatusOptions): string {
  const base = {
    idle: o.idle ?? '',
    pending: 'Saving…',
    saved: `All changes saved in this browser${o.savedAt ? ` at ${clockTime(o.savedAt)}` : ''}.`,
    memory: `Not saved: this browser isn't keeping data. Download or copy your ${o.keep} before you leave.`,
    'read-only': `Not saved on this visit, so the saved copy stays as it is. Download or copy your ${o.keep} to keep what you typed.`,
  }[state];
  const conflicts = o.conflicts ?? [];
  if (conflicts.length === 0) return base;
  const what = o.unnamed ?? (conflicts.length === 1 ? `“${conflicts[0]}”` : `${conflicts.length} answers`);
  return `${base} Another tab changed ${what} while you were editing it here; this tab's text is kept.`.trim();
}

/**
 * The save line in a word or two, for a phone's one-row tool bar (the full line stays in the page
 * for screen readers). Null when the full line must be read on screen: nothing is being kept, or
 * another tab changed something, or the page has a message for the reader.
 */
export function saveStatusShort(state: SaveState, o: { conflicts?: readonly unknown[]; message?: string } = {}): string | null {
  if ((o.conflicts?.length ?? 0) > 0 || (o.message ?? '').trim()) return null;
  return { idle: 'Autosaves', pending: 'Saving…', saved: 'Saved', memory: null, 'read-only': null }[state];
}
