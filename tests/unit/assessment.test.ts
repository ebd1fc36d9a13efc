import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  NOT_APPLICABLE,
  attemptLine,
  finishAttempt,
  rateStatement,
  type AttemptView,
  answerLabel,
  bandFor,
  compareAnswers,
  formatChange,
  makeAttempt,
  points,
  questionsNote,
  readHistory,
  scoreAnswers,
  unanswered,
  viewAttempt,
  workOnThese,
  type Band,
  type Dimension,
  type Questionnaire,
  type Statement,
} from '../../src/lib/assessment';
import {
  KEPT_IN_2026_12,
  KNOWN_SETS,
  RENAMED_IN_2026_12,
  carryDraft,
  migrateAssessmentV1,
  migrateAssessmentV2,
  scoreV1,
  assessmentSlot,
  type AssessmentAttempt,
  type AssessmentState,
  type Ratings,
} from '../../src/lib/storage/slots/assessment';
import { FROZEN_SETS, idsOf, missingIn, scoreFrozen } from '../../src/lib/storage/slots/assessment-sets';
import { assessmentSchema } from '../../src/schemas/assessment';
import { SafeStorage, decode, keyFor, readSlot, saveSlot } from '../../src/lib/storage/store';
import { FakeStorage } from './storage/fake-storage';
import { V1_IDS, V1_REVERSE, v1Answers, v1Worst } from '../support/assessment-v1';
import { IDS_2026_11, S2026_11, answers2026_11, type Statement2026_11 } from '../support/assessment-2026-11';

const dim = (id: string): Dimension => ({ id, title: `Area ${id}`, lesson: `lesson-${id}`, summary: `About ${id}` });
const st = (id: string, dimension: string, o: Partial<Statement> = {}): Statement => ({
  id,
  dimension,
  text: `Statement ${id}`,
  scale: 'frequency',
  reverse: false,
  canSkip: false,
  section: `section-${id}`,
  ...o,
});

const dimensions = [dim('a'), dim('b'), dim('c')];
// a: 3 statements (one reverse), b: 2 (one reverse), c: 4 (two can be skipped).
const statements = [
  st('a1', 'a'),
  st('a2', 'a'),
  st('a3', 'a', { reverse: true }),
  st('b1', 'b'),
  st('b2', 'b', { reverse: true }),
  st('c1', 'c'),
  st('c2', 'c'),
  st('c3', 'c', { canSkip: true }),
  st('c4', 'c', { canSkip: true, scale: 'agreement' }),
];
const bands: Band[] = [
  { id: 'low', min: 0, title: 'Low', description: 'd0' },
  { id: 'mid', min: 40, title: 'Mid', description: 'd40' },
  { id: 'good', min: 60, title: 'Good', description: 'd60' },
  { id: 'top', min: 80, title: 'Top', description: 'd80' },
];
const q: Questionnaire = { set: 'set-2', statements, dimensions, bands };

/** Ratings that give every statement the same points (0-4), whichever way it is scored. */
const allPoints = (list: Statement[], p: number): Ratings =>
  Object.fromEntries(list.map((s) => [s.id, s.reverse ? 5 - p : p + 1]));

describe('points and labels', () => {
  it('maps 1..5 to 0..4, reversed for a reverse-scored statement', () => {
    expect([1, 2, 3, 4, 5].map((r) => points(r, false))).toEqual([0, 1, 2, 3, 4]);
    expect([1, 2, 3, 4, 5].map((r) => points(r, true))).toEqual([4, 3, 2, 1, 0]);
  });
  it('names an answer on the statement\'s own scale, and "Hasn\'t come up"', () => {
    expect(answerLabel(statements[0]!, 1)).toBe('Never');
    expect(answerLabel(statements[8]!, 5)).toBe('Agree strongly');
    expect(answerLabel(statements[8]!, NOT_APPLICABLE)).toBe("Hasn't come up");
  });
});

describe('unanswered', () => {
  it('finds missing statements in questionnaire order', () => {
    const answers = allPoints(statements, 2);
    delete answers.c1;
    delete answers.a2;
    expect(unanswered(statements, answers).map((s) => s.id)).toEqual(['a2', 'c1']);
  });
  it('accepts "Hasn\'t come up" only where the statement offers it', () => {
    const answers = { ...allPoints(statements, 2), c3: 0, a1: 0 };
    expect(unanswered(statements, answers).map((s) => s.id)).toEqual(['a1']);
  });
  it('treats out-of-range ratings (6, -1, 2.5) as unanswered', () => {
    const answers = { ...allPoints(statements, 2), a1: 6, b2: -1, c1: 2.5 };
    expect(unanswered(statements, answers).map((s) => s.id)).toEqual(['a1', 'b2', 'c1']);
  });
});

