// The self-assessment's earlier statement sets, frozen here so an attempt answered to one keeps the
// score it had after the statements change (src/data/assessment.yaml holds only the current set).
// Each set lists its areas' statement ids in order; a trailing "!" marks a reverse-scored statement
// and "?" one that offered "Hasn't come up". Never edit a released set: add the next one instead.
import type { AttemptScore, Ratings } from './assessment';

/** An earlier statement set: area id -> its statement ids, flagged as above. */
export type FrozenSet = Readonly<Record<string, readonly string[]>>;

/** The set saved attempts of slot version 1 were answered against (before sets had names). */
export const V1_SET = 'v1';
const V1: FrozenSet = {
  'know-your-boss': ['kb-goals', 'kb-person', 'kb-own-agenda!', 'kb-lead-a-piece'],
  communicate: ['co-channel', 'co-format', 'co-calendar', 'co-my-style!'],
  trust: ['tr-late-news!', 'tr-problem-plan', 'tr-deadlines', 'tr-progress', 'tr-wait-for-work!'],
  grow: ['gr-take-on', 'gr-use-my-skills', 'gr-feedback', 'gr-credit!', 'gr-career-talk'],
  'skip-level': ['bb-unclear!', 'bb-note', 'bb-advice', 'bb-praise', 'bb-wider-work'],
  'step-up': ['sh-whole-job', 'sh-want-it', 'sh-boss-shines', 'sh-no-cover!'],
};

/** The set from November 2026 (the first named one), replaced by "2026-12". */
export const SET_2026_11 = '2026-11';
const S2026_11: FrozenSet = {
  'know-your-boss': ['kb-goals-named', 'kb-beyond-targets', 'kb-own-list-first!', 'kb-lead-a-piece?', 'kb-priorities-shift?'],
  communicate: ['co-channel', 'co-format', 'co-calendar', 'co-their-style', 'co-old-habits!?'],
  trust: ['tr-fix-first!?', 'tr-options?', 'tr-deadlines', 'tr-progress', 'tr-wait-for-work!'],
  grow: ['gr-stay-out!?', 'gr-use-my-skills', 'gr-feedback-question', 'gr-credit-others?', 'gr-own-career'],
  'skip-level': ['bb-wait-to-be-greeted!?', 'bb-note?', 'bb-advice?', 'bb-invite?', 'bb-praise?'],
  'step-up': ['sh-hidden-work', 'sh-want-it', 'sh-their-next-step', 'sh-do-it-myself!', 'sh-plan-b'],
  hard: ['hc-fixable', 'hc-alternative?', 'hc-where-to-go', 'hc-memory!?', 'hc-move-on'],
};

/** Every earlier set this site can score, by name. */
export const FROZEN_SETS: Readonly<Record<string, FrozenSet>> = { [V1_SET]: V1, [SET_2026_11]: S2026_11 };

interface Entry {
  id: string;
  reverse: boolean;
  canSkip: boolean;
}
const entry = (flagged: string): Entry => ({
  id: flagged.replace(/[!?]+$/, ''),
  reverse: /!\??$/.test(flagged),
  canSkip: /\?$/.test(flagged),
});
const entries = (set: FrozenSet) => Object.values(set).flat().map(entry);

/** A set's statement ids, in order. */
export const idsOf = (set: FrozenSet) => entries(set).map((e) => e.id);

const rated = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5;
const answered = (e: Entry, v: unknown) => rated(v) || (e.canSkip && v === 0);

/** How many of the set's statements have no usable answer. */
export const missingIn = (set: FrozenSet, answers: Ratings) => entries(set).filter((e) => !answered(e, answers[e.id])).length;

/**
 * The score an attempt had under the set's own rules (the same as src/lib/assessment.ts applies to
 * the current set): 0-100 over the statements that applied, an area or the whole only when at least
 * half applied. Undefined when any statement is unanswered.
 */
export function scoreFrozen(set: FrozenSet, answers: Ratings): AttemptScore | undefined {
  if (missingIn(set, answers) > 0) return undefined;
  const score = (list: Entry[]) => {
    const applying = list.filter((e) => rated(answers[e.id]));
    if (applying.length === 0 || applying.length * 2 < list.length) return null;
    const sum = applying.reduce((n, e) => n + (e.reverse ? 5 - answers[e.id]! : answers[e.id]! - 1), 0);
    return Math.round((sum / (applying.length * 4)) * 100);
  };
  const areas = Object.fromEntries(Object.entries(set).map(([area, ids]) => [area, score(ids.map(entry))]));
  return { overall: score(entries(set)), areas };
}
