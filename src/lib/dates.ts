// Dates as readers see them, one format across the site: "12 March 2026" is unambiguous wherever
// the reader lives (the site is in English; numeric dates are read differently by country).
const LOCALE = 'en-GB';

export const longDate = (d: Date | string) =>
  new Date(d).toLocaleDateString(LOCALE, { day: 'numeric', month: 'long', year: 'numeric' });

export const dateTime = (d: Date | string) => new Date(d).toLocaleString(LOCALE, { dateStyle: 'long', timeStyle: 'short' });

export const clockTime = (d: Date | string) => new Date(d).toLocaleTimeString(LOCALE, { hour: '2-digit', minute: '2-digit' });

/** A day as YYYY-MM-DD in the reader's own time zone (what a date field holds): not UTC, so a win
 * logged at 11pm belongs to that evening. */
export const isoDay = (now: Date = new Date()) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

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
