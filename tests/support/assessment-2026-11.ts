// The "2026-11" self-assessment as the site served it: its statements' ids, areas, scales and
// which were reverse-scored or could be skipped. Test data standing for attempts saved against that
// set, shared by the migration's unit tests and the browser tests that reload such attempts;
// written out here rather than read from src/lib/storage/slots/assessment-sets.ts, so a mistake
// there cannot hide in the tests.

export interface Statement2026_11 {
  id: string;
  dimension: string;
  scale?: 'agreement';
  reverse?: true;
  canSkip?: true;
}

/** The 35 "2026-11" statements, in order. */
export const S2026_11: Statement2026_11[] = [
  { id: 'kb-goals-named', dimension: 'know-your-boss', scale: 'agreement' },
  { id: 'kb-beyond-targets', dimension: 'know-your-boss' },
  { id: 'kb-own-list-first', dimension: 'know-your-boss', reverse: true },
  { id: 'kb-lead-a-piece', dimension: 'know-your-boss', canSkip: true },
  { id: 'kb-priorities-shift', dimension: 'know-your-boss', canSkip: true },
  { id: 'co-channel', dimension: 'communicate' },
  { id: 'co-format', dimension: 'communicate' },
  { id: 'co-calendar', dimension: 'communicate' },
  { id: 'co-their-style', dimension: 'communicate' },
  { id: 'co-old-habits', dimension: 'communicate', reverse: true, canSkip: true },
  { id: 'tr-fix-first', dimension: 'trust', reverse: true, canSkip: true },
  { id: 'tr-options', dimension: 'trust', canSkip: true },
  { id: 'tr-deadlines', dimension: 'trust' },
  { id: 'tr-progress', dimension: 'trust' },
  { id: 'tr-wait-for-work', dimension: 'trust', reverse: true },
  { id: 'gr-stay-out', dimension: 'grow', reverse: true, canSkip: true },
  { id: 'gr-use-my-skills', dimension: 'grow' },
  { id: 'gr-feedback-question', dimension: 'grow' },
  { id: 'gr-credit-others', dimension: 'grow', canSkip: true },
  { id: 'gr-own-career', dimension: 'grow' },
  { id: 'bb-wait-to-be-greeted', dimension: 'skip-level', reverse: true, canSkip: true },
  { id: 'bb-note', dimension: 'skip-level', canSkip: true },
  { id: 'bb-advice', dimension: 'skip-level', canSkip: true },
  { id: 'bb-invite', dimension: 'skip-level', canSkip: true },
  { id: 'bb-praise', dimension: 'skip-level', canSkip: true },
  { id: 'sh-hidden-work', dimension: 'step-up', scale: 'agreement' },
  { id: 'sh-want-it', dimension: 'step-up', scale: 'agreement' },
  { id: 'sh-their-next-step', dimension: 'step-up' },
  { id: 'sh-do-it-myself', dimension: 'step-up', reverse: true },
  { id: 'sh-plan-b', dimension: 'step-up', scale: 'agreement' },
  { id: 'hc-fixable', dimension: 'hard', scale: 'agreement' },
  { id: 'hc-alternative', dimension: 'hard', canSkip: true },
  { id: 'hc-where-to-go', dimension: 'hard', scale: 'agreement' },
  { id: 'hc-memory', dimension: 'hard', reverse: true, canSkip: true },
  { id: 'hc-move-on', dimension: 'hard', scale: 'agreement' },
];

export const IDS_2026_11 = S2026_11.map((s) => s.id);

/** "2026-11" answers, one per statement. */
export const answers2026_11 = (rate: (s: Statement2026_11) => number) => Object.fromEntries(S2026_11.map((s) => [s.id, rate(s)]));
