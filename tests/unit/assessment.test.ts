import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  bandFor,
  changes,
  formatChange,
  points,
  scoreAnswers,
  unanswered,
  type Band,
  type Dimension,
  type Result,
  type Statement,
} from '../../src/lib/assessment';
import { assessmentSchema } from '../../src/content.config';
import type { Ratings } from '../../src/lib/slots';

const dim = (id: string): Dimension => ({
  id,
  title: `Dimension ${id}`,
  lesson: `lesson-${id}`,
  summary: `About ${id}`,
  actions: [`Do ${id}`],
});
const st = (id: string, dimension: string, reverse = false): Statement => ({ id, dimension, text: `Statement ${id}`, reverse });

const dimensions = [dim('a'), dim('b'), dim('c')];
// a: 3 statements (one reverse), b: 2 (one reverse), c: 3 (none reverse). 8 statements, 32 points max.
const statements = [
  st('a1', 'a'),
  st('a2', 'a'),
  st('a3', 'a', true),
  st('b1', 'b'),
  st('b2', 'b', true),
  st('c1', 'c'),
  st('c2', 'c'),
  st('c3', 'c'),
];
const bands: Band[] = [
  { id: 'low', min: 0, title: 'Low', description: 'd0' },
  { id: 'mid', min: 40, title: 'Mid', description: 'd40' },
  { id: 'good', min: 60, title: 'Good', description: 'd60' },
  { id: 'top', min: 80, title: 'Top', description: 'd80' },
];

/** Ratings that give every statement the same points (0-4), whichever way it is scored. */
const allPoints = (list: Statement[], p: number): Ratings =>
  Object.fromEntries(list.map((s) => [s.id, s.reverse ? 5 - p : p + 1]));

describe('points', () => {
  it('maps 1..5 to 0..4 for a normal statement', () => {
    expect([1, 2, 3, 4, 5].map((r) => points(r, false))).toEqual([0, 1, 2, 3, 4]);
  });
  it('maps 1..5 to 4..0 for a reverse-scored statement', () => {
    expect([1, 2, 3, 4, 5].map((r) => points(r, true))).toEqual([4, 3, 2, 1, 0]);
  });
});

describe('unanswered', () => {
  it('finds missing statements in questionnaire order', () => {
    const answers = { ...allPoints(statements, 2) };
    delete answers.c1;
    delete answers.a2;
    expect(unanswered(statements, answers).map((s) => s.id)).toEqual(['a2', 'c1']);
  });
  it('treats out-of-range ratings (0, 6) as unanswered', () => {
    const answers = { ...allPoints(statements, 2), a1: 0, b2: 6 };
    expect(unanswered(statements, answers).map((s) => s.id)).toEqual(['a1', 'b2']);
  });
  it('finds nothing when every rating is 1..5', () => {
    expect(unanswered(statements, { ...allPoints(statements, 2), a1: 1, a2: 5 })).toEqual([]);
    expect(unanswered(statements, {}).length).toBe(statements.length);
  });
});

describe('scoreAnswers', () => {
  it('gives 0 overall and in every dimension for the worst answers (reverse items rated Always)', () => {
    const answers = Object.fromEntries(statements.map((s) => [s.id, s.reverse ? 5 : 1]));
    const r = scoreAnswers(statements, dimensions, bands, answers);
    expect(r.overall).toBe(0);
    expect(r.dimensions).toEqual({ a: 0, b: 0, c: 0 });
    expect(r.band.id).toBe('low');
  });

  it('gives 100 overall and in every dimension for the best answers (reverse items rated Never)', () => {
    const answers = Object.fromEntries(statements.map((s) => [s.id, s.reverse ? 1 : 5]));
    const r = scoreAnswers(statements, dimensions, bands, answers);
    expect(r.overall).toBe(100);
    expect(r.dimensions).toEqual({ a: 100, b: 100, c: 100 });
    expect(r.band.id).toBe('top');
  });

  it('does not give 100 for rating everything Always (the reverse items count against you)', () => {
    const r = scoreAnswers(statements, dimensions, bands, Object.fromEntries(statements.map((s) => [s.id, 5])));
    // 6 normal statements x 4 points, 2 reverse x 0 = 24 / 32.
    expect(r.overall).toBe(75);
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
      c3: 3, // 2            -> c = 6/12 = 50
    };
    const r = scoreAnswers(statements, dimensions, bands, answers);
    expect(r.dimensions).toEqual({ a: 75, b: 13, c: 50 });
    // 16 / 32 overall: from the points, not the average of the dimension scores (which would be 46).
    expect(r.overall).toBe(50);
    expect(r.band.id).toBe('mid');
    expect(r.weakest.map((d) => d.id)).toEqual(['b', 'c']);
    expect(r.weakest[0]).toBe(dimensions[1]);
  });

  it('throws when any statement is unanswered, rather than scoring silently', () => {
    const answers = allPoints(statements, 4);
    delete answers.b1;
    expect(() => scoreAnswers(statements, dimensions, bands, answers)).toThrow(/1 statements are unanswered/);
    expect(() => scoreAnswers(statements, dimensions, bands, {})).toThrow(/8 statements are unanswered/);
    expect(() => scoreAnswers(statements, dimensions, bands, { ...allPoints(statements, 4), c3: 0 })).toThrow(/unanswered/);
    expect(() => scoreAnswers(statements, dimensions, bands, { ...allPoints(statements, 4), c3: 6 })).toThrow(/unanswered/);
  });

  it('ignores ratings for statements that are not in the questionnaire', () => {
    const r = scoreAnswers(statements, dimensions, bands, { ...allPoints(statements, 2), stray: 1 });
    expect(r.overall).toBe(50);
    expect(Object.keys(r.dimensions)).toEqual(['a', 'b', 'c']);
  });
});

