import { describe, expect, test } from 'vitest';
import { CURRENT_LINE, currentSection } from '../../src/lib/contents-rail';

const state = (tops: number[], more: Partial<Parameters<typeof currentSection>[0]> = {}) =>
  currentSection({ tops, viewportHeight: 800, atBottom: false, chosen: -1, ...more });

describe('the section the contents rail marks', () => {
  test('none before the first heading reaches the top', () => {
    expect(state([300, 900, 1400])).toBe(-1);
  });

  test('the last heading that has reached the top', () => {
    expect(state([-900, -200, 10, 700])).toBe(2);
  });

  test('a short section reached by its link is marked, not the next one just below it', () => {
    // The link puts the heading at its scroll margin; the next heading is 230 px further down,
    // inside the top third of the screen (the old rule marked that one).
    expect(state([-709, -496, 16, 248, 944])).toBe(2);
  });

  test('a heading exactly on the line does not count yet; just above it does', () => {
    expect(state([-100, CURRENT_LINE])).toBe(0);
    expect(state([-100, CURRENT_LINE - 1])).toBe(1);
  });

  test('at the end of the page, the section the reader chose wins while it is on screen', () => {
    expect(state([-1200, -300, 420, 610], { atBottom: true, chosen: 3 })).toBe(3);
    // Not at the end: the top rule holds.
    expect(state([-1200, -300, 420, 610], { chosen: 3 })).toBe(1);
    // Chosen, but scrolled out of view above: the top rule holds.
    expect(state([-1200, -900, -850, -20], { atBottom: true, chosen: 0 })).toBe(3);
    // Chosen below the window: the top rule holds.
    expect(state([-1200, -300, 420, 900], { atBottom: true, chosen: 3 })).toBe(1);
  });
});