describe('scoreAnswers', () => {
  it('gives 0 for the worst answers and 100 for the best (reverse items the other way round)', () => {
    const worst = scoreAnswers(q, allPoints(statements, 0));
    expect(worst.overall).toBe(0);
    expect(Object.values(worst.areas).map((a) => a.score)).toEqual([0, 0, 0]);
    expect(worst.band!.id).toBe('low');
    const best = scoreAnswers(q, allPoints(statements, 4));
    expect(best.overall).toBe(100);
    expect(best.band!.id).toBe('top');
  });

  it('does not give 100 for rating everything at the top (the reverse items count against you)', () => {
    const r = scoreAnswers(q, Object.fromEntries(statements.map((s) => [s.id, 5])));
    // 7 normal statements x 4 points, 2 reverse x 0 = 28 / 36.
    expect(r.overall).toBe(78);
  });

  it('scores a mix exactly (worked by hand)', () => {
    const answers: Ratings = {
      a1: 5, // 4
      a2: 3, // 2
      a3: 2, // reverse: 3   -> a = 9/12 = 75
      b1: 1, // 0
      b2: 4, // reverse: 1   -> b = 1/8 = 12.5 -> 13
      c1: 2, // 1
      c2: 4, // 3
      c3: 3, // 2
      c4: 1, // 0            -> c = 6/16 = 37.5 -> 38
    };
    const r = scoreAnswers(q, answers);
    expect(r.areas.a).toEqual({ score: 75, applied: 3, total: 3 });
    expect(r.areas.b!.score).toBe(13);
    expect(r.areas.c!.score).toBe(38);
    // 16 / 36 overall: from the points, not the average of the area scores.
    expect(r.overall).toBe(44);
    expect(r.band!.id).toBe('mid');
  });

  it('leaves "Hasn\'t come up" out of the score rather than counting it as zero', () => {
    const answers = { ...allPoints(statements, 4), c3: NOT_APPLICABLE };
    const r = scoreAnswers(q, answers);
    expect(r.areas.c).toEqual({ score: 100, applied: 3, total: 4 });
    expect(r.overall).toBe(100);
  });

  it('scores an area where exactly half apply, and not one where fewer than half do', () => {
    const c = [st('c1', 'c', { canSkip: true }), st('c2', 'c', { canSkip: true }), st('c3', 'c', { canSkip: true })];
    const small = { statements: [...statements.slice(0, 5), ...c], dimensions, bands };
    const half = scoreAnswers(
      { ...small, statements: [...small.statements, st('c4', 'c', { canSkip: true })] },
      {
        ...allPoints(small.statements, 3),
        c3: 0,
        c4: 0,
      },
    );
    expect(half.areas.c).toEqual({ score: 75, applied: 2, total: 4 });
    const few = scoreAnswers(small, { ...allPoints(small.statements, 3), c2: 0, c3: 0 });
    expect(few.areas.c).toEqual({ score: null, applied: 1, total: 3 });
    expect(few.areas.a!.score).toBe(75);
  });

  it('gives no overall score or band when fewer than half of all statements apply', () => {
    const skippy = statements.map((s) => ({ ...s, canSkip: true }));
    const answers = Object.fromEntries(skippy.map((s, i) => [s.id, i < 4 ? 5 : 0]));
    const r = scoreAnswers({ statements: skippy, dimensions, bands }, answers);
    expect(r.overall).toBeNull();
    expect(r.band).toBeNull();
  });

  it('throws when any statement is unanswered, rather than scoring silently', () => {
    const answers = allPoints(statements, 4);
    delete answers.b1;
    expect(() => scoreAnswers(q, answers)).toThrow(/1 statements are unanswered/);
    expect(() => scoreAnswers(q, {})).toThrow(/9 statements are unanswered/);
  });

  it('ignores answers to statements that are not in the questionnaire', () => {
    const r = scoreAnswers(q, { ...allPoints(statements, 2), stray: 1 });
    expect(r.overall).toBe(50);
    expect(Object.keys(r.areas)).toEqual(['a', 'b', 'c']);
  });
});

describe('bandFor', () => {
  it('picks the highest band whose minimum the score reaches, at exact boundaries, in any order', () => {
    const shuffled = [bands[2]!, bands[0]!, bands[3]!, bands[1]!];
    expect([0, 39, 40, 59, 60, 79, 80, 100].map((n) => bandFor(n, shuffled).id)).toEqual([
      'low',
      'low',
      'mid',
      'mid',
      'good',
      'good',
      'top',
      'top',
    ]);
    expect(bandFor(65, bands)).toBe(bands[2]);
  });
});

describe('workOnThese', () => {
  it('lists the lowest statements by effective score, so a reverse item answered high counts as low', () => {
    const answers: Ratings = { ...allPoints(statements, 4), a2: 3, a3: 5, c2: 2, c3: 0 };
    const list = workOnThese(statements, answers);
    // a3 is reverse-scored: "Always" is 0 points, the lowest; then c2 (1 point), then a2 (2 points).
    expect(list.map((w) => [w.statement.id, w.rating, w.points])).toEqual([
      ['a3', 5, 0],
      ['c2', 2, 1],
      ['a2', 3, 2],
    ]);
  });
  it('keeps questionnaire order for ties, leaves out "Hasn\'t come up" and best answers, and respects n', () => {
    const answers: Ratings = { ...allPoints(statements, 1), c3: 0, b1: 5 };
    expect(workOnThese(statements, answers, 4).map((w) => w.statement.id)).toEqual(['a1', 'a2', 'a3', 'b2']);
    expect(workOnThese(statements, allPoints(statements, 4))).toEqual([]);
  });
});

