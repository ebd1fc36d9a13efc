import { describe, expect, it } from 'vitest';
import { lessonHref, quizHref } from '../../src/lib/links';

describe('lesson links', () => {
  it('builds a lesson address, with a section anchor when given', () => {
    expect(lessonHref('earn-trust')).toBe('/lessons/earn-trust/');
    expect(lessonHref('earn-trust', 'why-it-matters')).toBe('/lessons/earn-trust/#why-it-matters');
    expect(quizHref('earn-trust')).toBe('/lessons/earn-trust/quiz.json');
  });
});
