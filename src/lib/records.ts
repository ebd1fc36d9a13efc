// The toolkit's logs keep their entries in records keyed by id (so two tabs' entries merge): new
// ids that two tabs will not both make, and the few changes made to such a record.
/**
 * A new entry id: time plus randomness, so entries added at once in two tabs never share an id
 * (log entries are merged across tabs by id).
 */
export const makeId = (now: Date = new Date(), random: () => number = Math.random) =>
  `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;

/** Entries of an id-keyed record as a list, newest date first (then newest id, for same-day ties). */
export function byDateDesc<T extends { date: string }>(record: Record<string, T>): (T & { id: string })[] {
  return Object.entries(record)
    .map(([id, v]) => ({ ...v, id }))
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1));
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
