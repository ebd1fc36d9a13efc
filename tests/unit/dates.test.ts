import { describe, expect, it } from 'vitest';
import { clockTime, dateTime, dayLabel, isoDay, longDate, sinceWhen } from '../../src/lib/dates';

describe('longDate', () => {
  it('formats a Date as day, month name and year', () => {
    expect(longDate(new Date(2026, 2, 12, 15, 30))).toBe('12 March 2026');
    expect(longDate(new Date(2026, 0, 1, 9))).toBe('1 January 2026');
  });
  it('accepts an ISO string', () => {
    expect(longDate('2026-03-12T12:00:00')).toBe('12 March 2026');
    expect(longDate(new Date(2026, 11, 31, 12).toISOString())).toBe('31 December 2026');
  });
});

// The formats are written by hand (Intl's first use is slow on a phone); they must stay what Intl
// writes for en-GB, on every day of a year and through the hours.
describe('the hand-written formats match Intl en-GB', () => {
  it('on every day of a leap year, at every hour', () => {
    for (let day = 0; day < 366; day++) {
      const d = new Date(2028, 0, 1 + day, day % 24, (day * 7) % 60);
      expect(longDate(d)).toBe(d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
      expect(dateTime(d)).toBe(d.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' }));
      expect(clockTime(d)).toBe(d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }));
    }
  });
  it('say "Invalid Date" for what is not a date, as Intl does', () => {
    expect([longDate('nonsense'), dateTime('nonsense'), clockTime('nonsense')]).toEqual(Array(3).fill('Invalid Date'));
  });
});

describe('clockTime', () => {
  it('gives 24-hour HH:MM with leading zeros', () => {
    expect(clockTime(new Date(2026, 2, 12, 9, 5))).toBe('09:05');
    expect(clockTime(new Date(2026, 2, 12, 17, 45, 59))).toBe('17:45');
    expect(clockTime(new Date(2026, 2, 12, 0, 0))).toBe('00:00');
    expect(clockTime('2026-03-12T23:59:00')).toBe('23:59');
  });
});

describe('sinceWhen', () => {
  const now = new Date(2026, 2, 12, 9);
  it('says today, yesterday, days ago, then the date', () => {
    expect(sinceWhen(new Date(2026, 2, 12, 0, 5), now)).toBe('today');
    expect(sinceWhen(new Date(2026, 2, 11, 23), now)).toBe('yesterday');
    expect(sinceWhen(new Date(2026, 2, 10, 9), now)).toBe('2 days ago');
    expect(sinceWhen(new Date(2026, 1, 1), now)).toBe('on 1 February 2026');
    expect(sinceWhen('not a date', now)).toBe('at an unknown time');
  });
});

describe('isoDay', () => {
  it("gives the reader's local day, not UTC's (a win logged at 11pm belongs to that evening)", () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(isoDay(new Date(2026, 0, 5, 0, 10))).toBe('2026-01-05');
  });
});

describe('dayLabel', () => {
  const inLocale = (d: Date) =>
    d.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  it("writes the day in the reader's own locale, as a long date", () => {
    expect(dayLabel('2026-03-01')).toBe(inLocale(new Date(Date.UTC(2026, 2, 1))));
    expect(dayLabel('2026-03-01')).toMatch(/March/);
  });
  it('reads the day as a calendar day: no time-zone drift to the day before', () => {
    expect(dayLabel('2026-03-01')).not.toMatch(/February|28|29/);
    expect(dayLabel('2025-12-31')).toMatch(/31/);
    expect(dayLabel('2025-12-31')).toMatch(/2025/);
  });
});
