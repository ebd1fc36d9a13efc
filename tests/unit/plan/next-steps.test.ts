import { describe, expect, it } from 'vitest';
import {
  RETAKE_AFTER_DAYS,
  buildPlan,
  changeLine,
  howLong,
  type PlanAttempt,
  type PlanContent,
  type PlanState,
} from '../../../src/lib/plan/next-steps';
import { addMissed, emptyReview } from '../../../src/lib/plan/review';
import type { Weekday } from '../../../src/lib/plan/weekdays';

const content: PlanContent = {
  lessons: [
    // Out of order on purpose: the plan goes by `order`.
    { slug: 'earn-trust', title: 'Earn their trust', order: 3 },
    { slug: 'what-managing-up-is', title: 'What managing up is', order: 1 },
    { slug: 'know-your-boss', title: 'Know your boss', order: 2 },
    { slug: 'grow-together', title: 'Grow together', order: 4 },
  ],
  checklist: [
    { id: 'why-listed', lesson: 'what-managing-up-is', text: 'Write down why this matters to you.', section: 'why' },
    { id: 'goals-asked', lesson: 'know-your-boss', text: 'Ask your boss about their goals.', section: 'goals' },
    { id: 'style-noted', lesson: 'know-your-boss', text: 'Note how your boss likes news.', section: 'style' },
    { id: 'pressure-asked', lesson: 'know-your-boss', text: 'Ask what keeps them up at night.', section: 'pressure' },
    { id: 'progress-note', lesson: 'earn-trust', text: 'Send a short progress note.', section: 'visible', every: 'week' },
    { id: 'commitments', lesson: 'earn-trust', text: 'Review your commitments.', section: 'rely', every: 'two-weeks' },
    { id: 'career-talk', lesson: 'grow-together', text: 'Hold a career conversation.', section: 'career', every: 'quarter' },
    { id: 'skip-catch-up', lesson: 'grow-together', text: 'Catch up with the wider team.', section: 'wider', every: 'month' },
  ],
  areas: [
    { id: 'know-your-boss', title: 'Knowing your boss', lesson: 'know-your-boss' },
    { id: 'trust', title: 'Earning trust', lesson: 'earn-trust' },
    { id: 'grow', title: 'Growing together', lesson: 'grow-together' },
  ],
};

// Local noon, so the reader's day is the same in any time zone the tests run in.
const at = (day: string) => new Date(`${day}T12:00:00`);
const now = at('2026-03-20');
const later = (d: Date, days: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, 12);

const attempt = (date: string, areas: Record<string, number | null>, set = '2026-11'): PlanAttempt => ({
  // Saved as an ISO time, as makeAttempt does, of 9am on that day where the reader is.
  date: new Date(`${date}T09:00:00`).toISOString(),
  set,
  score: { overall: 60, areas },
});

/** A reader a few lessons in: an assessment, some ticks, a failed check, a one-on-one on record. */
const busy: PlanState = {
  progress: { read: { 'what-managing-up-is': '2026-02-20T10:00:00.000Z', 'know-your-boss': '2026-02-25T10:00:00.000Z' } },
  quizzes: {
    'what-managing-up-is': { best: 4, total: 4, passed: true },
    'know-your-boss': { best: 2, total: 5, passed: false },
  },
  assessment: { attempts: [attempt('2026-03-01', { 'know-your-boss': 40, trust: 70, grow: 55 })] },
  checklist: {
    items: {
      'goals-asked': { done: true },
      'progress-note': { done: true, date: '2026-03-05' },
      commitments: { done: true, date: '2026-03-15' },
      'style-noted': { done: false, note: 'ask in March' },
    },
  },
  oneOnOne: {
    wins: { w1: { date: '2026-03-12' } },
    asks: {},
    meetings: { m1: { date: '2026-03-10' } },
    next: { progress: '', risks: '' },
  },
};

const kinds = (s: PlanState, when = now) => buildPlan(content, s, when).steps.map((x) => x.kind);