describe('makeAttempt', () => {
  it("records the set, only this set's answers and the score at the time", () => {
    const a = makeAttempt(q, { ...allPoints(statements, 2), stray: 3 }, new Date('2026-03-12T09:00:00Z'));
    expect(a.set).toBe('set-2');
    expect(a.date).toBe('2026-03-12T09:00:00.000Z');
    expect(Object.keys(a.answers)).toEqual(statements.map((s) => s.id));
    expect(a.score).toEqual({ overall: 50, areas: { a: 50, b: 50, c: 50 } });
    expect(assessmentSlot.validate({ draft: {}, attempts: [a] })).not.toBeNull();
  });
  it('refuses an incomplete draft', () => {
    expect(() => makeAttempt(q, { a1: 3 })).toThrow(/unanswered/);
  });
});

describe('viewAttempt and readHistory: saved attempts never break the page', () => {
  const date = '2026-03-12T09:00:00.000Z';
  const full = (p: number): AssessmentAttempt => ({ date, set: 'set-2', answers: allPoints(statements, p) });

  it('scores an attempt of the current set afresh', () => {
    const v = viewAttempt(q, full(4));
    expect(v).toMatchObject({ kind: 'scored', current: true, score: { overall: 100 } });
  });
  it('shows an attempt of the current set with a missing answer as incomplete', () => {
    const a = full(2);
    delete a.answers.b1;
    delete a.answers.c2;
    expect(viewAttempt(q, a)).toEqual({ kind: 'incomplete', missing: 2 });
  });
  it('keeps the score a version-1 attempt had, and shows one without a score as incomplete', () => {
    const old: AssessmentAttempt = { date, set: 'v1', answers: {}, score: { overall: 64, areas: { a: 10 } } };
    expect(viewAttempt(q, old)).toMatchObject({ kind: 'scored', current: false, score: { overall: 64 }, band: { id: 'good' } });
    expect(viewAttempt(q, { date, set: 'v1', answers: { 'kb-goals': 3 } })).toEqual({ kind: 'incomplete', missing: 26 });
  });
  it("scores an attempt of an earlier set saved without a score by that set's own statements", () => {
    const answers = answers2026_11((x) => (x.reverse ? 1 : 5));
    expect(viewAttempt(q, { date, set: '2026-11', answers })).toMatchObject({
      kind: 'scored',
      current: false,
      score: { overall: 100 },
      band: { id: 'top' },
    });
    delete answers['hc-fixable'];
    expect(viewAttempt(q, { date, set: '2026-11', answers })).toEqual({ kind: 'incomplete', missing: 1 });
  });
  it('does not score an attempt of a set it does not know, even with a score attached', () => {
    expect(viewAttempt(q, { ...full(4), set: 'from-the-future', score: { overall: 99, areas: {} } })).toEqual({
      kind: 'unknown',
    });
  });
  it('points at the newest scored attempt and the scored one before it, skipping incomplete and unknown ones', () => {
    const incomplete = { date, set: 'set-2', answers: { a1: 3 } };
    const unknown = { ...full(1), set: 'other' };
    const h = readHistory(q, { draft: {}, attempts: [full(0), incomplete, full(3), unknown, incomplete] });
    expect(h.attempts.map((a) => a.view.kind)).toEqual(['scored', 'incomplete', 'scored', 'unknown', 'incomplete']);
    expect([h.previous, h.latest]).toEqual([0, 2]);
    expect(readHistory(q, { draft: {}, attempts: [incomplete] })).toMatchObject({ latest: -1, previous: -1 });
    expect(readHistory(q, { draft: {}, attempts: [] })).toMatchObject({ latest: -1, previous: -1 });
  });
});

describe('compareAnswers: a retake compares only what is comparable', () => {
  it('compares every area when the same statements were rated both times', () => {
    const c = compareAnswers(q, allPoints(statements, 4), allPoints(statements, 1));
    expect(c.areas).toEqual({ a: { then: 25, now: 100 }, b: { then: 25, now: 100 }, c: { then: 25, now: 100 } });
    expect(c.overall).toEqual({ then: 25, now: 100 });
    expect(c.shared).toBe(9);
  });
  it('leaves out an area where fewer than half the statements were rated both times', () => {
    // The earlier attempt only knew a1, a2 (kept ids) and b1; c3 and c4 were "Hasn't come up" now.
    const then: Ratings = { a1: 1, a2: 3, b1: 2, gone: 5 };
    const now: Ratings = { ...allPoints(statements, 4), c3: 0, c4: 0 };
    const c = compareAnswers(q, now, then);
    expect(c.areas.a).toEqual({ then: 25, now: 100 }); // a1, a2: (0 + 2) / 8 then
    expect(c.areas.b).toEqual({ then: 25, now: 100 }); // b1 is half of b
    expect(c.areas.c).toBeNull();
    expect(c.overall).toEqual({ then: 25, now: 100 });
    expect(c.shared).toBe(3);
  });
  it('has no overall comparison when no area compares', () => {
    const c = compareAnswers(q, allPoints(statements, 4), { stray: 3 });
    expect(c).toEqual({ areas: { a: null, b: null, c: null }, overall: null, shared: 0 });
  });
  it('formats changes', () => {
    expect([12, -5, 0].map(formatChange)).toEqual(['+12', '-5', 'no change']);
  });
});

