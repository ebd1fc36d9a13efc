// What the reader chooses on the plan page and the browser keeps: for now, the day of the week they
// prepare their one-on-one, which the calendar's weekly reminder falls on and the plan mentions on
// the day. Its zod schema is the one source of the saved shape; the storage slot is slots/plan.ts.
import { z } from 'zod/mini';
import { WEEKDAYS, type Weekday } from './weekdays';

/** The saved shape's version; bump it and add a step to PLAN_SETTINGS_MIGRATIONS when the shape changes. */
export const PLAN_SETTINGS_VERSION = 1;

export const planSettingsSchema = z.object({
  /** The day the reader prepares their one-on-one, or null while they have not chosen one. */
  oneOnOneDay: z.nullable(z.enum(WEEKDAYS as [Weekday, ...Weekday[]])),
});

export type PlanSettings = z.output<typeof planSettingsSchema>;

export const emptyPlanSettings = (): PlanSettings => ({ oneOnOneDay: null });

/** The weekday the calendar uses until the reader chooses one. */
export const DEFAULT_ONE_ON_ONE_DAY: Weekday = 'MO';

/** The saved value if it has the current shape (unknown fields dropped), else null. */
export function parsePlanSettings(data: unknown): PlanSettings | null {
  const r = planSettingsSchema.safeParse(data);
  return r.success ? { oneOnOneDay: r.data.oneOnOneDay } : null;
}

/**
 * Migrations of the saved settings, as the storage layer's slots take them: entry n turns
 * version-n data into version n+1. Version 1 is the first shape, so there is none yet.
 */
export const PLAN_SETTINGS_MIGRATIONS: Record<number, (data: unknown) => unknown> = {};

/**
 * Two tabs' settings: each setting this tab changed (local against base) wins, the rest come from
 * what is stored. A setting is one choice, so the later choice is the reader's, with nothing to tell.
 */
export function mergePlanSettings(base: PlanSettings, local: PlanSettings, stored: PlanSettings): PlanSettings {
  return { oneOnOneDay: local.oneOnOneDay !== base.oneOnOneDay ? local.oneOnOneDay : stored.oneOnOneDay };
}

/** My data's words for the settings. */
export const planSettingsSummary = (s: PlanSettings, dayName: (d: Weekday) => string) =>
  s.oneOnOneDay ? `you prepare your one-on-one on ${dayName(s.oneOnOneDay)}s` : 'no day chosen for your one-on-one';