describe('a new reader', () => {
  it('gets a short, warm start: the first lesson, the assessment, one small habit', () => {
    const plan = buildPlan(content, {}, now);
    expect(plan.where.newReader).toBe(true);
    expect(plan.steps).toEqual([
      expect.objectContaining({
        kind: 'start-reading',
        text: 'Start with lesson 1, What managing up is',
        href: '/lessons/what-managing-up-is/',
      }),
      expect.objectContaining({ kind: 'take-assessment', href: '/assessment/' }),
      // The habit with the shortest rhythm: easiest to start.
      expect.objectContaining({
        kind: 'first-habit',
        text: 'Send a short progress note.',
        href: '/checklist/#item-progress-note',
      }),
    ]);
  });

  it('is still new with empty saved slots, an unused planner and a note without a tick', () => {
    const plan = buildPlan(
      content,
      {
        progress: { read: {} },
        quizzes: {},
        assessment: { attempts: [] },
        checklist: { items: { 'goals-asked': { done: false, date: '2026-03-01' } } },
        oneOnOne: { wins: {}, asks: {}, meetings: {}, next: { progress: ' ', risks: '' } },
        review: emptyReview(),
      },
      now,
    );
    expect(plan.where.newReader).toBe(true);
    expect(plan.steps).toHaveLength(3);
    expect(plan.where).toMatchObject({
      lessons: { read: 0, total: 4 },
      checks: { passed: 0, taken: 0, total: 4 },
      checklist: { done: 0, total: 8, due: 0 },
      assessment: null,
      oneOnOne: { lastMeeting: null, winsSince: 0, agendaReady: false, used: false },
      review: { due: 0, waiting: 0, learned: 0 },
    });
  });

  it('never gets an empty list, even from content with no habits or no lessons', () => {
    expect(buildPlan({ ...content, checklist: [] }, {}, now).steps.map((s) => s.kind)).toEqual([
      'start-reading',
      'take-assessment',
    ]);
    expect(buildPlan({ lessons: [], checklist: [], areas: [] }, {}, now).steps).toHaveLength(1);
  });

  it('is no longer new after reading one lesson', () => {
    const plan = buildPlan(content, { progress: { read: { 'what-managing-up-is': now.toISOString() } } }, now);
    expect(plan.where.newReader).toBe(false);
    expect(plan.steps.map((s) => s.kind)).toEqual(['next-lesson', 'take-assessment']);
    expect(plan.steps[0]!.text).toBe('Read lesson 2, Know your boss');
  });
});