describe('version 1 -> 2 migration', () => {
  const data = assessmentSchema.parse(parse(readFileSync('src/data/assessment.yaml', 'utf8')));
  const date = '2026-03-12T09:00:00.000Z';

  it('gives a complete attempt its version-1 score: 0 and 100 at the extremes, and a hand-worked mix', () => {
    expect(scoreV1(v1Answers((id) => (V1_REVERSE.has(id) ? 5 : 1)))).toEqual({
      overall: 0,
      areas: { 'know-your-boss': 0, communicate: 0, trust: 0, grow: 0, 'skip-level': 0, 'step-up': 0 },
    });
    expect(scoreV1(v1Answers((id) => (V1_REVERSE.has(id) ? 1 : 5)))!.overall).toBe(100);
    // Everything "Always": 20 normal x 4 = 80 of 108 points overall; know-your-boss 12 of 16.
    const always = scoreV1(v1Answers(() => 5))!;
    expect(always.overall).toBe(74);
    expect(always.areas['know-your-boss']).toBe(75);
  });

  it('marks each attempt as answered to set v1 and keeps its answers and date exactly', () => {
    const answers = v1Answers(() => 3);
    const out = migrateAssessmentV1({ draft: { 'co-format': 2 }, attempts: [{ date, answers }] });
    expect(out).toEqual({ draft: { 'co-format': 2 }, attempts: [{ date, set: 'v1', answers, score: scoreV1(answers) }] });
  });

  it('keeps an attempt with a missing answer, unscored, so it shows as incomplete instead of breaking the page', () => {
    const answers = v1Answers(() => 4);
    delete answers['gr-credit'];
    const raw = JSON.stringify({ version: 1, data: { draft: {}, attempts: [{ date, answers }] } });
    const read = decode(assessmentSlot, raw);
    expect(read.status).toBe('migrated');
    expect(read.data.attempts[0]).toEqual({ date, set: 'v1', answers });
    const current: Questionnaire = { ...data, dimensions: data.dimensions.map((d) => ({ ...d, lesson: d.lesson.id })) };
    expect(viewAttempt(current, read.data.attempts[0]!)).toEqual({ kind: 'incomplete', missing: 1 });
  });

  it('migrates an empty history and a draft in progress', () => {
    expect(migrateAssessmentV1({ draft: { a: 1 }, attempts: [] })).toEqual({ draft: { a: 1 }, attempts: [] });
  });

  it('refuses data that is not an assessment (the storage layer then keeps it aside)', () => {
    expect(() => migrateAssessmentV1(null)).toThrow();
    expect(() => migrateAssessmentV1({ draft: {} })).toThrow();
    const bad = decode(assessmentSlot, JSON.stringify({ version: 1, data: { draft: {}, attempts: [{ answers: {} }] } }));
    expect(bad.status).toBe('invalid');
  });

  it.each([
    ['a version-1 attempt', v1Answers((id) => (V1_REVERSE.has(id) ? 5 : 1)), V1_IDS],
    ['a "2026-11" attempt', answers2026_11((x) => (x.reverse ? 5 : 1)), IDS_2026_11],
  ])('compares %s with a retake on the statements both sets share, by area', (_, worst, earlierIds) => {
    const current: Questionnaire = { ...data, dimensions: data.dimensions.map((d) => ({ ...d, lesson: d.lesson.id })) };
    const best = Object.fromEntries(current.statements.map((s) => [s.id, s.reverse ? 1 : 5]));
    const c = compareAnswers(current, best, worst);
    const shared = current.statements.filter((s) => earlierIds.includes(s.id));
    expect(c.shared).toBe(shared.length);
    let comparable = 0;
    for (const d of current.dimensions) {
      const inArea = current.statements.filter((s) => s.dimension === d.id);
      const both = shared.filter((s) => s.dimension === d.id).length;
      if (both * 2 >= inArea.length) comparable++;
      expect(c.areas[d.id], d.id).toEqual(both * 2 >= inArea.length ? { then: 0, now: 100 } : null);
    }
    expect(c.overall).toEqual(comparable ? { then: 0, now: 100 } : null);
  });

  it('still compares most areas with a "2026-11" attempt', () => {
    const current: Questionnaire = { ...data, dimensions: data.dimensions.map((d) => ({ ...d, lesson: d.lesson.id })) };
    const c = compareAnswers(
      current,
      Object.fromEntries(current.statements.map((s) => [s.id, 3])),
      answers2026_11(() => 3),
    );
    expect(Object.values(c.areas).filter(Boolean).length).toBeGreaterThanOrEqual(4);
  });
});

/** A small seeded random generator, so the "many answer sheets" below are the same every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The "2026-11" questionnaire as the site scored it, built from the test's own copy of the set. */
const q2026_11: Questionnaire = {
  set: '2026-11',
  statements: S2026_11.map((x) =>
    st(x.id, x.dimension, { scale: x.scale ?? 'frequency', reverse: !!x.reverse, canSkip: !!x.canSkip }),
  ),
  dimensions: [...new Set(S2026_11.map((x) => x.dimension))].map(dim),
  bands,
};
const frozen2026_11 = FROZEN_SETS['2026-11']!;
const scoreOf = (q: Questionnaire, answers: Ratings) => {
  const r = scoreAnswers(q, answers);
  return { overall: r.overall, areas: Object.fromEntries(Object.entries(r.areas).map(([id, a]) => [id, a.score])) };
};

