// The one storage layer for everything the site saves in the reader's browser.
// Pure logic over an injected Storage-like object, so it runs (and is tested) without a DOM.
// - Keys are namespaced: `managing-up:<slot>`; values are envelopes `{ version, savedAt, data }`.
// - Reads validate, and migrate data saved by older versions of the site.
// - Data that is corrupt, invalid or written by a newer version is never overwritten silently:
//   it is copied aside to `managing-up:<slot>:aside:<time>` and reported as a problem. When that
//   copy cannot reach real storage, the key is locked: the feature is read-only for the visit.
//   A value is kept aside once: the same text met again (in any key, by any tab) reuses its copy.
// - Data written by a newer version stays in its key, untouched, and the feature is read-only.
// - Saves re-read the stored value and merge in only what this tab changed (merge.ts).
// - A storage that throws (private mode, quota, disabled) degrades to memory and reports it.

import { isIsoDate, isRecord } from './guards';
import { mergeJson, type Merged } from './merge';

export const NAMESPACE = 'managing-up';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export interface Slot<T> {
  /** Short name, used in the key and in exports. */
  name: string;
  /** Current shape version. Bump it and add a migration when the shape changes. */
  version: number;
  /** A human name for notices ("your checklist"). */
  label: string;
  empty: () => T;
  /** Returns the data if it has the current shape, else null. */
  validate: (data: unknown) => T | null;
  /**
   * migrations[n] turns version-n data into version n+1. Version 0 is bare data with no envelope.
   * `saved` is what the envelope said about the data: when it was last saved, if it says.
   */
  migrations?: Record<number, (data: unknown, saved: SavedMeta) => unknown>;
  /** Merges this tab's change (local over base) into the stored value; mergeJson by default. */
  merge?: (base: T, local: T, stored: T) => Merged<T>;
  /** Largest encoded size kept (characters); an import above it is refused with a clear message. */
  maxChars?: number;
}

/** Any slot, for code that handles every slot the same way (export, import, My data). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySlot = Slot<any>;

/** What a stored envelope says about its data, passed to migrations. */
export interface SavedMeta {
  /** When the data was last saved (an ISO time), when the envelope has a readable one. */
  savedAt?: string;
}

export type ReadStatus = 'empty' | 'ok' | 'migrated' | 'corrupt' | 'invalid' | 'newer';

export interface ReadResult<T> {
  status: ReadStatus;
  data: T;
  /** Version found in storage, when there was an envelope. */
  foundVersion?: number;
  /** True when this value must not be overwritten on this visit (see Problem.readOnly). */
  readOnly?: boolean;
}

export const keyFor = (name: string) => `${NAMESPACE}:${name}`;
/** An aside key; `n` tells apart copies made in the same millisecond. */
export const asideKeyFor = (name: string, at: Date, n = 0) =>
  `${keyFor(name)}:aside:${at.toISOString()}${n > 0 ? `~${n + 1}` : ''}`;
export const isAsideKey = (key: string) => key.startsWith(`${NAMESPACE}:`) && key.includes(':aside:');
/** The slot name and ISO time of an aside key. */
export function parseAsideKey(key: string): { name: string; when: string } {
  const m = key.match(/^[^:]+:([^:]+):aside:([^~]+)/);
  return { name: m?.[1] ?? key, when: m?.[2] ?? '' };
}
/** The first aside key for this time that holds nothing yet. */
export function freeAsideKey(storage: SafeStorage, name: string, at: Date): string {
  const taken = new Set(storage.keys());
  let n = 0;
  while (taken.has(asideKeyFor(name, at, n))) n++;
  return asideKeyFor(name, at, n);
}

/** The aside key already holding exactly `text`: one of this slot's first, else any slot's. */
function asideHolding(storage: SafeStorage, name: string, text: string): string | undefined {
  const asides = storage.keys().filter(isAsideKey);
  const own = `${keyFor(name)}:aside:`;
  const same = (k: string) => storage.getItem(k) === text;
  return asides.find((k) => k.startsWith(own) && same(k)) ?? asides.find((k) => !k.startsWith(own) && same(k));
}

/**
 * Removes aside copies that hold the same text as an earlier one (two tabs that met the same
 * unreadable value at once each made one), so repeated corruption cannot fill the storage. The
 * oldest copy of each text stays. Returns the keys removed.
 */
export function keepAsidesOnce(storage: SafeStorage): string[] {
  const byTime = storage
    .keys()
    .filter(isAsideKey)
    .sort((a, b) => parseAsideKey(a).when.localeCompare(parseAsideKey(b).when) || a.localeCompare(b));
  const kept = new Set<string>();
  const removed: string[] = [];
  for (const key of byTime) {
    const text = storage.getItem(key);
    if (text === null) continue;
    if (kept.has(text)) {
      storage.removeItem(key);
      removed.push(key);
    } else kept.add(text);
  }
  return removed;
}

export function encode<T>(slot: Slot<T>, data: T, now: Date = new Date()): string {
  return JSON.stringify({ version: slot.version, savedAt: now.toISOString(), data });
}

