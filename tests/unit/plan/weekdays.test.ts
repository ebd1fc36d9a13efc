// The days of the week the plan saves and the calendar repeats on.
import { describe, expect, it } from 'vitest';
import { DAY_NAMES, WEEKDAYS, isWeekday, nextWeekday, weekdayOf } from '../../../src/lib/plan/weekdays';

describe('weekdays', () => {
  it('names the weekday of a calendar day, in Date order, across months and years', () => {
    expect(weekdayOf('1970-01-01')).toBe('TH');
    expect(weekdayOf('2026-03-20')).toBe('FR');
    expect(weekdayOf('2026-12-31')).toBe('TH');
    expect(weekdayOf('1969-12-31')).toBe('WE');
    for (let d = 1; d <= 7; d++) {
      const day = `2026-03-0${d}`;
      expect(weekdayOf(day)).toBe(WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()]);
    }
  });

  it('has no weekday for what is not a calendar day', () => {
    expect(weekdayOf('2026-02-30')).toBeNull();
    expect(weekdayOf('Friday')).toBeNull();
  });

  it('finds the next day on a weekday, the day itself included', () => {
    expect(nextWeekday('2026-03-20', 'FR')).toBe('2026-03-20');
    expect(nextWeekday('2026-03-20', 'TH')).toBe('2026-03-26');
    expect(nextWeekday('2026-12-31', 'MO')).toBe('2027-01-04');
    expect(() => nextWeekday('2026-13-01', 'MO')).toThrow();
  });

  it('knows its own names and nothing else', () => {
    expect(WEEKDAYS.map((d) => DAY_NAMES[d])).toEqual([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
    expect(WEEKDAYS.every(isWeekday)).toBe(true);
    for (const bad of ['mo', 'Monday', '', null, 1]) expect(isWeekday(bad)).toBe(false);
  });
});