describe('the "2026-11" statements frozen in code', () => {
  it('are the 35 statements the site served, in order', () => {
    expect(idsOf(frozen2026_11)).toEqual(IDS_2026_11);
    expect(KNOWN_SETS).toEqual(expect.arrayContaining(['v1', '2026-11']));
  });

  it('offer "Hasn\'t come up" exactly where the site did', () => {
    for (const x of S2026_11) {
      const answers = { ...answers2026_11(() => 3), [x.id]: 0 };
      expect(missingIn(frozen2026_11, answers), x.id).toBe(x.canSkip ? 0 : 1);
    }
  });

  it('score 300 answer sheets exactly as the site scored that set (areas, reverse items, "Hasn\'t come up")', () => {
    const random = seeded(2611);
    for (let n = 0; n < 300; n++) {
      // Some sheets skip nearly everything they can, so areas and the whole go unscored too.
      const skipRate = n % 3 === 0 ? 0.9 : 0.25;
      const answers = answers2026_11((x: Statement2026_11) =>
        x.canSkip && random() < skipRate ? 0 : 1 + Math.floor(random() * 5),
      );
      expect(scoreFrozen(frozen2026_11, answers), JSON.stringify(answers)).toEqual(scoreOf(q2026_11, answers));
    }
  });

  it('hand-worked: everything "Always" scores 77, trust (two reverse items of five) 60', () => {
    // 27 normal statements x 4 points of 35 x 4 = 108 / 140; the 8 reverse ones score 0.
    const always = scoreFrozen(
      frozen2026_11,
      answers2026_11(() => 5),
    )!;
    expect(always.overall).toBe(77);
    expect(always.areas).toEqual({
      'know-your-boss': 80,
      communicate: 80,
      trust: 60,
      grow: 80,
      'skip-level': 80,
      'step-up': 80,
      hard: 80,
    });
    // Every skip-level statement could be skipped: skipping them all leaves that area unscored.
    const skipped = scoreFrozen(
      frozen2026_11,
      answers2026_11((x) => (x.dimension === 'skip-level' ? 0 : 3)),
    )!;
    expect(skipped.areas['skip-level']).toBeNull();
    expect(skipped.overall).toBe(50);
    expect(scoreFrozen(frozen2026_11, { ...answers2026_11(() => 3), 'co-format': 0 })).toBeUndefined();
  });
});

