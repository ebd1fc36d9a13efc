import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, dayOf, dayOfTime, daysBetween, localDay } from '../../../src/lib/plan/days';

describe('dayNumber', () => {
  it('reads real calendar days, leap days included', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2028-02-29')).toBe(dayNumber('2028-02-28')! + 1);
  });
  it.each(['2026-02-29', '2026-02-31', '2026-13-01', '2026-00-10', '2026-3-5', '2026-03-05T00:00:00Z', '', 'soon', undefined])(
    'refuses %s',
    (day) => {
      expect(dayNumber(day)).toBeNull();
    },
  );
});

describe('addDays and daysBetween', () => {
  it('move across months, years and clock changes by whole days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    // Clocks change in March and October in many places; days do not.
    expect(addDays('2026-03-28', 3)).toBe('2026-03-31');
    expect(addDays('2026-10-24', 7)).toBe('2026-10-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-03-31')).toBe(3);
    expect(daysBetween('2026-03-31', '2026-03-28')).toBe(-3);
  });
  it('refuse what is not a day', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/calendar day/);
    expect(daysBetween(null, '2026-03-01')).toBeNull();
    expect(daysBetween('2026-03-01', 'today')).toBeNull();
  });
  it('turn a day number back into its day', () => {
    expect(dayOf(dayNumber('2026-07-04')!)).toBe('2026-07-04');
  });
});

describe('localDay and dayOfTime', () => {
  it("take the reader's own day, late at night and just after midnight", () => {
    expect(localDay(new Date('2026-03-10T23:59:00'))).toBe('2026-03-10');
    expect(localDay(new Date('2026-03-11T00:01:00'))).toBe('2026-03-11');
  });
  it('keep a bare day as it is, turn a saved time into its local day, and refuse the rest', () => {
    expect(dayOfTime('2026-03-10')).toBe('2026-03-10');
    expect(dayOfTime(new Date('2026-03-10T23:30:00').toISOString())).toBe('2026-03-10');
    expect(dayOfTime('2026-02-30')).toBeNull();
    expect(dayOfTime('not a date')).toBeNull();
    expect(dayOfTime(undefined)).toBeNull();
  });
});
