// The plan page's settings: the day the reader prepares their one-on-one (the calendar reminder's
// day). A slot of its own, so the one-on-one planner's saved shape did not change; the shape, its
// migrations and its merge live with the plan's logic (src/lib/plan/settings.ts).
import type { Slot } from '../store';
import {
  PLAN_SETTINGS_MIGRATIONS,
  PLAN_SETTINGS_VERSION,
  emptyPlanSettings,
  mergePlanSettings,
  parsePlanSettings,
  type PlanSettings,
} from '../../plan/settings';

export const planSettingsSlot: Slot<PlanSettings> = {
  name: 'plan',
  label: 'your plan settings',
  version: PLAN_SETTINGS_VERSION,
  empty: emptyPlanSettings,
  validate: parsePlanSettings,
  migrations: PLAN_SETTINGS_MIGRATIONS,
  merge: (base, local, stored) => ({ value: mergePlanSettings(base, local, stored), conflicts: [] }),
};
