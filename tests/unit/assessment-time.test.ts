import { describe, expect, it } from 'vitest';
import { assessmentTime } from '../../src/lib/assessment-time';

describe('assessmentTime', () => {
  it('says about five minutes up to 40 statements, then grows in steps of five', () => {
    expect(assessmentTime(1)).toBe('about five minutes');
    expect(assessmentTime(35)).toBe('about five minutes');
    expect(assessmentTime(40)).toBe('about five minutes');
    expect(assessmentTime(41)).toBe('about ten minutes');
    expect(assessmentTime(60)).toBe('about ten minutes');
    expect(assessmentTime(200)).toBe('about 25 minutes');
  });
});
