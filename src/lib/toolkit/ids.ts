// Small helpers shared by the toolkit's logs: entry ids that two tabs will not both make, and the
// calendar day a reader means when they pick "today".
import { z } from 'zod/mini';

/** A calendar day as the date field gives it: YYYY-MM-DD. */
export const daySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Free text a reader types, capped so one pasted novel cannot fill the browser's storage. */
export const textSchema = (max = 4000) => z.string().check(z.maxLength(max));

/**
 * A new entry id: time plus randomness, so entries added at once in two tabs never share an id
 * (log entries are merged across tabs by id).
 */
export const makeId = (now: Date = new Date(), random: () => number = Math.random) =>
  `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;

/** The reader's local calendar day (not UTC: a win logged at 11pm belongs to that evening). */
export const today = (now: Date = new Date()) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** Entries of an id-keyed record as a list, newest date first (then newest id, for same-day ties). */
export function byDateDesc<T extends { date: string }>(record: Record<string, T>): (T & { id: string })[] {
  return Object.entries(record)
    .map(([id, v]) => ({ ...v, id }))
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1));
}

/** "12 March 2026" for a YYYY-MM-DD day, read as a calendar day (no time-zone drift). */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A record with one entry added or replaced (records keyed by id hold every toolkit log). */
export const putEntry = <T>(record: Record<string, T>, id: string, value: T): Record<string, T> => ({ ...record, [id]: value });

/** A record with one entry's fields changed; unchanged when the entry is gone (another tab removed it). */
export function patchEntry<T extends object>(record: Record<string, T>, id: string, change: Partial<T>): Record<string, T> {
  const current = record[id];
  return current ? { ...record, [id]: { ...current, ...change } } : record;
}

/** A record without one entry. */
export function dropEntry<T>(record: Record<string, T>, id: string): Record<string, T> {
  const { [id]: _gone, ...rest } = record;
  return rest;
}
