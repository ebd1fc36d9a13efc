// What the My data page does, without the page: list what is saved in plain words, list the
// copies kept aside, import a checked file all-or-nothing, and clear everything.
import { sinceWhen } from './dates';
import { summarize } from './summary';
import {
  decode,
  isAsideKey,
  keepAsidesOnce,
  keyFor,
  parseAsideKey,
  readSlot,
  type AnySlot,
  type SafeStorage,
} from './storage/store';
import { isRecord } from './storage/guards';

/** Totals the page knows from its content, so a summary can say "12 of 31". */
export interface Totals {
  checklist?: number;
  lessons?: number;
}

export interface SavedRow {
  name: string;
  /** "Your checklist: 12 of 31 ticked, changed 2 days ago" */
  sentence: string;
  key: string;
  /** Envelope version found, for the details for the curious. */
  version: number | null;
  savedAt: string | null;
  readable: boolean;
}

export interface AsideRow {
  key: string;
  label: string;
  when: string;
  size: number;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function envelopeInfo(raw: string): { version: number | null; savedAt: string | null } {
  try {
    const v: unknown = JSON.parse(raw);
    if (!isRecord(v)) return { version: null, savedAt: null };
    const savedAt = typeof v.savedAt === 'string' && !Number.isNaN(Date.parse(v.savedAt)) ? v.savedAt : null;
    return { version: Number.isInteger(v.version) ? (v.version as number) : null, savedAt };
  } catch {
    return { version: null, savedAt: null };
  }
}

/** One plain sentence per saved slot (reading also sets unreadable data aside, as every read does). */
export function listSaved(storage: SafeStorage, slots: readonly AnySlot[], totals: Totals = {}, now = new Date()): SavedRow[] {
  return slots.flatMap((slot) => {
    const key = keyFor(slot.name);
    const raw = storage.getItem(key);
    if (raw === null) return [];
    const r = readSlot(storage, slot, raw, now);
    const { version, savedAt } = envelopeInfo(raw);
    const readable = r.status === 'ok' || r.status === 'migrated';
    const what = readable
      ? summarize(slot.name, r.data, totals)
      : r.status === 'newer'
        ? 'saved by a newer version of this site, left as it is'
        : r.readOnly
          ? 'could not be read, and left as it is'
          : 'could not be read (a copy is kept aside below)';
    const when = savedAt ? `, changed ${sinceWhen(savedAt, now)}` : '';
    return [{ name: slot.name, sentence: `${capital(slot.label)}: ${what}${when}`, key, version, savedAt, readable }];
  });
}

/** The copies kept aside, each text once (copies two tabs made of the same value at once are merged). */
export function listAsides(storage: SafeStorage, slots: readonly AnySlot[]): AsideRow[] {
  keepAsidesOnce(storage);
  return storage
    .keys()
    .filter(isAsideKey)
    .map((key) => {
      const { name, when } = parseAsideKey(key);
      const slot = slots.find((s) => s.name === name);
      return { key, label: slot?.label ?? name, when, size: (storage.getItem(key) ?? '').length };
    });
}

/** What a slot holds now, in words, for the import preview. */
export function currentSummary(storage: SafeStorage, slot: AnySlot, totals: Totals = {}): string {
  const r = decode(slot, storage.getItem(keyFor(slot.name)));
  return r.status === 'ok' || r.status === 'migrated' ? summarize(slot.name, r.data, totals) : 'nothing';
}

export type ImportOutcome = { ok: true; persistent: boolean; keys: string[] } | { ok: false; error: string; keys: string[] };

/**
 * Writes every imported slot, or none: the old values are snapshotted first, and when any write
 * fails (full storage, a read-only slot), every key is put back as it was and the failed part is named.
 */
export function applyImport(
  storage: SafeStorage,
  slots: readonly AnySlot[],
  data: Record<string, unknown>,
  now = new Date(),
): ImportOutcome {
  const chosen = slots.filter((s) => s.name in data);
  const locked = chosen.find((s) => storage.isLocked(keyFor(s.name)));
  if (locked)
    return {
      ok: false,
      keys: [],
      error: `Nothing was imported: ${locked.label} cannot be replaced on this visit (see the notice at the top of the page).`,
    };
  const snapshot = new Map(chosen.map((s) => [keyFor(s.name), storage.getItem(keyFor(s.name))]));
  const persistentBefore = storage.persistent;
  for (const slot of chosen) {
    const key = keyFor(slot.name);
    const text = JSON.stringify({ version: slot.version, savedAt: now.toISOString(), data: data[slot.name] });
    // With storage already in memory only (disabled), the import still works for the visit.
    if (!storage.setItem(key, text) && persistentBefore) {
      for (const [k, old] of snapshot) storage.restore(k, old);
      return {
        ok: false,
        keys: [],
        error: `Nothing was imported: ${slot.label} could not be saved (the browser's storage for this site is probably full). Everything is as it was before.`,
      };
    }
  }
  return { ok: true, persistent: storage.persistent, keys: [...snapshot.keys()] };
}

/**
 * What "Clear all" deletes, in words, from the same list of slots it clears: a new tool's slot is
 * named here as soon as it is saved at all, so the warning cannot fall behind what it deletes.
 */
export function clearAllWords(slots: readonly { label: string }[]): string {
  return [...slots.map((s) => s.label), 'any copies of damaged data kept aside'].join('; ');
}

/** Deletes every key of the site, kept-aside copies included; returns the keys removed. */
export function clearAll(storage: SafeStorage): string[] {
  const keys = storage.keys();
  for (const key of keys) storage.removeItem(key);
  for (const key of keys) storage.unlock(key);
  storage.resolve((p) => p.readOnly === true);
  return keys;
}
