// Calendar days (YYYY-MM-DD) for the plan: what "today" is for the reader, and counting days
// between two of them. Days are counted on the calendar, not in hours, so a clock change or a
// reader opening the plan at 11pm never shifts a due date.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The reader's local calendar day at `now` (a tick at 11pm belongs to that evening). */
export const localDay = (now: Date) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** Days since 1970-01-01 of a YYYY-MM-DD day, or null when it is not a real calendar day. */
export function dayNumber(day: string | undefined): number | null {
  const m = day === undefined ? null : DAY.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 31 February over into March; a day that does not round-trip is not a day.
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / MS_PER_DAY;
}

/** The YYYY-MM-DD day of a day number. */
export const dayOf = (n: number) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

/** `day` moved by `n` days (negative moves back). */
export function addDays(day: string, n: number): string {
  const d = dayNumber(day);
  if (d === null) throw new Error(`not a calendar day: ${day}`);
  return dayOf(d + n);
}

/**
 * The local calendar day of a saved time: a full ISO time (when something was saved) becomes the
 * reader's day at that moment, a bare YYYY-MM-DD stays as it is; anything else is null.
 */
export function dayOfTime(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (DAY.test(value)) return dayNumber(value) === null ? null : value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : localDay(new Date(t));
}

/** Whole days from `from` to `to` (negative when `to` is earlier), or null when either is not a day. */
export function daysBetween(from: string | null | undefined, to: string): number | null {
  const a = dayNumber(from ?? undefined);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}
