import { readFileSync, readdirSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checklistSchema } from '../../../src/schemas/checklist';
import {
  CALENDAR_FILE_NAME,
  PRODID,
  buildCalendar,
  escapeText,
  foldLine,
  monthlySafeStart,
  nextWeekday,
  utcStamp,
  type CalendarHabit,
  type CalendarOptions,
} from '../../../src/lib/plan/calendar';
import { RHYTHMS, isRhythm } from '../../../src/lib/plan/rhythms';

const now = new Date('2026-12-05T18:30:15.123Z');
const base: CalendarOptions = { habits: [], start: '2026-12-05', now };

/** The file as a real parser reads it: the calendar and its events. */
function parsed(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return { cal, events: cal.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) })) };
}
const recur = (v: ICAL.Component) => v.getFirstPropertyValue('rrule') as ICAL.Recur;
/** The first `n` days the event falls on, as YYYY-MM-DD. */
function occurrences(e: ICAL.Event, n: number): string[] {
  const it = e.iterator();
  const out: string[] = [];
  for (let t = it.next(); t && out.length < n; t = it.next()) out.push(t.toString().slice(0, 10));
  return out;
}
const octets = (s: string) => new TextEncoder().encode(s).length;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const checklistHabits: CalendarHabit[] = readdirSync('src/content/checklist').flatMap((f) => {
  const list = checklistSchema.parse(parse(readFileSync(`src/content/checklist/${f}`, 'utf8')));
  return list.items.flatMap((i) =>
    i.every ? [{ id: i.id, text: i.text, every: i.every, href: `/checklist/#item-${i.id}` }] : [],
  );
});

describe('the rhythms', () => {
  it('cover exactly the `every:` values the checklist schema allows', () => {
    const allowed = checklistSchema.shape.items.element.shape.every.unwrap().options;
    expect(Object.keys(RHYTHMS).sort()).toEqual([...allowed].sort());
    expect(isRhythm('week')).toBe(true);
    expect(isRhythm('fortnight')).toBe(false);
    expect(isRhythm('toString')).toBe(false);
  });
});

describe('buildCalendar, read by ical.js', () => {
  const ics = buildCalendar({
    ...base,
    habits: checklistHabits,
    oneOnOne: { weekday: 'TH', href: '/toolkit/one-on-one/#oo-next-h' },
    siteUrl: 'https://guide.example',
  });
  const { cal, events } = parsed(ics);

  it('is a calendar with the required properties', () => {
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('prodid')).toBe(PRODID);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(CALENDAR_FILE_NAME).toMatch(/\.ics$/);
  });

  it('holds one event per checklist habit, with the RRULE of its rhythm, and the one-on-one reminder', () => {
    expect(checklistHabits.length).toBeGreaterThan(3);
    expect(events).toHaveLength(checklistHabits.length + 1);
    const expected = { week: [1, 'WEEKLY'], 'two-weeks': [2, 'WEEKLY'], month: [1, 'MONTHLY'], quarter: [3, 'MONTHLY'] } as const;
    checklistHabits.forEach((h, i) => {
      const { v, e } = events[i]!;
      expect(e.summary).toBe(h.text);
      expect(recur(v).freq).toBe(expected[h.every][1]);
      expect(recur(v).interval).toBe(expected[h.every][0]);
    });
    const oneOnOne = events.at(-1)!;
    expect(oneOnOne.e.summary).toBe('Prepare your one-on-one');
    expect(recur(oneOnOne.v).freq).toBe('WEEKLY');
    expect(recur(oneOnOne.v).parts.BYDAY).toEqual(['TH']);
  });

  it('writes the RRULEs exactly as the rhythms name them', () => {
    for (const r of Object.values(RHYTHMS)) expect(ics).toContain(`\r\nRRULE:${r.rrule}\r\n`);
    expect(ics).toContain('\r\nRRULE:FREQ=WEEKLY;INTERVAL=2\r\n');
    expect(ics).toContain('\r\nRRULE:FREQ=MONTHLY;INTERVAL=3\r\n');
  });

  it('makes every event all-day, transparent, with a stable unique UID and a DTSTAMP in UTC', () => {
    const uids = events.map(({ e }) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids[0]).toBe(`habit-${checklistHabits[0]!.id}@managing-up.plan`);
    for (const { v, e } of events) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.isDate).toBe(true);
      expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(86_400_000);
      const stamp = v.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
      expect(stamp.toString()).toBe('2026-12-05T18:30:15Z');
      expect(v.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    }
    expect(ics).toContain('\r\nDTSTAMP:20261205T183015Z\r\n');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20261205\r\n');
  });

  it('gives the same UIDs to a file made later, so a second import updates instead of doubling', () => {
    const again = parsed(buildCalendar({ ...base, habits: checklistHabits, now: new Date('2027-01-20T09:00:00Z') }));
    expect(again.events.map(({ e }) => e.uid)).toEqual(events.slice(0, -1).map(({ e }) => e.uid));
  });

  it('links each event to where the reader acts, absolute, in URL and in the description', () => {
    const first = events[0]!;
    const url = `https://guide.example/checklist/#item-${checklistHabits[0]!.id}`;
    expect(first.v.getFirstPropertyValue('url')).toBe(url);
    expect(first.e.description).toContain(url);
    expect(events.at(-1)!.v.getFirstPropertyValue('url')).toBe('https://guide.example/toolkit/one-on-one/#oo-next-h');
  });

  it('ends every line with CRLF, never a bare LF or CR', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every line within 75 octets', () => {
    const lines = ics.split('\r\n');
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    // The checklist's long habits really are folded.
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });
});

