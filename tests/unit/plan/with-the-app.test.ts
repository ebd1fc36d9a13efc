// The plan's modules against the rest of the app: the real content, values read back through the
// real storage slots, and the checklist's own rhythm lengths. The plan imports none of these, so
// this file is where a change of shape on either side shows. (The only unit test of the plan
// that imports app modules: when they move, its imports are the ones to update.)
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessmentSchema } from '../../../src/schemas/assessment';
import { checklistSchema } from '../../../src/schemas/checklist';
import { quizSchema } from '../../../src/schemas/quiz';
import { makeAttempt, type Questionnaire } from '../../../src/lib/assessment';
import { PERIODS } from '../../../src/lib/checklist';
import { isoDay } from '../../../src/lib/dates';
import { assessmentSlot } from '../../../src/lib/storage/slots/assessment';
import { checklistSlot } from '../../../src/lib/storage/slots/checklist';
import { knowledgeCheckSlot as quizSlot } from '../../../src/lib/storage/slots/knowledge-checks';
import { progressSlot } from '../../../src/lib/storage/slots/progress';
import { reviewSlot } from '../../../src/lib/storage/slots/review';
import { decode, encode, type Slot } from '../../../src/lib/storage/store';
import { emptyOneOnOne, parseOneOnOne } from '../../../src/lib/toolkit/one-on-one';
import { localDay } from '../../../src/lib/plan/days';
import { buildPlan, type PlanContent, type PlanState } from '../../../src/lib/plan/next-steps';
import { addMissed, emptyReview, missedQuestions } from '../../../src/lib/plan/review';
import { RHYTHMS } from '../../../src/lib/plan/rhythms';

const yaml = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;
const frontmatter = (path: string) => parse(readFileSync(path, 'utf8').split('---')[1]!) as { title: string; order: number };

const lessons = readdirSync('src/content/lessons').map((f) => {
  const { title, order } = frontmatter(`src/content/lessons/${f}`);
  return { slug: f.replace(/\.mdx$/, ''), title, order };
});
const checklist = readdirSync('src/content/checklist').flatMap((f) => {
  const list = checklistSchema.parse(yaml(`src/content/checklist/${f}`));
  return list.items.map((i) => ({ ...i, lesson: list.lesson.id }));
});
const assessment = assessmentSchema.parse(yaml('src/data/assessment.yaml'));
const dimensions = assessment.dimensions.map((d) => ({ ...d, lesson: d.lesson.id }));
const content: PlanContent = { lessons, checklist, areas: dimensions };
const questionnaire: Questionnaire = { ...assessment, dimensions };

/** A value saved by a slot and read back, as the plan page will get it. */
const saved = <T>(slot: Slot<T>, data: T) => {
  const read = decode(slot, encode(slot, data));
  expect(read.status).toBe('ok');
  return read.data;
};

const now = new Date('2026-03-20T12:00:00');

describe('the rhythms and days agree with the checklist', () => {
  it('counts the same days per rhythm', () => {
    expect(Object.fromEntries(Object.entries(RHYTHMS).map(([k, r]) => [k, r.days]))).toEqual(PERIODS);
  });
  it('takes the same local day for today', () => {
    for (const d of [now, new Date('2026-03-20T23:59:00'), new Date('2026-01-01T00:00:00')]) expect(localDay(d)).toBe(isoDay(d));
  });
});

describe('a plan from values read back through the storage slots', () => {
  // Every answer middling, and every statement of one area at the bottom of its scale.
  const low = dimensions[2]!;
  const answers = Object.fromEntries(
    questionnaire.statements.map((s) => [s.id, s.dimension === low.id ? (s.reverse ? 5 : 1) : s.canSkip ? 3 : s.reverse ? 2 : 4]),
  );
  const first = lessons.find((l) => l.order === 1)!;
  const habit = checklist.find((i) => i.every === 'week')!;
  const quiz = quizSchema.parse(yaml(`src/content/quizzes/${first.slug}.yaml`));
  const wrongAll = Object.fromEntries(quiz.questions.map((q) => [q.id, q.options.findIndex((o) => !o.correct)]));

  const state: PlanState = {
    progress: saved(progressSlot, { read: { [first.slug]: '2026-03-01T10:00:00.000Z' } }),
    quizzes: saved(quizSlot, {
      [first.slug]: {
        best: 0,
        total: quiz.questions.length,
        passed: false,
        attempts: 1,
        last: { date: '2026-03-01T10:05:00.000Z', score: 0, total: quiz.questions.length, answers: wrongAll },
      },
    }),
    assessment: saved(assessmentSlot, {
      draft: {},
      attempts: [makeAttempt(questionnaire, answers, new Date('2026-03-02T09:00:00'))],
    }),
    checklist: saved(checklistSlot, { items: { [habit.id]: { done: true, date: '2026-03-01' } }, kept: [] }),
    oneOnOne: parseOneOnOne(JSON.parse(JSON.stringify(emptyOneOnOne()))),
    review: addMissed(emptyReview(), first.slug, missedQuestions(quiz.questions, wrongAll), new Date('2026-03-01T10:05:00')),
  };
  const plan = buildPlan(content, state, now);

  it('finds the weakest area from the saved attempt and leads with its lesson', () => {
    expect(plan.where.assessment?.weakest).toMatchObject({ id: low.id, lesson: low.lesson, score: 0 });
    expect(plan.steps[0]).toMatchObject({ kind: 'weakest-lesson', href: `/lessons/${low.lesson}/` });
  });

  it('lists the due habit, the failed check, every missed question and the unused planner', () => {
    const kinds = plan.steps.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['habit-due', 'retake-check', 'review', 'prepare-one-on-one']));
    expect(plan.where.review.due).toBe(quiz.questions.length);
    expect(plan.steps.find((s) => s.kind === 'habit-due')?.href).toBe(`/checklist/#item-${habit.id}`);
  });

  it('links only to lessons and checklist items that exist', () => {
    const slugs = new Set(lessons.map((l) => l.slug));
    const ids = new Set(checklist.map((i) => i.id));
    for (const s of [...plan.steps, ...buildPlan(content, {}, now).steps]) {
      const lesson = /^\/lessons\/([^/]+)\//.exec(s.href)?.[1];
      const item = /^\/checklist\/#item-(.+)$/.exec(s.href)?.[1];
      if (lesson) expect(slugs).toContain(lesson);
      if (item) expect(ids).toContain(item);
    }
  });
});

describe('the review state through the storage layer', () => {
  const state = addMissed(emptyReview(), 'earn-trust', ['a', 'b'], now);

  it('saves and reads back', () => {
    expect(decode(reviewSlot, encode(reviewSlot, state))).toEqual({ status: 'ok', data: state, foundVersion: 1 });
  });
  it('reports a newer version, corrupt text and an invalid shape instead of reading them', () => {
    expect(decode(reviewSlot, JSON.stringify({ version: 2, savedAt: '', data: state })).status).toBe('newer');
    expect(decode(reviewSlot, '{"version":1,').status).toBe('corrupt');
    expect(decode(reviewSlot, JSON.stringify({ version: 1, savedAt: '', data: { items: { x: { due: 'soon' } } } })).status).toBe(
      'invalid',
    );
  });
});
