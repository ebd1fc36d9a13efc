// The home page's short plan: nothing for a new reader; otherwise the one next step (not the one the
// card already offers) and at most two facts the card does not already count.
import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanContent, type PlanState } from '../../../src/lib/plan/next-steps';
import { MAX_FACTS, PLAN_QUICK_VERSIONS, PLAN_SLOTS, hasPlan, shortPlan } from '../../../src/lib/plan/short';
import { planSettingsSlot } from '../../../src/lib/storage/slots/plan';
import { assessmentSlot } from '../../../src/lib/storage/slots/assessment';
import { checklistSlot } from '../../../src/lib/storage/slots/checklist';
import { knowledgeCheckSlot } from '../../../src/lib/storage/slots/knowledge-checks';
import { oneOnOneSlot } from '../../../src/lib/storage/slots/one-on-one';
import { progressSlot } from '../../../src/lib/storage/slots/progress';
import { reviewSlot } from '../../../src/lib/storage/slots/review';
import { addMissed, emptyReview } from '../../../src/lib/plan/review';

const content: PlanContent = {
  lessons: [
    { slug: 'what-managing-up-is', title: 'What managing up is', order: 1 },
    { slug: 'know-your-boss', title: 'Know your boss', order: 2 },
    { slug: 'earn-trust', title: 'Earn their trust', order: 3 },
  ],
  checklist: [
    { id: 'goals-asked', lesson: 'know-your-boss', text: 'Ask your boss about their goals.' },
    { id: 'progress-note', lesson: 'earn-trust', text: 'Send a short progress note.', every: 'week' },
  ],
  areas: [
    { id: 'know-your-boss', title: 'Knowing your boss', lesson: 'know-your-boss' },
    { id: 'trust', title: 'Earning trust', lesson: 'earn-trust' },
  ],
  bands: [
    { id: 'start', min: 0, title: 'Getting started' },
    { id: 'basics', min: 50, title: 'Doing the basics well' },
  ],
};
const now = new Date('2026-03-20T12:00:00');
const short = (state: PlanState, skip: string[] = []) => shortPlan(buildPlan(content, state, now), skip);
const read = { progress: { read: { 'what-managing-up-is': '2026-03-01T10:00:00.000Z' } } };
const assessed: PlanState = {
  ...read,
  assessment: {
    attempts: [
      { date: '2026-03-10T09:00:00.000Z', set: 's', score: { overall: 62, areas: { 'know-your-boss': 40, trust: 80 } } },
    ],
  },
};

describe('the short plan', () => {
  it('is nothing for a new reader: the home page stays as it is', () => {
    expect(short({})).toBeNull();
  });

  it("gives the plan's first step, and names the self-assessment when there is none yet", () => {
    const s = short(read)!;
    expect(s.next).toMatchObject({
      kind: 'next-lesson',
      text: 'Read lesson 2, Know your boss',
      href: '/lessons/know-your-boss/',
    });
    expect(s.where).toEqual(['No self-assessment yet']);
  });

  it('skips a step the page already offers', () => {
    expect(short(read, ['/lessons/know-your-boss/'])!.next).toMatchObject({ kind: 'take-assessment' });
    // Then it does not say "no self-assessment yet" as well.
    expect(short(read, ['/lessons/know-your-boss/'])!.where).toEqual([]);
  });

  it('falls back on the first step when every step is on the page already', () => {
    const plan = buildPlan(content, read, now);
    expect(
      shortPlan(
        plan,
        plan.steps.map((s) => s.href),
      )!.next,
    ).toEqual(plan.steps[0]);
  });

  it('says the result and what is due, at most two facts', () => {
    const busy: PlanState = {
      ...assessed,
      checklist: { items: { 'progress-note': { done: true, date: '2026-03-01' } } },
      review: addMissed(emptyReview(), 'earn-trust', ['q1', 'q2'], new Date('2026-03-18T12:00:00')),
    };
    const s = short(busy)!;
    expect(s.next).toMatchObject({ kind: 'weakest-lesson', href: '/lessons/know-your-boss/' });
    expect(s.where).toEqual(['Self-assessment: Doing the basics well', '2 questions to review']);
    expect(s.where.length).toBeLessThanOrEqual(MAX_FACTS);
    expect(short({ ...busy, review: null })!.where).toEqual(['Self-assessment: Doing the basics well', '1 habit due']);
  });

  it('gives the score when there is no band, and the one-on-one when nothing is due', () => {
    const noBands = shortPlan(buildPlan({ ...content, bands: undefined }, assessed, now), [])!;
    expect(noBands.where).toEqual(['Self-assessment: 62 out of 100']);
    const meeting = { wins: { w: { date: '2026-03-12' } }, meetings: { m: { date: '2026-03-10' } } };
    expect(short({ ...assessed, oneOnOne: { ...meeting, next: { progress: '', risks: '' } } })!.where).toEqual([
      'Self-assessment: Doing the basics well',
      '1 win since your last one-on-one',
    ]);
    expect(short({ ...assessed, oneOnOne: { ...meeting, next: { progress: 'Shipped', risks: '' } } })!.where[1]).toBe(
      'one-on-one agenda ready',
    );
  });
});

describe('making room for it on the home page', () => {
  it('is for a reader with any slot the plan reads saved', () => {
    expect(hasPlan(() => false)).toBe(false);
    for (const slot of PLAN_SLOTS) expect(hasPlan((s) => s === slot)).toBe(true);
  });

  it('looks at every slot the plan reads, by its storage name', () => {
    const state: Required<Omit<PlanState, 'settings'>> = {
      progress: { read: {} },
      quizzes: {},
      checklist: { items: {} },
      assessment: { attempts: [] },
      oneOnOne: null,
      review: null,
    };
    const names: Record<keyof typeof state, string> = {
      progress: progressSlot.name,
      quizzes: knowledgeCheckSlot.name,
      checklist: checklistSlot.name,
      assessment: assessmentSlot.name,
      oneOnOne: oneOnOneSlot.name,
      review: reviewSlot.name,
    };
    expect([...PLAN_SLOTS].sort()).toEqual(
      Object.keys(state)
        .map((k) => names[k as keyof typeof state])
        .sort(),
    );
  });

  it('reads the quick way only the versions the slots save today', () => {
    const slots = [progressSlot, knowledgeCheckSlot, checklistSlot, assessmentSlot, oneOnOneSlot, reviewSlot, planSettingsSlot];
    expect(PLAN_QUICK_VERSIONS).toEqual(Object.fromEntries(slots.map((slot) => [slot.name, slot.version])));
  });
});
