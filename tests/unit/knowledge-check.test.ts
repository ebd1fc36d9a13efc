import { describe, expect, it } from 'vitest';
import {
  answer,
  check,
  isFinished,
  result,
  resultWords,
  retryCheck,
  startCheck,
  toCheckData,
  verdict,
  type CheckQuestion,
  seededRandom,
} from '../../src/lib/knowledge-check';

const q = (id: string, correct: number, n = 4): CheckQuestion => ({
  id,
  prompt: `Question ${id}?`,
  options: Array.from({ length: n }, (_, i) => ({
    text: `${id}-${i}`,
    correct: i === correct,
    explanation: `why ${id}-${i}`,
    section: `s-${id}`,
  })),
});
const qs = [q('a', 0), q('b', 2), q('c', 1, 3)];

describe('knowledge check flow', () => {
  it('shuffles options from the first attempt but keeps the page order of questions', () => {
    const s = startCheck(qs, seededRandom(7));
    expect(s.order).toEqual(['a', 'b', 'c']);
    expect(qs.some((x) => s.options[x.id]!.join() !== x.options.map((_, i) => i).join())).toBe(true);
    for (const x of qs) expect([...s.options[x.id]!].sort()).toEqual(x.options.map((_, i) => i));
  });

  it('a retry reshuffles the questions and clears the answers', () => {
    const before = check(answer(startCheck(qs, seededRandom(1)), 'a', 0), 'a');
    expect(before.checked).toEqual(['a']);
    const s = retryCheck(qs, seededRandom(3));
    expect(s.selected).toEqual({});
    expect(s.checked).toEqual([]);
    expect([...s.order].sort()).toEqual(['a', 'b', 'c']);
    expect(s.order).not.toEqual(['a', 'b', 'c']);
  });

  it('checks only a chosen answer, and a checked answer no longer changes', () => {
    let s = startCheck(qs, seededRandom(1));
    expect(check(s, 'a')).toBe(s);
    s = check(answer(s, 'a', 1), 'a');
    expect(s.checked).toEqual(['a']);
    expect(answer(s, 'a', 0).selected.a).toBe(1);
    expect(isFinished(s)).toBe(false);
  });

  it('says why the chosen option is right or wrong and keeps the others for the reader who asks', () => {
    const s = check(answer(startCheck(qs, seededRandom(2)), 'b', 0), 'b');
    const v = verdict(s, qs[1]!)!;
    expect(v.right).toBe(false);
    expect(v.chosen.explanation).toBe('why b-0');
    expect(v.best.text).toBe('b-2');
    expect(v.others.map((o) => o.index).sort()).toEqual([1, 2, 3]);
    expect(verdict(s, qs[0]!)).toBeNull();
  });

  it('scores, passes at the pass mark and names each section to reread once', () => {
    let s = startCheck(qs, seededRandom(4));
    for (const [id, i] of [
      ['a', 0],
      ['b', 0],
      ['c', 0],
    ] as const)
      s = check(answer(s, id, i), id);
    expect(isFinished(s)).toBe(true);
    const r = result(s, qs, 2);
    expect(r).toEqual({ score: 1, total: 3, passed: false, reread: ['s-b', 's-c'] });
    expect(resultWords(r, 2).heading).toContain('1 of 3');
    expect(result(s, qs, 1).passed).toBe(true);
  });

  it('has warm words for a full score', () => {
    expect(resultWords({ score: 3, total: 3, passed: true, reread: [] }, 2).heading).toMatch(/All 3 right/);
  });

  it('quiz.json keeps only the section titles the options link to', () => {
    const d = toCheckData(qs, [
      { slug: 's-a', text: 'A' },
      { slug: 'other', text: 'Other' },
    ]);
    expect(d.sections).toEqual({ 's-a': 'A' });
    expect(d.questions).toEqual(qs);
  });
});
