// "Add to my calendar" without a server: an iCalendar file (RFC 5545) the reader downloads and
// opens in Google Calendar, Apple Calendar or Outlook. One repeating all-day event per checklist
// habit, at its rhythm, and a weekly reminder to prepare the next one-on-one.
// UIDs are stable (the habit's id), so importing a newer file updates the events instead of adding
// copies. Lines end in CRLF and are folded at 75 octets on character boundaries, as the RFC asks:
// some calendar apps refuse or garble a file that gets either wrong.
import { addDays, dayNumber } from './days';
import { RHYTHMS, type Rhythm } from './rhythms';
import { WEEKDAYS, nextWeekday, type Weekday } from './weekdays';

export { WEEKDAYS, nextWeekday, type Weekday };

export const PRODID = '-//Managing Up//Your plan reminders//EN';
/** What the downloaded file is called. */
export const CALENDAR_FILE_NAME = 'managing-up-reminders.ics';
export const CALENDAR_MIME_TYPE = 'text/calendar;charset=utf-8';

export interface CalendarHabit {
  /** The checklist item's id: part of the event's UID, so it must not change between downloads. */
  id: string;
  text: string;
  every: Rhythm;
  /** The first day it shows (YYYY-MM-DD): when it is next due. Defaults to the calendar's start day. */
  start?: string;
  /** The lesson's title, for the event's description. */
  lessonTitle?: string;
  /** Where to tick it: a path on the site ("/checklist/#item-x"), made absolute with `siteUrl`. */
  href?: string;
}

export interface CalendarOptions {
  habits: readonly CalendarHabit[];
  /** The weekly one-on-one reminder: the day the reader wants to prepare; left out for none. */
  oneOnOne?: { weekday: Weekday; href?: string };
  /** The day the events start from (YYYY-MM-DD), normally the reader's today. */
  start: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
  /** The site's origin ("https://example.org"), to turn hrefs into links; links are left out without it. */
  siteUrl?: string;
  /** A reminder on the day at this local hour (0-23); left out for none. */
  alarmHour?: number;
}

/* ---------- Text and lines ---------- */

/** A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks; other control characters dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Control characters other than tab are not allowed in a TEXT value.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * A content line folded (RFC 5545 3.1): no line longer than 75 octets, continuation lines starting
 * with a space, and never a break inside a character's UTF-8 bytes (or between the two halves of
 * a surrogate pair). Returns the line with CRLF between its parts, without the final CRLF.
 */
export function foldLine(line: string, limit = 75): string {
  if (octets(line) <= limit) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  // for..of walks code points, so an emoji's surrogate pair stays together.
  for (const ch of line) {
    const n = octets(ch);
    // A continuation line's leading space counts toward its 75.
    const room = parts.length === 0 ? limit : limit - 1;
    if (size + n > room) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.map((p, i) => (i === 0 ? p : ` ${p}`)).join('\r\n');
}

/* ---------- Values ---------- */

/** A UTC time as DATE-TIME (20261205T183000Z). */
export const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

/** A YYYY-MM-DD day as DATE (20261205). */
const dateValue = (day: string) => day.replace(/-/g, '');

/**
 * The first day of a habit that repeats by the month: a day after the 28th moves to the 1st of the
 * next month, because a monthly rule started on the 31st skips every month without one.
 */
export function monthlySafeStart(day: string): string {
  const d = Number(day.slice(8, 10));
  if (d <= 28) return day;
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

/** A stable, globally unique id for one of the plan's events. */
const uid = (kind: string, id: string) => `${kind}-${id}@managing-up.plan`;

const link = (siteUrl: string | undefined, href: string | undefined) =>
  siteUrl && href ? new URL(href, siteUrl).href : undefined;

interface EventInput {
  uid: string;
  day: string;
  rrule: string;
  summary: string;
  description: string;
  url?: string;
}

function event(e: EventInput, opts: CalendarOptions): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(opts.now)}`,
    `DTSTART;VALUE=DATE:${dateValue(e.day)}`,
    `DTEND;VALUE=DATE:${dateValue(addDays(e.day, 1))}`,
    `RRULE:${e.rrule}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.url ? `${e.description}\n\n${e.url}` : e.description)}`,
    ...(e.url ? [`URL:${e.url}`] : []),
    // A reminder, not a meeting: it never shows the reader as busy.
    'TRANSP:TRANSPARENT',
  ];
  if (opts.alarmHour !== undefined) {
    const hour = Math.min(23, Math.max(0, Math.trunc(opts.alarmHour)));
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(e.summary)}`,
      // Relative to the start of the all-day event, midnight in the reader's own time zone.
      `TRIGGER;RELATED=START:PT${hour}H`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The whole .ics file: habits first (in the order given), then the one-on-one reminder. */
export function buildCalendar(opts: CalendarOptions): string {
  if (dayNumber(opts.start) === null) throw new Error(`not a calendar day: ${opts.start}`);
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('Managing Up reminders')}`,
  ];
  for (const h of opts.habits) {
    const rhythm = RHYTHMS[h.every];
    const first = h.start !== undefined && dayNumber(h.start) !== null && h.start > opts.start ? h.start : opts.start;
    const day = rhythm.rrule.startsWith('FREQ=MONTHLY') ? monthlySafeStart(first) : first;
    const about = h.lessonTitle ? ` From the lesson ${h.lessonTitle}.` : '';
    lines.push(
      ...event(
        {
          uid: uid('habit', h.id),
          day,
          rrule: rhythm.rrule,
          summary: h.text,
          description: `A habit from your managing-up checklist, ${rhythm.label}.${about} Tick it on the checklist when you've done it.`,
          url: link(opts.siteUrl, h.href),
        },
        opts,
      ),
    );
  }
  if (opts.oneOnOne) {
    lines.push(
      ...event(
        {
          uid: uid('one-on-one', 'prepare'),
          day: nextWeekday(opts.start, opts.oneOnOne.weekday),
          rrule: `FREQ=WEEKLY;BYDAY=${opts.oneOnOne.weekday}`,
          summary: 'Prepare your one-on-one',
          description:
            'Log your wins from the week, note your progress and any risks, and look over the agenda the planner builds for you.',
          url: link(opts.siteUrl, opts.oneOnOne.href),
        },
        opts,
      ),
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map((l) => foldLine(l)).join('\r\n') + '\r\n';
}
