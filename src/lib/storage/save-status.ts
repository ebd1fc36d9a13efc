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