describe('dates', () => {
  it('starts a habit on the day it is next due, or on the start day when it is overdue or has no day', () => {
    const habits: CalendarHabit[] = [
      { id: 'later', text: 'Later', every: 'week', start: '2026-12-09' },
      { id: 'overdue', text: 'Overdue', every: 'week', start: '2026-11-01' },
      { id: 'corrupt', text: 'Corrupt', every: 'week', start: '2026-13-45' },
      { id: 'none', text: 'None', every: 'two-weeks' },
    ];
    const { events } = parsed(buildCalendar({ ...base, habits }));
    expect(events.map(({ e }) => e.startDate.toString())).toEqual(['2026-12-09', '2026-12-05', '2026-12-05', '2026-12-05']);
    expect(occurrences(events[3]!.e, 3)).toEqual(['2026-12-05', '2026-12-19', '2027-01-02']);
  });

  it('repeats a quarterly habit every three months', () => {
    const { events } = parsed(buildCalendar({ ...base, habits: [{ id: 'q', text: 'Quarterly', every: 'quarter' }] }));
    expect(occurrences(events[0]!.e, 3)).toEqual(['2026-12-05', '2027-03-05', '2027-06-05']);
  });

  it('moves a monthly habit due after the 28th to the 1st, so no month is skipped', () => {
    expect(monthlySafeStart('2027-01-28')).toBe('2027-01-28');
    expect(monthlySafeStart('2027-01-31')).toBe('2027-02-01');
    expect(monthlySafeStart('2026-12-30')).toBe('2027-01-01');
    const { events } = parsed(
      buildCalendar({ ...base, start: '2027-01-31', habits: [{ id: 'm', text: 'Monthly', every: 'month' }] }),
    );
    expect(occurrences(events[0]!.e, 3)).toEqual(['2027-02-01', '2027-03-01', '2027-04-01']);
  });

  it('keeps a weekly habit on the day it starts, even after the 28th', () => {
    const { events } = parsed(
      buildCalendar({ ...base, start: '2027-01-31', habits: [{ id: 'w', text: 'Weekly', every: 'week' }] }),
    );
    expect(events[0]!.e.startDate.toString()).toBe('2027-01-31');
  });

  it('puts the one-on-one reminder on the chosen weekday, from the start day on', () => {
    // 2026-12-05 is a Saturday.
    expect(nextWeekday('2026-12-05', 'SA')).toBe('2026-12-05');
    expect(nextWeekday('2026-12-05', 'SU')).toBe('2026-12-06');
    expect(nextWeekday('2026-12-05', 'FR')).toBe('2026-12-11');
    const { events } = parsed(buildCalendar({ ...base, oneOnOne: { weekday: 'MO' } }));
    expect(occurrences(events[0]!.e, 3)).toEqual(['2026-12-07', '2026-12-14', '2026-12-21']);
  });

  it('refuses a start that is not a calendar day', () => {
    expect(() => buildCalendar({ ...base, start: '2026-02-30' })).toThrow(/calendar day/);
    expect(() => nextWeekday('soon', 'MO')).toThrow(/calendar day/);
  });

  it('writes DTSTAMP as UTC without milliseconds', () => {
    expect(utcStamp(new Date('2027-03-04T05:06:07.890Z'))).toBe('20270304T050607Z');
  });
});

