// The plan's short form for the home page: the single next step and a line of where the reader is,
// only once there is something to show (a new reader's home page stays as it is). The home page's
// progress card already counts lessons read, checks passed and items ticked, so the line here says
// what the card does not: the self-assessment, what is due, the one-on-one.
import type { NextStep, Plan } from './next-steps';

export interface ShortPlan {
  next: NextStep;
  /** A few short facts, most telling first, to join on one line. */
  where: string[];
}

/** How many facts the line holds at most: it is one line on a laptop, two on a phone. */
export const MAX_FACTS = 2;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The short plan, or null for a new reader. `skip` holds addresses the page already offers (the
 * card's "Continue with lesson 3" link), so the one step shown is a different one when there is one.
 */
export function shortPlan(plan: Plan, skip: readonly string[]): ShortPlan | null {
  const { where, steps } = plan;
  if (where.newReader) return null;
  const next = steps.find((s) => !skip.includes(s.href)) ?? steps[0]!;
  const a = where.assessment;
  const facts = [
    a
      ? a.band
        ? `Self-assessment: ${a.band.title}`
        : a.overall !== null
          ? `Self-assessment: ${a.overall} out of 100`
          : 'Self-assessment taken'
      : next.kind === 'take-assessment'
        ? ''
        : 'No self-assessment yet',
    where.review.due > 0 ? `${plural(where.review.due, 'question')} to review` : '',
    where.checklist.due > 0 ? `${plural(where.checklist.due, 'habit')} due` : '',
    where.oneOnOne?.used
      ? where.oneOnOne.agendaReady
        ? 'one-on-one agenda ready'
        : `${plural(where.oneOnOne.winsSince, 'win')} since your last one-on-one`
      : '',
  ].filter(Boolean);
  return { next, where: facts.slice(0, MAX_FACTS) };
}

/** The storage slots (by name) the plan reads. */
export const PLAN_SLOTS = ['progress', 'quizzes', 'checklist', 'assessment', 'one-on-one', 'review'] as const;

/**
 * The slot versions the home page's quick read of the plan's state understands (a unit test holds
 * them equal to the slots' own): saved data of another version is read by the full storage layer.
 */
export const PLAN_QUICK_VERSIONS = {
  progress: 1,
  quizzes: 1,
  checklist: 2,
  assessment: 3,
  'one-on-one': 2,
  review: 1,
  plan: 1,
} as const;

/** Whether the home page should make room for the short plan: any slot the plan reads is saved. */
export const hasPlan = (saved: (slot: (typeof PLAN_SLOTS)[number]) => boolean) => PLAN_SLOTS.some(saved);
