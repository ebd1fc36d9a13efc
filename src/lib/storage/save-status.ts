// The one status line every editor shows beside its fields (the worksheet, the boss manual, the
// bad-news brief, the two planners): how saving stands, in the same words on every page. While a
// field holds two versions (two tabs changed it at once), it never says "All changes saved": it
// says how many fields wait for the reader to choose. Pure, so it is unit-tested.
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
  /** How many fields hold another version, waiting for the reader to use or discard it. */
  versions?: number;
}

/** What the reader has still to choose, or '' when nothing waits. */
export function versionsLine(versions = 0): string {
  if (versions <= 0) return '';
  return `${versions === 1 ? '1 field has' : `${versions} fields have`} two versions: under ${versions === 1 ? 'it' : 'each'}, use or discard “Your other version”.`;
}

/** The save line for an editor; a conflict is told after how saving stands. */
export function saveStatus(state: SaveState, o: SaveStatusOptions): string {
  const versions = o.versions ?? 0;
  const at = o.savedAt ? ` at ${clockTime(o.savedAt)}` : '';
  const base = {
    idle: o.idle ?? '',
    pending: 'Saving…',
    saved: versions > 0 ? `Saved in this browser${at}.` : `All changes saved in this browser${at}.`,
    memory: `Not saved: this browser isn't keeping data. Download or copy your ${o.keep} before you leave.`,
    'read-only': `Not saved on this visit, so the saved copy stays as it is. Download or copy your ${o.keep} to keep what you typed.`,
  }[state];
  const conflicts = o.conflicts ?? [];
  const what = o.unnamed ?? (conflicts.length === 1 ? `“${conflicts[0]}”` : `${conflicts.length} answers`);
  const told =
    conflicts.length === 0
      ? ''
      : `Another tab changed ${what} while you were editing it here; ${versions > 0 ? 'both versions are kept' : "this tab's text is kept"}.`;
  return [base, told, versionsLine(versions)].filter(Boolean).join(' ');
}

/**
 * The save line in a word or two, for a phone's one-row tool bar (the full line stays in the page
 * for screen readers). Null when the full line must be read on screen: nothing is being kept, or
 * another tab changed something, or a field has two versions, or the page has a message for the reader.
 */
export function saveStatusShort(
  state: SaveState,
  o: { conflicts?: readonly unknown[]; message?: string; versions?: number } = {},
): string | null {
  if ((o.conflicts?.length ?? 0) > 0 || (o.versions ?? 0) > 0 || (o.message ?? '').trim()) return null;
  return { idle: 'Autosaves', pending: 'Saving…', saved: 'Saved', memory: null, 'read-only': null }[state];
}