describe('version 2 -> 3 migration', () => {
  const date = '2026-11-20T09:00:00.000Z';
  const savedAt = '2026-11-28T18:30:00.000Z';
  const saved = { savedAt };
  const v2 = (draft: Ratings, attempts: unknown[] = []) => ({ draft, attempts });
  const full = answers2026_11((x) => (x.reverse ? 2 : 4));

  it('keeps the score a "2026-11" attempt was saved with, exactly', () => {
    const score = { overall: 61, areas: { trust: 70, 'skip-level': null } };
    const attempt = { date, set: '2026-11', answers: full, score };
    expect(migrateAssessmentV2(v2({}, [attempt]), saved)).toEqual(v2({}, [attempt]));
  });

  it('gives a "2026-11" attempt saved without a score the score its own statements give it', () => {
    const out = migrateAssessmentV2(v2({}, [{ date, set: '2026-11', answers: full }]), saved) as AssessmentState;
    // Every answer one step from the best: 3 points of 4 on every statement.
    expect(out.attempts[0]!.score).toEqual({
      overall: 75,
      areas: { 'know-your-boss': 75, communicate: 75, trust: 75, grow: 75, 'skip-level': 75, 'step-up': 75, hard: 75 },
    });
    expect(out.attempts[0]!.score).toEqual(scoreOf(q2026_11, full));
  });

  it('leaves an incomplete "2026-11" attempt unscored; it reads as incomplete, counting what is missing', () => {
    const answers = { ...full };
    delete answers['tr-progress'];
    delete answers['hc-move-on'];
    const out = migrateAssessmentV2(v2({}, [{ date, set: '2026-11', answers }]), saved) as AssessmentState;
    expect(out.attempts).toEqual([{ date, set: '2026-11', answers }]);
    expect(viewAttempt(q, out.attempts[0]!)).toEqual({ kind: 'incomplete', missing: 2 });
  });

  it('leaves v1 attempts and attempts of other sets exactly as they were', () => {
    const attempts = [
      { date, set: 'v1', answers: v1Worst(), score: scoreV1(v1Worst()) },
      { date, set: 'v1', answers: { 'kb-goals': 2 } },
      { date, set: 'from-the-future', answers: { x: 3 } },
    ];
    expect(migrateAssessmentV2(v2({}, attempts), saved)).toEqual(v2({}, attempts));
  });

  it('keeps ratings of statements that kept their meaning in the draft, adding nothing when none is left behind', () => {
    const draft = { 'co-channel': 4, 'tr-fix-first': 0, 'hc-memory': 5 };
    expect(migrateAssessmentV2(v2(draft), saved)).toEqual(v2(draft));
    expect(migrateAssessmentV2(v2({}), saved)).toEqual(v2({}));
  });

  it('never loses a rating: a draft with answers to changed statements is also kept whole, unfinished, dated when saved', () => {
    const draft = { 'co-channel': 4, 'co-calendar': 2, 'kb-own-list-first': 5, 'gr-stay-out': 0 };
    const out = migrateAssessmentV2(
      v2(draft, [{ date, set: '2026-11', answers: full, score: { overall: 75, areas: {} } }]),
      saved,
    );
    expect(out).toEqual({
      draft: { 'co-channel': 4 },
      attempts: [
        { date, set: '2026-11', answers: full, score: { overall: 75, areas: {} } },
        { date: savedAt, set: '2026-11', answers: draft, unfinished: true },
      ],
    });
    expect(assessmentSlot.validate(out)).toEqual(out);
    // Without a saved time (an imported file), it is dated when it was kept.
    const now = new Date('2026-12-07T10:00:00.000Z');
    const imported = migrateAssessmentV2(v2(draft), {}, now) as AssessmentState;
    expect(imported.attempts[0]!.date).toBe(now.toISOString());
  });

  it('leaves ids the "2026-11" set never had where they are, and out of the unfinished attempt', () => {
    const out = migrateAssessmentV2(v2({ 'kb-goals': 3, stray: 1, 'co-calendar': 4 }), saved);
    expect(out).toEqual({
      draft: { 'kb-goals': 3, stray: 1 },
      attempts: [{ date: savedAt, set: '2026-11', answers: { 'co-calendar': 4 }, unfinished: true }],
    });
  });

  it("moves a renamed statement's rating to its new id, but never over a rating already there", () => {
    const oldIds = ['a', 'b', 'c', 'd'];
    expect(carryDraft({ a: 1, b: 2, c: 0 }, oldIds, ['a'], { b: 'b2', c: 'c2' })).toEqual({
      draft: { a: 1, b2: 2, c2: 0 },
      leftBehind: false,
    });
    expect(carryDraft({ b: 2, b2: 5, d: 3, x: 4 }, oldIds, [], { b: 'b2' })).toEqual({
      draft: { b2: 5, x: 4 },
      leftBehind: true,
    });
  });

  it('is idempotent: migrating its own result again changes nothing', () => {
    const start = v2({ 'co-channel': 4, 'co-calendar': 2, stray: 1 }, [
      { date, set: '2026-11', answers: full },
      { date, set: 'v1', answers: v1Worst() },
    ]);
    const once = migrateAssessmentV2(start, saved);
    expect(migrateAssessmentV2(once, saved)).toEqual(once);
    expect(migrateAssessmentV2(once, {}, new Date('2030-01-01T00:00:00.000Z'))).toEqual(once);
  });

  it('reads version-1 data through both steps (v1 -> v3): the old score kept, a v1 draft rating of a changed statement kept', () => {
    const raw = JSON.stringify({
      version: 1,
      savedAt,
      data: { draft: { 'kb-goals': 2, 'co-calendar': 5, 'co-format': 3 }, attempts: [{ date, answers: v1Worst() }] },
    });
    const read = decode(assessmentSlot, raw);
    expect(read).toMatchObject({ status: 'migrated', foundVersion: 1 });
    expect(read.data).toEqual({
      draft: { 'kb-goals': 2, 'co-format': 3 },
      attempts: [
        { date, set: 'v1', answers: v1Worst(), score: scoreV1(v1Worst()) },
        { date: savedAt, set: '2026-11', answers: { 'co-calendar': 5, 'co-format': 3 }, unfinished: true },
      ],
    });
    expect(read.data.attempts[0]!.score!.overall).toBe(0);
  });

  it('reads version-2 data (v2 -> v3), using the time the envelope says it was saved', () => {
    const raw = JSON.stringify({
      version: 2,
      savedAt,
      data: { draft: { 'sh-want-it': 4 }, attempts: [{ date, set: '2026-11', answers: answers2026_11(() => 1) }] },
    });
    const read = decode(assessmentSlot, raw);
    expect(read.status).toBe('migrated');
    expect(read.data.draft).toEqual({});
    expect(read.data.attempts.map((a) => [a.date, a.set, a.score?.overall ?? null, a.unfinished ?? false])).toEqual([
      [
        date,
        '2026-11',
        scoreOf(
          q2026_11,
          answers2026_11(() => 1),
        ).overall,
        false,
      ],
      [savedAt, '2026-11', null, true],
    ]);
  });

  it('saves the migrated value as version 3 on the first change, keeping the unfinished attempt once', () => {
    const key = keyFor('assessment');
    const raw = JSON.stringify({ version: 2, savedAt, data: { draft: { 'co-calendar': 2, 'co-channel': 3 }, attempts: [] } });
    const fake = new FakeStorage({ [key]: raw });
    const s = new SafeStorage(() => fake);
    const base = readSlot(s, assessmentSlot).data;
    saveSlot(s, assessmentSlot, base, { ...base, draft: { ...base.draft, 'kb-goals-named': 4 } });
    const stored = JSON.parse(fake.map.get(key)!) as { version: number; data: AssessmentState };
    expect(stored.version).toBe(3);
    expect(stored.data.draft).toEqual({ 'co-channel': 3, 'kb-goals-named': 4 });
    expect(stored.data.attempts).toEqual([
      { date: savedAt, set: '2026-11', answers: { 'co-calendar': 2, 'co-channel': 3 }, unfinished: true },
    ]);
  });

  it('leaves data from a newer version in its key, untouched, and the slot read-only', () => {
    const key = keyFor('assessment');
    const raw = JSON.stringify({ version: 4, savedAt, data: { draft: { 'co-calendar': 2 }, attempts: [], more: 1 } });
    const fake = new FakeStorage({ [key]: raw });
    const s = new SafeStorage(() => fake);
    expect(readSlot(s, assessmentSlot)).toMatchObject({ status: 'newer', readOnly: true });
    expect(saveSlot(s, assessmentSlot, { draft: {}, attempts: [] }, { draft: { a: 1 }, attempts: [] }).written).toBe(false);
    expect(fake.map.get(key)).toBe(raw);
  });

  it('refuses data that is not an assessment (the storage layer then keeps it aside)', () => {
    expect(() => migrateAssessmentV2(null)).toThrow();
    expect(() => migrateAssessmentV2({ draft: {} })).toThrow();
    const bad = decode(assessmentSlot, JSON.stringify({ version: 2, data: { draft: { a: 9 }, attempts: [] } }));
    expect(bad.status).toBe('invalid');
  });
});

