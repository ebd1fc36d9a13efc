// The plain-language notice text for each storage problem.
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/lib/problems';
import type { ProblemKind } from '../../src/lib/storage';

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