describe('an empty calendar', () => {
  it('is still a valid file with no events', () => {
    const ics = buildCalendar(base);
    const { cal, events } = parsed(ics);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toEqual([]);
  });
});

describe('the alarm', () => {
  it('is left out unless asked for', () => {
    expect(buildCalendar({ ...base, oneOnOne: { weekday: 'MO' } })).not.toContain('VALARM');
  });
  it('reminds at the chosen hour of the day', () => {
    const { events } = parsed(buildCalendar({ ...base, oneOnOne: { weekday: 'MO' }, alarmHour: 9 }));
    const alarm = events[0]!.v.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(9 * 3600);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('drops control characters but keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
  it('round-trips through the parser', () => {
    const text = 'Ask: "what\'s next?"; then, if they say no\\maybe,\nwrite it down';
    const ics = buildCalendar({ ...base, habits: [{ id: 'x', text, every: 'week' }] });
    expect(ics).toContain('SUMMARY:Ask: "what\'s next?"\\; then\\, if they say no\\\\maybe\\,\\nwrite it down');
    expect(parsed(ics).events[0]!.e.summary).toBe(text);
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    const a75 = `SUMMARY:${'a'.repeat(67)}`;
    expect(foldLine(a75)).toBe(a75);
    const a76 = `${a75}b`;
    expect(foldLine(a76)).toBe(`${a75}\r\n b`);
  });

  it('counts octets, not characters, and never splits a character', () => {
    // é is 2 octets, 中 is 3, the emoji is 4 (and 2 UTF-16 units).
    for (const ch of ['é', '中', '🙂', 'e\u0301']) {
      const line = `SUMMARY:${ch.repeat(60)}`;
      const folded = foldLine(line).split('\r\n');
      expect(folded.length).toBeGreaterThan(1);
      for (const [i, part] of folded.entries()) {
        expect(octets(part)).toBeLessThanOrEqual(75);
        expect(part).not.toMatch(loneSurrogate);
        if (i > 0) expect(part.startsWith(' ')).toBe(true);
      }
      expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    }
  });

  it('fills each line as far as a whole character allows', () => {
    // 8 ASCII octets, then 3-octet characters: 22 fit in the first 75 (8 + 66), 24 in each next 74.
    const parts = foldLine(`SUMMARY:${'中'.repeat(50)}`).split('\r\n');
    expect(parts.map(octets)).toEqual([74, 73, 1 + 3 * 4]);
  });

  it('folds a long multibyte summary that the parser reads back whole', () => {
    const text = `Prépare ton tête-à-tête 🙂 — 准备一对一会议 ${'✓'.repeat(40)}`;
    const ics = buildCalendar({ ...base, habits: [{ id: 'long', text, every: 'month' }] });
    for (const line of ics.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(loneSurrogate);
    }
    expect(parsed(ics).events[0]!.e.summary).toBe(text);
  });
});