describe('a busy reader', () => {
  const plan = buildPlan(content, busy, now);

  it('says where they are', () => {
    expect(plan.where).toEqual({
      newReader: false,
      lessons: { read: 2, total: 4 },
      checks: { passed: 1, taken: 2, total: 4 },
      // goals-asked (one-off) and commitments (5 days into two weeks); the weekly note is due again.
      checklist: { done: 2, total: 8, due: 1 },
      assessment: {
        day: '2026-03-01',
        overall: 60,
        band: null,
        weakest: { id: 'know-your-boss', title: 'Knowing your boss', lesson: 'know-your-boss', score: 40 },
        ageDays: 19,
        previousDay: null,
        changes: [],
      },
      oneOnOne: { lastMeeting: '2026-03-10', winsSince: 1, agendaReady: false, used: true, prepDay: null, nextPrep: null },
      review: { due: 0, waiting: 0, learned: 0 },
    });
  });

  it('orders the next steps: weakest area, due habits, next lesson, failed check, one-on-one', () => {
    expect(plan.steps).toEqual([
      {
        kind: 'weakest-lesson',
        text: 'Go back over Know your boss',
        detail: 'Your lowest area in the self-assessment: Knowing your boss, 40 out of 100.',
        href: '/lessons/know-your-boss/',
      },
      // Its items not ticked yet (a note alone is not a tick), in checklist order.
      {
        kind: 'weakest-item',
        text: 'Note how your boss likes news.',
        detail: 'A step for Knowing your boss, your lowest area.',
        href: '/checklist/#item-style-noted',
      },
      {
        kind: 'weakest-item',
        text: 'Ask what keeps them up at night.',
        detail: 'A step for Knowing your boss, your lowest area.',
        href: '/checklist/#item-pressure-asked',
      },
      {
        kind: 'habit-due',
        text: 'Send a short progress note.',
        detail: 'Due again: a habit to keep up every week.',
        href: '/checklist/#item-progress-note',
        day: '2026-03-05',
      },
      { kind: 'next-lesson', text: 'Read lesson 3, Earn their trust', href: '/lessons/earn-trust/' },
      {
        kind: 'retake-check',
        text: 'Have another go at the knowledge check on Know your boss',
        detail: 'Your best so far is 2 of 5.',
        href: '/lessons/know-your-boss/#knowledge-check',
      },
      {
        kind: 'prepare-one-on-one',
        text: 'Prepare your next one-on-one: note your progress and any risks',
        detail: 'You have 1 win to lead with.',
        href: '/toolkit/one-on-one/#oo-next-h',
      },
    ]);
  });

  it('gives every step a place on the site to act', () => {
    for (const s of plan.steps) expect(s.href).toMatch(/^\/[a-z0-9/#-]*$/);
  });

  it('brings back the two missed questions after the clock moves 1 day, not before', () => {
    const review = addMissed(emptyReview(), 'know-your-boss', ['q1', 'q2'], now);
    expect(kinds({ ...busy, review })).not.toContain('review');
    const next = buildPlan(content, { ...busy, review }, later(now, 1));
    const step = next.steps.find((s) => s.kind === 'review');
    expect(step).toEqual({
      kind: 'review',
      text: '2 questions you missed are back: answer them from memory, one at a time',
      detail: 'Recalling an answer a few days later is what helps it stick.',
      href: '/plan/#review',
    });
    // After the failed check, before the one-on-one.
    expect(next.steps.map((s) => s.kind).slice(-2)).toEqual(['review', 'prepare-one-on-one']);
    expect(next.where.review).toEqual({ due: 2, waiting: 0, learned: 0 });
  });

  it('counts only questions the checks still have, when told which they are', () => {
    const review = addMissed(emptyReview(), 'know-your-boss', ['q1', 'gone'], now);
    const checkQuestions = { 'know-your-boss': ['q1', 'q2'] };
    const plan = buildPlan({ ...content, checkQuestions }, { ...busy, review }, later(now, 1));
    expect(plan.where.review).toEqual({ due: 1, waiting: 0, learned: 0 });
    expect(plan.steps.find((s) => s.kind === 'review')?.text).toBe('A question you missed is back: answer it from memory');
  });

  it('says "a question" when one is back', () => {
    const review = addMissed(emptyReview(), 'know-your-boss', ['q1'], now);
    expect(buildPlan(content, { ...busy, review }, later(now, 1)).steps.find((s) => s.kind === 'review')?.text).toBe(
      'A question you missed is back: answer it from memory',
    );
  });
});

describe('the weakest area', () => {
  const withScores = (areas: Record<string, number | null>, read: Record<string, string> = {}) =>
    buildPlan(content, { ...busy, progress: { read }, assessment: { attempts: [attempt('2026-03-15', areas)] } }, now);

  it('says "Read" for a lesson not read yet, and does not repeat it as the next lesson', () => {
    const plan = withScores({ 'know-your-boss': 80, trust: 30, grow: 50 });
    expect(plan.steps[0]).toMatchObject({ kind: 'weakest-lesson', text: 'Read Earn their trust', href: '/lessons/earn-trust/' });
    // Both trust items are habits, one due, one done: neither is an open item of the area.
    expect(plan.steps.filter((s) => s.kind === 'weakest-item')).toEqual([]);
    expect(plan.steps.filter((s) => s.href === '/lessons/earn-trust/')).toHaveLength(1);
  });

  it("breaks a tie in the questionnaire's order and skips areas without a score", () => {
    expect(withScores({ 'know-your-boss': null, trust: 50, grow: 50 }).where.assessment?.weakest?.id).toBe('trust');
  });

  it('has none when every area scored 100, or none scored', () => {
    expect(withScores({ 'know-your-boss': 100, trust: 100, grow: 100 }).where.assessment?.weakest).toBeNull();
    expect(withScores({ 'know-your-boss': null, trust: null, grow: null }).where.assessment?.weakest).toBeNull();
    expect(withScores({ 'know-your-boss': 100, trust: 100, grow: 100 }).steps[0]!.kind).toBe('habit-due');
  });

  it('names the band of the overall result when the content gives bands', () => {
    const bands = [
      { id: 'strong', min: 80, title: 'Strong' },
      { id: 'starting', min: 0, title: 'Starting out' },
      { id: 'steady', min: 50, title: 'Steady' },
    ];
    expect(buildPlan({ ...content, bands }, busy, now).where.assessment?.band).toEqual({ id: 'steady', title: 'Steady' });
    const unscored = { attempts: [{ ...attempt('2026-03-15', { trust: 50 }), score: { overall: null, areas: { trust: 50 } } }] };
    expect(buildPlan({ ...content, bands }, { ...busy, assessment: unscored }, now).where.assessment?.band).toBeNull();
  });

  it('ignores scores of areas the content no longer has', () => {
    expect(withScores({ 'know-your-boss': 90, trust: 80, grow: 70, retired: 5 }).where.assessment?.weakest?.id).toBe('grow');
  });

  it('counts only scored attempts: one saved incomplete asks for the assessment', () => {
    const plan = buildPlan(content, { ...busy, assessment: { attempts: [{ date: '2026-03-15T09:00:00Z', set: 'v1' }] } }, now);
    expect(plan.where.assessment).toBeNull();
    expect(plan.steps.at(-1)).toMatchObject({ kind: 'take-assessment', href: '/assessment/' });
  });
});

describe('habits that are due', () => {
  const ticked = (entry: { done: boolean; date?: string }) =>
    buildPlan(content, { ...busy, checklist: { items: { 'progress-note': entry } } }, now).steps.filter(
      (s) => s.kind === 'habit-due',
    );

  it('is not due within its rhythm, and is due once it has passed', () => {
    const tickedToday = { ...busy, checklist: { items: { 'progress-note': { done: true, date: '2026-03-20' } } } };
    expect(kinds(tickedToday)).not.toContain('habit-due');
    expect(kinds(tickedToday, later(now, 6))).not.toContain('habit-due');
    expect(kinds(tickedToday, later(now, 7))).toContain('habit-due');
  });

  it('is due when ticked with no date or a corrupt one, with no day claimed', () => {
    for (const entry of [{ done: true }, { done: true, date: 'last week' }, { done: true, date: '2026-02-30' }])
      expect(ticked(entry)).toEqual([expect.objectContaining({ href: '/checklist/#item-progress-note' })]);
    expect(ticked({ done: true, date: 'last week' })[0]).not.toHaveProperty('day');
  });

  it('lists at most three, in checklist order', () => {
    const old = { done: true, date: '2025-01-01' };
    const items = { 'progress-note': old, commitments: old, 'career-talk': old, 'skip-catch-up': old };
    const plan = buildPlan(content, { ...busy, checklist: { items } }, now);
    expect(plan.where.checklist.due).toBe(4);
    expect(plan.steps.filter((s) => s.kind === 'habit-due').map((s) => s.href)).toEqual([
      '/checklist/#item-progress-note',
      '/checklist/#item-commitments',
      '/checklist/#item-career-talk',
    ]);
  });

  it('is not a habit when never ticked: that is an open item', () => {
    expect(ticked({ done: false, date: '2025-01-01' })).toEqual([]);
  });
});

describe('retaking the assessment', () => {
  const history = (latestDay: string) => ({
    ...busy,
    assessment: {
      // Saved out of date order (two tabs): the plan goes by date.
      attempts: [
        attempt(latestDay, { 'know-your-boss': 55, trust: 70, grow: null }),
        attempt('2026-01-01', { 'know-your-boss': 40, trust: 75, grow: 60 }),
      ],
    },
  });
  const dayBefore = (d: Date, n: number) => {
    const x = later(d, -n);
    return `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`;
  };

  it('is not suggested before the latest attempt is four weeks old', () => {
    const plan = buildPlan(content, history(dayBefore(now, RETAKE_AFTER_DAYS - 1)), now);
    expect(plan.where.assessment?.ageDays).toBe(RETAKE_AFTER_DAYS - 1);
    expect(plan.steps.map((s) => s.kind)).not.toContain('retake-assessment');
    // The next day it is.
    expect(buildPlan(content, history(dayBefore(now, RETAKE_AFTER_DAYS - 1)), later(now, 1)).steps.at(-1)?.kind).toBe(
      'retake-assessment',
    );
  });

  it('is suggested gently at four weeks, with the change per area since the attempt before', () => {
    const plan = buildPlan(content, history('2026-02-19'), later(now, 1));
    expect(plan.where.assessment?.ageDays).toBe(30);
    const step = plan.steps.at(-1)!;
    expect(step).toMatchObject({
      kind: 'retake-assessment',
      text: "It's been 4 weeks since your self-assessment: when you're ready, take it again to see what's changed",
      href: '/assessment/',
      detail: 'How each area moved between your last two attempts:',
    });
    // Growing together scored only last time: not compared.
    expect(step.changes).toEqual([
      { id: 'know-your-boss', title: 'Knowing your boss', then: 40, now: 55, change: 15 },
      { id: 'trust', title: 'Earning trust', then: 75, now: 70, change: -5 },
    ]);
    expect(plan.where.assessment?.previousDay).toBe('2026-01-01');
  });

  it('compares nothing across two different statement sets', () => {
    const s = history('2026-02-01');
    const attempts = [s.assessment.attempts[0]!, { ...s.assessment.attempts[1]!, set: 'v1' }];
    const plan = buildPlan(content, { ...s, assessment: { attempts } }, now);
    expect(plan.where.assessment?.changes).toEqual([]);
    expect(plan.steps.at(-1)).toMatchObject({ kind: 'retake-assessment' });
    expect(plan.steps.at(-1)).not.toHaveProperty('detail');
  });

  it('puts each change in words, up, down or the same', () => {
    const c = { id: 'trust', title: 'Earning trust' };
    expect(changeLine({ ...c, then: 40, now: 55, change: 15 })).toBe('Earning trust: from 40 to 55, up 15');
    expect(changeLine({ ...c, then: 75, now: 70, change: -5 })).toBe('Earning trust: from 75 to 70, down 5');
    expect(changeLine({ ...c, then: 60, now: 60, change: 0 })).toBe('Earning trust: 60, no change');
  });

  it('says months once it is long ago', () => {
    expect(howLong(28)).toBe('4 weeks');
    expect(howLong(90)).toBe('12 weeks');
    expect(howLong(91)).toBe('2 months');
    expect(howLong(400)).toBe('13 months');
  });

  it('treats an attempt with an unreadable date as the oldest, and never nudges from it', () => {
    const corrupt = attempt('2026-01-01', { 'know-your-boss': 10, trust: 10, grow: 10 });
    const alone = buildPlan(content, { ...busy, assessment: { attempts: [{ ...corrupt, date: 'not a date' }] } }, now);
    expect(alone.where.assessment).toMatchObject({ day: null, ageDays: null, weakest: { id: 'know-your-boss' } });
    expect(alone.steps.map((s) => s.kind)).not.toContain('retake-assessment');
    const withGood = buildPlan(
      content,
      {
        ...busy,
        assessment: {
          attempts: [attempt('2026-03-15', { 'know-your-boss': 90, trust: 20, grow: 90 }), { ...corrupt, date: '' }],
        },
      },
      now,
    );
    expect(withGood.where.assessment?.weakest?.id).toBe('trust');
  });
});

describe('the one-on-one', () => {
  const withPlanner = (oneOnOne: PlanState['oneOnOne']) => buildPlan(content, { ...busy, oneOnOne }, now);
  const oneOnOneSteps = (oneOnOne: PlanState['oneOnOne']) =>
    withPlanner(oneOnOne).steps.filter((s) => s.href.startsWith('/toolkit/one-on-one/'));

  it('says the agenda is ready once progress or risks are written', () => {
    const plan = withPlanner({ ...busy.oneOnOne!, next: { progress: '', risks: 'Launch may slip' } });
    expect(plan.where.oneOnOne?.agendaReady).toBe(true);
    expect(oneOnOneSteps({ ...busy.oneOnOne!, next: { progress: 'Shipped v2', risks: '' } })).toEqual([
      {
        kind: 'agenda-ready',
        text: 'Your agenda for the next one-on-one is ready: look it over before you go in',
        detail: 'It leads with 1 win logged since your last one.',
        href: '/toolkit/one-on-one/#oo-next-h',
      },
    ]);
  });

  it('asks for a win when none is logged since the last meeting (the meeting day counts)', () => {
    const s = { ...busy.oneOnOne!, wins: { w0: { date: '2026-03-09' } } };
    expect(withPlanner(s).where.oneOnOne?.winsSince).toBe(0);
    expect(oneOnOneSteps(s).map((x) => x.kind)).toEqual(['log-win', 'prepare-one-on-one']);
    expect(oneOnOneSteps(s)[0]).toMatchObject({
      text: 'Log a win from the time since your last one-on-one',
      href: '/toolkit/one-on-one/#oo-win-h',
    });
    expect(withPlanner({ ...s, wins: { w0: { date: '2026-03-10' } } }).where.oneOnOne?.winsSince).toBe(1);
  });

  it('with no meeting on record, counts wins from the last 30 days and skips unreadable dates', () => {
    const plan = withPlanner({
      wins: { a: { date: '2026-02-17' }, b: { date: '2026-02-18' }, c: { date: 'soon' }, d: { date: '2026-03-20' } },
      meetings: { bad: { date: 'Tuesday' } },
      next: { progress: '', risks: '' },
    });
    expect(plan.where.oneOnOne).toMatchObject({ lastMeeting: null, winsSince: 2 });
  });

  it('offers one gentle step when the planner was never used, and none without the planner', () => {
    expect(oneOnOneSteps({ wins: {}, asks: {}, meetings: {}, next: { progress: '', risks: '' } })).toEqual([
      expect.objectContaining({ kind: 'prepare-one-on-one', text: 'Plan your next one-on-one' }),
    ]);
    expect(oneOnOneSteps(null)).toEqual([]);
    expect(withPlanner(null).where.oneOnOne).toBeNull();
  });
});

describe('the day the reader prepares their one-on-one', () => {
  // 2026-03-20 is a Friday.
  const withDay = (oneOnOneDay: Weekday | null, extra: PlanState = {}) =>
    buildPlan(content, { ...busy, ...extra, settings: { oneOnOneDay } }, now);
  const prepStep = (plan: ReturnType<typeof buildPlan>) => plan.steps.find((s) => s.kind === 'prepare-one-on-one');

  it('gives the next preparation day from today, today included', () => {
    expect(withDay('TH').where.oneOnOne).toMatchObject({ prepDay: 'TH', nextPrep: '2026-03-26' });
    expect(withDay('FR').where.oneOnOne).toMatchObject({ prepDay: 'FR', nextPrep: '2026-03-20' });
    expect(withDay('SA').where.oneOnOne).toMatchObject({ prepDay: 'SA', nextPrep: '2026-03-21' });
    expect(withDay(null).where.oneOnOne).toMatchObject({ prepDay: null, nextPrep: null });
  });

  it('says so on the day, in the step to prepare', () => {
    expect(prepStep(withDay('FR'))?.detail).toBe('Today is the day you set aside to prepare it. You have 1 win to lead with.');
    expect(prepStep(withDay('TH'))?.detail).toBe('You have 1 win to lead with.');
    const noWins = { oneOnOne: { ...busy.oneOnOne!, wins: {} } };
    expect(prepStep(withDay('FR', noWins))?.detail).toBe('Today is the day you set aside to prepare it.');
    expect(prepStep(withDay('TH', noWins))).not.toHaveProperty('detail');
  });

  it('keeps the day with the planner never opened, and offers the planner on the day', () => {
    const plan = withDay('FR', { oneOnOne: null });
    expect(plan.where.oneOnOne).toMatchObject({ used: false, prepDay: 'FR', winsSince: 0 });
    expect(prepStep(plan)).toMatchObject({
      text: 'Plan your next one-on-one',
      detail:
        'Today is the day you set aside to prepare it. Log your wins as they happen, and the planner builds the agenda from them.',
    });
  });

  it('does not make a new reader of someone who only chose a day', () => {
    expect(buildPlan(content, { settings: { oneOnOneDay: 'MO' } }, now).where.newReader).toBe(true);
  });
});

describe('a reader who has done everything', () => {
  const done: PlanState = {
    progress: { read: Object.fromEntries(content.lessons.map((l) => [l.slug, '2026-01-01T00:00:00Z'])) },
    quizzes: Object.fromEntries(content.lessons.map((l) => [l.slug, { best: 4, total: 4, passed: true }])),
    assessment: { attempts: [attempt('2026-03-15', { 'know-your-boss': 100, trust: 100, grow: 100 })] },
    checklist: {
      items: Object.fromEntries(
        content.checklist.map((i) => [
          i.id,
          i.every ? { done: true, date: i.id === 'commitments' ? '2026-03-12' : '2026-03-18' } : { done: true },
        ]),
      ),
    },
  };

  it('is told they are up to date, and when the next habit comes back', () => {
    const plan = buildPlan(content, done, now);
    expect(plan.where.checklist).toEqual({ done: 8, total: 8, due: 0 });
    expect(plan.steps).toEqual([
      {
        kind: 'up-to-date',
        text: "You're up to date. Nothing is due today.",
        detail: 'Next to come back: Send a short progress note.',
        href: '/checklist/#item-progress-note',
        day: '2026-03-25',
      },
    ]);
  });

  it('with no habit waiting, still gets one step', () => {
    const plan = buildPlan({ ...content, checklist: content.checklist.filter((i) => !i.every) }, done, now);
    expect(plan.steps).toEqual([{ kind: 'up-to-date', text: "You're up to date. Nothing is due today.", href: '/checklist/' }]);
  });

  it('sees the habit due again as the clock moves on', () => {
    expect(kinds(done, later(now, 5))).toEqual(['habit-due']);
  });
});

describe('the clock', () => {
  it('refuses an invalid now rather than guessing a day', () => {
    expect(() => buildPlan(content, busy, new Date('nope'))).toThrow(/valid time/);
  });
});
