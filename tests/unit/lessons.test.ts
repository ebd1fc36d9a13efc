import { describe, expect, it } from 'vitest';
import { neighbours, nextUnread } from '../../src/lib/lessons';

const lessons = [{ slug: 'one' }, { slug: 'two' }, { slug: 'three' }];

describe('neighbours', () => {
  it('has no previous lesson at the start', () => {
    expect(neighbours(lessons, 'one')).toEqual({ prev: undefined, next: lessons[1] });
  });
  it('has both neighbours in the middle', () => {
    expect(neighbours(lessons, 'two')).toEqual({ prev: lessons[0], next: lessons[2] });
  });
  it('has no next lesson at the end', () => {
    expect(neighbours(lessons, 'three')).toEqual({ prev: lessons[1], next: undefined });
  });
  it('has neither for an unknown slug or a single lesson', () => {
    expect(neighbours(lessons, 'nope')).toEqual({ prev: undefined, next: undefined });
    expect(neighbours([{ slug: 'solo' }], 'solo')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('nextUnread', () => {
  it('returns the first lesson in order that is not read', () => {
    expect(nextUnread(lessons, {})).toBe(lessons[0]);
    expect(nextUnread(lessons, { one: '2026-03-01' })).toBe(lessons[1]);
    expect(nextUnread(lessons, { two: '2026-03-01' })).toBe(lessons[0]);
    expect(nextUnread(lessons, { one: 'x', two: 'x' })).toBe(lessons[2]);
  });
  it('returns undefined when every lesson is read', () => {
    expect(nextUnread(lessons, { one: 'x', two: 'x', three: 'x', extra: 'x' })).toBeUndefined();
    expect(nextUnread([], {})).toBeUndefined();
  });
});