describe('weakest', () => {
  const withDims = (a: number, b: number, c: number) => ({
    ...allPoints(
      statements.filter((s) => s.dimension === 'a'),
      a,
    ),
    ...allPoints(
      statements.filter((s) => s.dimension === 'b'),
      b,
    ),
    ...allPoints(
      statements.filter((s) => s.dimension === 'c'),
      c,
    ),
  });

  it('returns the two lowest dimensions, lowest first', () => {
    const r = scoreAnswers(statements, dimensions, bands, withDims(4, 3, 1));
    expect(r.dimensions).toEqual({ a: 100, b: 75, c: 25 });
    expect(r.weakest.map((d) => d.id)).toEqual(['c', 'b']);
  });

  it('breaks ties by dimension order', () => {
    expect(scoreAnswers(statements, dimensions, bands, withDims(2, 2, 2)).weakest.map((d) => d.id)).toEqual(['a', 'b']);
    expect(scoreAnswers(statements, dimensions, bands, withDims(2, 0, 2)).weakest.map((d) => d.id)).toEqual(['b', 'a']);
    expect(scoreAnswers(statements, dimensions, bands, withDims(3, 1, 1)).weakest.map((d) => d.id)).toEqual(['b', 'c']);
    // The order is the dimensions list's, not the statements'.
    const reordered = [dimensions[2]!, dimensions[0]!, dimensions[1]!];
    expect(scoreAnswers(statements, reordered, bands, withDims(2, 2, 2)).weakest.map((d) => d.id)).toEqual(['c', 'a']);
  });

  it('does not reorder the dimensions it was given', () => {
    const list = [...dimensions];
    scoreAnswers(statements, list, bands, withDims(4, 3, 1));
    expect(list).toEqual(dimensions);
  });
});

describe('bandFor', () => {
  it('picks the highest band whose minimum the score reaches, at exact boundaries', () => {
    const at = (n: number) => bandFor(n, bands).id;
    expect(at(0)).toBe('low');
    expect(at(39)).toBe('low');
    expect(at(40)).toBe('mid');
    expect(at(59)).toBe('mid');
    expect(at(60)).toBe('good');
    expect(at(79)).toBe('good');
    expect(at(80)).toBe('top');
    expect(at(100)).toBe('top');
  });

  it('works with bands in any order, and does not reorder them', () => {
    const shuffled = [bands[2]!, bands[0]!, bands[3]!, bands[1]!];
    const copy = [...shuffled];
    expect([0, 39, 40, 59, 60, 80, 100].map((n) => bandFor(n, shuffled).id)).toEqual([
      'low',
      'low',
      'mid',
      'mid',
      'good',
      'top',
      'top',
    ]);
    expect(shuffled).toEqual(copy);
  });

  it('returns the band object itself', () => {
    expect(bandFor(65, bands)).toBe(bands[2]);
  });
});

describe('changes / formatChange', () => {
  const result = (dims: Record<string, number>): Result => ({ overall: 0, band: bands[0]!, dimensions: dims, weakest: [] });

  it('gives the change per dimension, positive when better', () => {
    expect(changes(result({ a: 75, b: 13, c: 50 }), result({ a: 63, b: 18, c: 50 }))).toEqual({ a: 12, b: -5, c: 0 });
  });

  it('gives no change for a dimension the previous result did not have', () => {
    expect(changes(result({ a: 75, d: 40 }), result({ a: 75 }))).toEqual({ a: 0, d: 0 });
  });

  it('formats changes', () => {
    expect(formatChange(12)).toBe('+12');
    expect(formatChange(-5)).toBe('-5');
    expect(formatChange(0)).toBe('no change');
  });
});

describe('the real assessment data', () => {
  // Parsed through the site's own schema, which defaults `reverse` to false.
  const data = assessmentSchema.parse(parse(readFileSync('src/data/assessment.yaml', 'utf8')));
  // As on the assessment page: a dimension's lesson reference becomes its slug.
  const dimensions = data.dimensions.map((d) => ({ ...d, lesson: d.lesson.id }));

  it('scores 100 for Always on normal and Never on reverse statements, and 0 for the opposite', () => {
    const best = Object.fromEntries(data.statements.map((s) => [s.id, s.reverse ? 1 : 5]));
    const worst = Object.fromEntries(data.statements.map((s) => [s.id, s.reverse ? 5 : 1]));
    const top = scoreAnswers(data.statements, dimensions, data.bands, best);
    const bottom = scoreAnswers(data.statements, dimensions, data.bands, worst);
    expect(top.overall).toBe(100);
    expect(Object.values(top.dimensions).every((v) => v === 100)).toBe(true);
    expect(top.band).toBe(data.bands.at(-1));
    expect(bottom.overall).toBe(0);
    expect(Object.values(bottom.dimensions).every((v) => v === 0)).toBe(true);
    expect(bottom.band).toBe(data.bands[0]);
  });

  it('has at least four statements in every dimension, and some reverse-scored ones', () => {
    for (const d of data.dimensions) {
      expect(data.statements.filter((s) => s.dimension === d.id).length, d.id).toBeGreaterThanOrEqual(4);
    }
    expect(data.statements.some((s) => s.reverse)).toBe(true);
    expect(data.bands.map((b) => b.min)).toEqual([0, 40, 60, 80]);
  });
});