function isEnvelope(v: unknown): v is { version: number; data: unknown; savedAt?: unknown } {
  return isRecord(v) && Number.isInteger(v.version) && (v.version as number) >= 1 && 'data' in v;
}

/** Brings `data` saved at version `from` up to the slot's version; null when a step is missing. */
export function migrate<T>(slot: Slot<T>, data: unknown, from: number, saved: SavedMeta = {}): unknown {
  let current = data;
  for (let v = from; v < slot.version; v++) {
    const step = slot.migrations?.[v];
    if (!step) return null;
    try {
      current = step(current, saved);
    } catch {
      return null;
    }
  }
  return current;
}

/** Decodes a stored string (or an imported value) into the slot's current shape. */
export function decodeValue<T>(slot: Slot<T>, parsed: unknown): ReadResult<T> {
  let version = 0;
  let data: unknown = parsed;
  const saved: SavedMeta = {};
  if (isEnvelope(parsed)) {
    version = parsed.version;
    data = parsed.data;
    if (isIsoDate(parsed.savedAt)) saved.savedAt = new Date(parsed.savedAt).toISOString();
  }
  if (version > slot.version) return { status: 'newer', data: slot.empty(), foundVersion: version };
  if (version === slot.version) {
    const valid = slot.validate(data);
    return valid
      ? { status: 'ok', data: valid, foundVersion: version }
      : { status: 'invalid', data: slot.empty(), foundVersion: version };
  }
  const migrated = migrate(slot, data, version, saved);
  const valid = migrated === null ? null : slot.validate(migrated);
  return valid
    ? { status: 'migrated', data: valid, foundVersion: version }
    : { status: 'invalid', data: slot.empty(), foundVersion: version };
}

export function decode<T>(slot: Slot<T>, raw: string | null | undefined): ReadResult<T> {
  if (raw == null || raw === '') return { status: 'empty', data: slot.empty() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'corrupt', data: slot.empty() };
  }
  return decodeValue(slot, parsed);
}

export type ProblemKind = 'unavailable' | 'quota' | 'corrupt' | 'invalid' | 'newer';

export interface Problem {
  kind: ProblemKind;
  /** The slot's label, for slot problems. */
  label?: string;
  /** The slot's name, for slot problems. */
  slot?: string;
  /** Where the unreadable data was kept. */
  asideKey?: string;
  /** The slot is not saved on this visit, so nothing overwrites what is stored. */
  readOnly?: boolean;
  /** The unreadable value itself, when it could not be kept aside: offered as a download. */
  raw?: string;
}

/**
 * Wraps a real Storage. Any failure switches to an in-memory overlay so the page keeps working,
 * and is reported once through `problems` / `onProblem`.
 */
export class SafeStorage {
  private memory = new Map<string, string>();
  private backing: StorageLike | null;
  readonly problems: Problem[] = [];
  private listeners = new Set<(p: Problem) => void>();
  private locked = new Set<string>();

  constructor(open: () => StorageLike | null | undefined) {
    let s: StorageLike | null = null;
    try {
      s = open() ?? null;
      if (s) {
        // Touch it once: some browsers expose a storage that throws on first use.
        const probe = `${NAMESPACE}:probe`;
        s.setItem(probe, '1');
        s.removeItem(probe);
      }
      this.backing = s;
    } catch (e) {
      // A full storage still reads: keep it so saved data stays visible; writes fall back to memory.
      const quota = isQuotaError(e);
      this.backing = quota ? s : null;
      this.report({ kind: quota ? 'quota' : 'unavailable' });
    }
    if (!this.backing && this.problems.length === 0) this.report({ kind: 'unavailable' });
  }

  /** True while what is written reaches real storage. */
  get persistent() {
    return this.backing !== null && this.memory.size === 0;
  }

