// The rhythms a checklist habit can have (`every:` in src/content/checklist/*.yaml), in one place
// for the plan: how many days until a habit is due again, and the calendar rule that repeats it.
// The day counts match PERIODS in src/lib/checklist.ts, so the plan and the checklist agree on
// what is due (a unit test holds them equal).

export const RHYTHMS = {
  week: { days: 7, rrule: 'FREQ=WEEKLY', label: 'every week' },
  'two-weeks': { days: 14, rrule: 'FREQ=WEEKLY;INTERVAL=2', label: 'every two weeks' },
  month: { days: 30, rrule: 'FREQ=MONTHLY', label: 'every month' },
  quarter: { days: 91, rrule: 'FREQ=MONTHLY;INTERVAL=3', label: 'every three months' },
} as const;

export type Rhythm = keyof typeof RHYTHMS;

export const isRhythm = (v: unknown): v is Rhythm => typeof v === 'string' && Object.hasOwn(RHYTHMS, v);