describe('unfinished attempts', () => {
  const unfinished: AssessmentAttempt = {
    date: '2026-11-28T18:30:00.000Z',
    set: '2026-11',
    answers: { 'co-calendar': 2, 'co-channel': 4 },
    unfinished: true,
  };
  const done: AssessmentAttempt = { date: '2026-11-01T09:00:00.000Z', set: 'set-2', answers: allPoints(statements, 3) };

  it('are never scored, even when every answer of their set is there', () => {
    const whole = { ...unfinished, answers: answers2026_11(() => 4) };
    expect(viewAttempt(q, whole)).toEqual({ kind: 'unfinished', answered: 35 });
    const h = readHistory(q, { draft: {}, attempts: [done, whole] });
    expect([h.latest, h.previous]).toEqual([0, -1]);
  });

  it('say what they are in the list of attempts', () => {
    expect(attemptLine(viewAttempt(q, unfinished))).toBe('unfinished when the statements changed (2 answers kept), not scored');
  });

  it('explain the changed statements above the questions while they are the newest thing saved', () => {
    expect(questionsNote(readHistory(q, { draft: {}, attempts: [done, unfinished] }))).toMatch(
      /^The statements have changed since you started\./,
    );
    expect(questionsNote(readHistory(q, { draft: {}, attempts: [unfinished, done] }))).toBeNull();
    expect(questionsNote(readHistory(q, { draft: {}, attempts: [{ ...done, answers: { a1: 3 } }] }))).toMatch(
      /^Your saved attempt is incomplete/,
    );
    expect(questionsNote(readHistory(q, { draft: {}, attempts: [] }))).toBeNull();
  });

  it('are valid saved data; a flag that is not true or false is not', () => {
    expect(assessmentSlot.validate({ draft: {}, attempts: [unfinished] })).toEqual({ draft: {}, attempts: [unfinished] });
    expect(assessmentSlot.validate({ draft: {}, attempts: [{ ...unfinished, unfinished: 'yes' }] })).toBeNull();
    expect(assessmentSlot.validate({ draft: {}, attempts: [{ ...unfinished, unfinished: false }] })).toEqual({
      draft: {},
      attempts: [{ date: unfinished.date, set: unfinished.set, answers: unfinished.answers }],
    });
  });
});