  onProblem(listener: (p: Problem) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  report(p: Problem) {
    if (this.problems.some((q) => q.kind === p.kind && q.label === p.label && q.asideKey === p.asideKey)) return;
    this.problems.push(p);
    for (const l of this.listeners) l(p);
  }

  /** Takes back problems that no longer hold (a full storage that has room again). */
  resolve(match: (p: Problem) => boolean) {
    const gone = this.problems.filter(match);
    if (gone.length === 0) return;
    this.problems.splice(0, this.problems.length, ...this.problems.filter((p) => !match(p)));
    for (const l of this.listeners) l(gone[0]!);
  }

  /** Marks a key read-only for this visit: writeSlot and saveSlot leave it alone. */
  lock(key: string) {
    this.locked.add(key);
  }
  unlock(key: string) {
    this.locked.delete(key);
  }
  isLocked(key: string) {
    return this.locked.has(key);
  }

  getItem(key: string): string | null {
    if (this.memory.has(key)) return this.memory.get(key)!;
    if (!this.backing) return null;
    try {
      return this.backing.getItem(key);
    } catch {
      this.backing = null;
      this.report({ kind: 'unavailable' });
      return null;
    }
  }

  /**
   * Writes a value; true when it reached real storage. Otherwise it is kept in memory for this
   * visit, unless `fallback` is false (then nothing is kept).
   */
  setItem(key: string, value: string, fallback = true): boolean {
    if (this.backing) {
      try {
        this.backing.setItem(key, value);
        this.memory.delete(key);
        if (this.memory.size === 0) this.resolve((p) => p.kind === 'quota');
        return true;
      } catch (e) {
        this.report({ kind: isQuotaError(e) ? 'quota' : 'unavailable' });
      }
    }
    if (fallback) this.memory.set(key, value);
    return false;
  }

  /** Puts a key back as it was (a value, or absent), in storage and out of the memory overlay. */
  restore(key: string, value: string | null): boolean {
    this.memory.delete(key);
    if (value === null) {
      this.removeItem(key);
      return true;
    }
    return this.setItem(key, value);
  }

  removeItem(key: string) {
    this.memory.delete(key);
    try {
      this.backing?.removeItem(key);
    } catch {
      /* nothing to keep: the value is gone from memory either way */
    }
  }

  /** Every key of the site's namespace, in storage and in the memory overlay. */
  keys(): string[] {
    const found = new Set<string>(this.memory.keys());
    if (this.backing) {
      try {
        for (let i = 0; i < this.backing.length; i++) {
          const k = this.backing.key(i);
          if (k) found.add(k);
        }
      } catch {
        /* reported on the next get or set */
      }
    }
    return [...found].filter((k) => k.startsWith(`${NAMESPACE}:`)).sort();
  }
}

export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const { name, code } = e as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * Reads a slot. Unreadable data is moved aside before anything can overwrite it: copied to an
 * aside key of its own, and taken out of the slot's key only when the copy reached real storage.
 * When the copy could not be made, the key is locked (read-only for the visit) and the problem
 * carries the value, so the reader can download it from the notice. Newer-version data stays in
 * its key and the key is locked. Each case is reported.
 */
export function readSlot<T>(storage: SafeStorage, slot: Slot<T>, raw?: string | null, now: Date = new Date()): ReadResult<T> {
  const key = keyFor(slot.name);
  const value = raw === undefined ? storage.getItem(key) : raw;
  const result = decode(slot, value);
  if (result.status === 'newer') {
    storage.lock(key);
    storage.report({ kind: 'newer', label: slot.label, slot: slot.name, readOnly: true });
    return { ...result, readOnly: true };
  }
  if (result.status === 'corrupt' || result.status === 'invalid') {
    const text = value as string;
    // Copies another tab made of the same text at the same moment go first; then the one left is reused.
    keepAsidesOnce(storage);
    const existing = asideHolding(storage, slot.name, text);
    const asideKey = existing ?? freeAsideKey(storage, slot.name, now);
    const kept = existing !== undefined || storage.setItem(asideKey, text, false);
    if (kept) {
      if (storage.getItem(key) === text) storage.removeItem(key);
      storage.report({ kind: result.status, label: slot.label, slot: slot.name, asideKey });
      return result;
    }
    storage.lock(key);
    storage.report({ kind: result.status, label: slot.label, slot: slot.name, readOnly: true, raw: text });
    return { ...result, readOnly: true };
  }
  // Readable again (another tab or an import replaced it): the feature can save once more.
  if (storage.isLocked(key)) {
    storage.unlock(key);
    storage.resolve((p) => p.readOnly === true && p.slot === slot.name);
  }
  return result;
}

/** Writes a slot as it is (no merge); false when it did not reach real storage or the key is locked. */
export function writeSlot<T>(storage: SafeStorage, slot: Slot<T>, data: T, now: Date = new Date()): boolean {
  const key = keyFor(slot.name);
  if (storage.isLocked(key)) return false;
  return storage.setItem(key, encode(slot, data, now));
}

/** Where an island's latest save stands, for a status line. */
export type SaveState = 'idle' | 'pending' | 'saved' | 'memory' | 'read-only';

export interface SaveResult<T> {
  /** What is now saved (or, when not written, what this tab holds). */
  value: T;
  /** True when it reached real storage. */
  written: boolean;
  /** Fields another tab changed differently; this tab's values were kept. */
  conflicts: string[];
  readOnly: boolean;
}

/**
 * Saves what this tab changed: re-reads the stored value and applies only the difference between
 * `base` (what this tab last saw) and `local`, so another tab's changes in between are kept.
 */
export function saveSlot<T>(storage: SafeStorage, slot: Slot<T>, base: T, local: T, now: Date = new Date()): SaveResult<T> {
  const key = keyFor(slot.name);
  if (storage.isLocked(key)) return { value: local, written: false, conflicts: [], readOnly: true };
  const stored = readSlot(storage, slot, undefined, now);
  if (stored.readOnly) return { value: local, written: false, conflicts: [], readOnly: true };
  const merged =
    stored.status === 'ok' || stored.status === 'migrated'
      ? slot.merge
        ? slot.merge(base, local, stored.data)
        : mergeJson<T>(base, local, stored.data)
      : { value: local, conflicts: [] };
  const value = slot.validate(merged.value) ?? local;
  const written = storage.setItem(key, encode(slot, value, now));
  return { value, written, conflicts: merged.conflicts, readOnly: false };
}
