// Dates as readers see them, one format across the site: "12 March 2026" is unambiguous wherever
// the reader lives (the site is in English; numeric dates are read differently by country).
// Written by hand rather than with Intl: the first en-GB format a page asks for makes the browser
// build its date patterns, 30-60 ms of CPU on a phone in the middle of an island's hydration (issue
// 26), for a format that never varies. The unit tests hold these to what Intl writes for en-GB.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const two = (n: number) => String(n).padStart(2, '0');

/** "12 March 2026", in the reader's time zone. */
export const longDate = (d: Date | string) => {
  const x = new Date(d);
  return Number.isNaN(x.getTime()) ? 'Invalid Date' : `${x.getDate()} ${MONTHS[x.getMonth()]} ${x.getFullYear()}`;
};

/** "12 March 2026 at 09:05". */
export const dateTime = (d: Date | string) => {
  const x = new Date(d);
  return Number.isNaN(x.getTime()) ? 'Invalid Date' : `${longDate(x)} at ${clockTime(x)}`;
};

/** "09:05", 24-hour. */
export const clockTime = (d: Date | string) => {
  const x = new Date(d);
  return Number.isNaN(x.getTime()) ? 'Invalid Date' : `${two(x.getHours())}:${two(x.getMinutes())}`;
};

/** A day as YYYY-MM-DD in the reader's own time zone (what a date field holds): not UTC, so a win
 * logged at 11pm belongs to that evening. */
export const isoDay = (now: Date = new Date()) => `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;

let dayFormat: Intl.DateTimeFormat | undefined;
/**
 * A YYYY-MM-DD day as the reader's browser writes a long date ("12 March 2026", "March 12, 2026"),
 * read as a calendar day (no time-zone drift). The format is made once, on first use.
 */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  dayFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return dayFormat.format(new Date(Date.UTC(y!, m! - 1, d)));
}

/** "today", "yesterday", "3 days ago", else the long date: how My data says when something changed. */
export function sinceWhen(d: Date | string, now: Date = new Date()): string {
  const then = new Date(d);
  if (Number.isNaN(then.getTime())) return 'at an unknown time';
  const day = (x: Date) => Date.UTC(x.getFullYear(), x.getMonth(), x.getDate()) / 86_400_000;
  const days = day(now) - day(then);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  return `on ${longDate(then)}`;
}
