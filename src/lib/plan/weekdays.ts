// The days of the week as the plan uses them: RFC 5545's two-letter names (what a calendar RRULE
// says in BYDAY), in one small module, so the saved one-on-one day and its words load without the
// calendar builder.
import { addDays, dayNumber } from './days';

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
/** Weekdays as the RFC names them, in Date.getUTCDay() order (Sunday first). */
export const WEEKDAYS: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  SU: 'Sunday',
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
};

export const isWeekday = (v: unknown): v is Weekday => typeof v === 'string' && (WEEKDAYS as readonly string[]).includes(v);

/** The weekday of a YYYY-MM-DD day, or null when it is not a real calendar day. */
export function weekdayOf(day: string): Weekday | null {
  const n = dayNumber(day);
  // Day 0 (1970-01-01) was a Thursday.
  return n === null ? null : WEEKDAYS[(((n + 4) % 7) + 7) % 7]!;
}

/** The first day on or after `day` that falls on `weekday`. */
export function nextWeekday(day: string, weekday: Weekday): string {
  const today = weekdayOf(day);
  if (today === null) throw new Error(`not a calendar day: ${day}`);
  return addDays(day, (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(today) + 7) % 7);
}