describe('the real assessment data', () => {
  const data = assessmentSchema.parse(parse(readFileSync('src/data/assessment.yaml', 'utf8')));
  const current: Questionnaire = { ...data, dimensions: data.dimensions.map((d) => ({ ...d, lesson: d.lesson.id })) };

  it('scores 100 for the best answers and 0 for the worst', () => {
    const best = Object.fromEntries(data.statements.map((s) => [s.id, s.reverse ? 1 : 5]));
    const worst = Object.fromEntries(data.statements.map((s) => [s.id, s.reverse ? 5 : 1]));
    expect(scoreAnswers(current, best)).toMatchObject({ overall: 100, band: data.bands.at(-1) });
    expect(scoreAnswers(current, worst)).toMatchObject({ overall: 0, band: data.bands[0] });
  });

  it('covers every area with at least four statements, some reverse-scored, some that can be skipped', () => {
    for (const d of data.dimensions)
      expect(data.statements.filter((s) => s.dimension === d.id).length, d.id).toBeGreaterThanOrEqual(4);
    expect(data.statements.filter((s) => s.reverse).length).toBeGreaterThanOrEqual(5);
    expect(data.statements.filter((s) => s.canSkip).length).toBeGreaterThanOrEqual(5);
    expect(data.statements.some((s) => s.scale === 'agreement')).toBe(true);
    expect(data.dimensions.map((d) => d.lesson.id)).toContain('when-its-hard');
  });

  it('keeps a version-1 id only for a statement with the same direction (a retake compares by id)', () => {
    const v1Frequency = [
      'kb-lead-a-piece',
      'co-channel',
      'co-format',
      'co-calendar',
      'tr-deadlines',
      'tr-progress',
      'tr-wait-for-work',
    ];
    for (const s of data.statements.filter((x) => v1Frequency.includes(x.id))) {
      expect(s.reverse, s.id).toBe(V1_REVERSE.has(s.id));
      expect(s.scale, s.id).toBe('frequency');
    }
    expect(data.set).not.toBe('v1');
  });

  it('has at most 40 statements (about five minutes) under a set name of its own', () => {
    expect(data.statements.length).toBeLessThanOrEqual(40);
    expect(KNOWN_SETS).not.toContain(data.set);
    expect(data.set).toBe('2026-12');
  });

  it('keeps an earlier id only with the same area, scale and direction, and never reuses a retired id', () => {
    const earlier = new Map(S2026_11.map((x) => [x.id, x]));
    const retired = new Set([...V1_IDS, ...IDS_2026_11]);
    for (const s of data.statements) {
      const then = earlier.get(s.id);
      if (then) {
        expect(s.dimension, s.id).toBe(then.dimension);
        expect(s.scale, s.id).toBe(then.scale ?? 'frequency');
        expect(s.reverse, s.id).toBe(!!then.reverse);
      } else expect(retired.has(s.id), s.id).toBe(false);
    }
  });

  it('matches the migration: the draft ratings it keeps are exactly the statements kept from "2026-11"', () => {
    const ids = data.statements.map((s) => s.id);
    expect([...KEPT_IN_2026_12].sort()).toEqual(ids.filter((id) => IDS_2026_11.includes(id)).sort());
    for (const [from, to] of Object.entries(RENAMED_IN_2026_12)) {
      expect(ids, from).not.toContain(from);
      expect(ids, from).toContain(to);
    }
  });

  it('scores every area whatever has come up: at least half of each area needs no occasion', () => {
    for (const d of data.dimensions) {
      const all = data.statements.filter((s) => s.dimension === d.id);
      expect(all.filter((s) => !s.canSkip).length * 2, d.id).toBeGreaterThanOrEqual(all.length);
    }
    const skipped = Object.fromEntries(data.statements.map((s) => [s.id, s.canSkip ? NOT_APPLICABLE : s.reverse ? 1 : 5]));
    const r = scoreAnswers(current, skipped);
    expect(Object.values(r.areas).map((a) => a.score)).toEqual(data.dimensions.map(() => 100));
  });

  it('mixes in habits where the flattering answer is the weak one, across most areas', () => {
    const reverse = data.statements.filter((s) => s.reverse);
    expect(reverse.length).toBeGreaterThanOrEqual(8);
    expect(new Set(reverse.map((s) => s.dimension)).size).toBeGreaterThanOrEqual(5);
    // Some are answerable by every reader, so they always count.
    expect(reverse.filter((s) => !s.canSkip).length).toBeGreaterThanOrEqual(3);
  });

  it('measures what the lessons teach and the last set missed', () => {
    const sections = new Set(data.statements.map((s) => s.section));
    for (const s of [
      'agree-whats-expected-of-you',
      'know-your-own-style-too',
      'skip-level-meetings-done-well',
      'keep-a-wins-log',
      'work-across-teams',
      'fix-something-that-matters',
      'look-closely-at-the-job-first',
    ])
      expect(sections, s).toContain(s);
  });

  it('band texts speak of what the reader reported, not of what the boss thinks', () => {
    for (const b of data.bands) expect(b.description, b.id).not.toMatch(/your boss (likely|probably|sees|thinks|can)/i);
  });
});

describe('statement links', () => {
  const data = assessmentSchema.parse(parse(readFileSync('src/data/assessment.yaml', 'utf8')));
  const headingsOf = (slug: string) => {
    const slugger = new GithubSlugger();
    return readFileSync(`src/content/lessons/${slug}.mdx`, 'utf8')
      .split('\n')
      .filter((l) => /^#{2,3} /.test(l))
      .map((l) => slugger.slug(l.replace(/^#+ /, '')));
  };
  const lessonOf = (s: (typeof data.statements)[number]) =>
    s.lesson ?? data.dimensions.find((d) => d.id === s.dimension)?.lesson.id;

  it("every statement links to a heading of the lesson that teaches it (its area's, or its own)", () => {
    for (const s of data.statements) {
      const slug = lessonOf(s)!;
      expect(existsSync(`src/content/lessons/${slug}.mdx`), `${s.id}: ${slug}`).toBe(true);
      expect(headingsOf(slug), s.id).toContain(s.section);
    }
  });

  it('the lessons without an area of their own still have statements that point to them', () => {
    for (const slug of ['new-boss', 'pay-and-promotion'])
      expect(data.statements.filter((s) => s.lesson === slug).length, slug).toBeGreaterThan(0);
  });
});

describe('what the reader changes', () => {
  it('rates a statement in the draft, keeping the other ratings and the attempts', () => {
    const before = { draft: { [statements[0]!.id]: 2 }, attempts: [] };
    expect(rateStatement(before, statements[1]!.id, NOT_APPLICABLE).draft).toEqual({
      [statements[0]!.id]: 2,
      [statements[1]!.id]: NOT_APPLICABLE,
    });
  });

  it('keeps a finished draft as a scored attempt and starts an empty draft', () => {
    const now = new Date(Date.UTC(2026, 2, 12));
    const after = finishAttempt(q, { draft: allPoints(statements, 3), attempts: [] }, now);
    expect(after.draft).toEqual({});
    expect(after.attempts).toEqual([makeAttempt(q, allPoints(statements, 3), now)]);
  });

  it('describes each attempt in the list by its score, or why it has none', () => {
    const scored = { kind: 'scored', current: true, score: { overall: 62, areas: {} } } as unknown as AttemptView;
    expect(attemptLine(scored)).toBe('62 out of 100');
    expect(attemptLine({ ...scored, current: false } as AttemptView)).toBe('62 out of 100 (earlier set of statements)');
    expect(attemptLine({ kind: 'incomplete', missing: 1 } as AttemptView)).toBe('incomplete (1 answer missing), not scored');
    expect(attemptLine({ kind: 'unknown' } as AttemptView)).toMatch(/^incomplete: answered to statements/);
  });
});
