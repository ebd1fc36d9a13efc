import { describe, expect, it } from 'vitest';
import { plannerSaveLine } from '../../../src/lib/toolkit/planner-status';

describe('plannerSaveLine', () => {
  it('names what to download when the browser keeps nothing', () => {
    expect(plannerSaveLine('memory', false, 'log')).toBe(
      "Not saved: this browser isn't keeping data. Download your log before you leave.",
    );
    expect(plannerSaveLine('memory', false, 'plan')).toContain('Download your plan before');
  });

  it('puts read-only first, then a conflict, over the ordinary states', () => {
    expect(plannerSaveLine('read-only', true, 'log')).toMatch(/^Read only/);
    expect(plannerSaveLine('saved', true, 'log')).toMatch(/^Another tab changed/);
    expect(plannerSaveLine('pending', true, 'log')).toMatch(/^Another tab changed/);
  });

  it('says saving, saved, or nothing before the first change', () => {
    expect(plannerSaveLine('pending', false, 'log')).toBe('Saving…');
    expect(plannerSaveLine('saved', false, 'log')).toBe('Saved in this browser.');
    expect(plannerSaveLine('idle', false, 'log')).toBe('');
  });
});
