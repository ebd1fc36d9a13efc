// The plan's saved settings (the one-on-one preparation day): what is accepted, how two tabs'
// choices merge, and how My data says it.
import { describe, expect, it } from 'vitest';
import {
  PLAN_SETTINGS_MIGRATIONS,
  PLAN_SETTINGS_VERSION,
  emptyPlanSettings,
  mergePlanSettings,
  parsePlanSettings,
  planSettingsSummary,
} from '../../../src/lib/plan/settings';
import { DAY_NAMES } from '../../../src/lib/plan/weekdays';

describe('the plan settings', () => {
  it('accepts a chosen weekday or none, and drops fields it does not know', () => {
    expect(parsePlanSettings({ oneOnOneDay: 'TH' })).toEqual({ oneOnOneDay: 'TH' });
    expect(parsePlanSettings({ oneOnOneDay: null, colour: 'teal' })).toEqual({ oneOnOneDay: null });
    expect(parsePlanSettings(emptyPlanSettings())).toEqual({ oneOnOneDay: null });
  });

  it('refuses a day that is not one, or a missing one', () => {
    for (const bad of [{ oneOnOneDay: 'Thursday' }, { oneOnOneDay: 'th' }, { oneOnOneDay: 4 }, {}, { weekday: 'TH' }])
      expect(parsePlanSettings(bad)).toBeNull();
  });

  it('is at its first shape, with no migration yet', () => {
    expect(PLAN_SETTINGS_VERSION).toBe(1);
    expect(PLAN_SETTINGS_MIGRATIONS).toEqual({});
  });

  it("merges two tabs: this tab's change wins, and what it left alone comes from storage", () => {
    const base = { oneOnOneDay: 'MO' as const };
    expect(mergePlanSettings(base, { oneOnOneDay: 'TH' }, { oneOnOneDay: 'FR' })).toEqual({ oneOnOneDay: 'TH' });
    expect(mergePlanSettings(base, base, { oneOnOneDay: 'FR' })).toEqual({ oneOnOneDay: 'FR' });
    expect(mergePlanSettings(base, { oneOnOneDay: null }, base)).toEqual({ oneOnOneDay: null });
  });

  it('says the day in words', () => {
    expect(planSettingsSummary({ oneOnOneDay: 'TH' }, (d) => DAY_NAMES[d])).toBe('you prepare your one-on-one on Thursdays');
    expect(planSettingsSummary({ oneOnOneDay: null }, (d) => DAY_NAMES[d])).toBe('no day chosen for your one-on-one');
  });
});
