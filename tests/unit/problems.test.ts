// The plain-language notice text for each storage problem.
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/lib/problems';
import type { ProblemKind } from '../../src/lib/storage/store';

describe('describeProblem', () => {
  it('returns plain text for every kind, naming the slot where there is one', () => {
    const kinds: ProblemKind[] = ['unavailable', 'quota', 'corrupt', 'invalid', 'newer'];
    const texts = kinds.map((kind) =>
      describeProblem({ kind, label: 'your checklist', asideKey: 'managing-up:checklist:aside:x' }),
    );
    for (const t of texts) {
      expect(typeof t).toBe('string');
      expect(t.trim().length).toBeGreaterThan(20);
      expect(t).not.toContain('undefined');
    }
    expect(new Set(texts).size).toBe(kinds.length);
    for (const t of texts.slice(2)) expect(t).toContain('your checklist');
  });
});

describe('describeProblem wording (issue 12, point 8)', () => {
  const kinds: ProblemKind[] = ['unavailable', 'quota', 'corrupt', 'invalid', 'newer'];
  it('never says "your your" or "The your"', () => {
    for (const kind of kinds)
      for (const readOnly of [false, true])
        expect(describeProblem({ kind, label: 'your worksheets', readOnly })).not.toMatch(/\bthe your\b|\byour your\b/i);
  });
  it('says that blocked storage loses a change as soon as the reader leaves the page', () => {
    const t = describeProblem({ kind: 'unavailable' });
    expect(t).not.toContain('after you close it');
    expect(t).toContain('as soon as you leave the page');
  });
  it('says truthfully that a read-only slot is not saved, and that newer data is left as it is', () => {
    expect(describeProblem({ kind: 'corrupt', label: 'your worksheets', readOnly: true, raw: 'x' })).toContain(
      'nothing you change here is saved',
    );
    expect(describeProblem({ kind: 'corrupt', label: 'your worksheets', readOnly: true })).not.toContain('kept aside;');
    const newer = describeProblem({ kind: 'newer', label: 'your worksheets', readOnly: true });
    expect(newer).toContain('left exactly as it is');
    expect(newer).not.toContain('kept aside');
  });
});
