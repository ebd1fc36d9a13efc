// The zod schemas in src/content.config.ts accept the real shapes and reject broken ones.
import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/schemas/lesson';
import { worksheetSchema } from '../../src/schemas/worksheet';

const lesson = {
  title: 'Earn trust',
  description: 'A description that is long enough to pass.',
  order: 4,
  covers: ['TR1'],
  sources: ['001_94bf52c2faaddb91.txt'],
  takeaway: 'Flag bad news early and bring a plan with it.',
};

describe('lesson schema', () => {
  it('accepts a valid lesson', () => {
    expect(lessonSchema.safeParse(lesson).success).toBe(true);
  });
  it('defaults search terms to none and requires a takeaway of up to 160 characters', () => {
    expect(lessonSchema.parse(lesson).searchTerms).toEqual([]);
    const { takeaway: _, ...withoutTakeaway } = lesson;
    expect(lessonSchema.safeParse(withoutTakeaway).success).toBe(false);
    expect(lessonSchema.safeParse({ ...lesson, takeaway: 'Flag bad news early and bring a plan with it.' }).success).toBe(true);
    expect(lessonSchema.safeParse({ ...lesson, takeaway: 'x'.repeat(161) }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...lesson, searchTerms: ['salary', ''] }).success).toBe(false);
  });
  it('rejects an advice ID that is not in the map, and an unknown source', () => {
    expect(lessonSchema.safeParse({ ...lesson, covers: ['XX9'] }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...lesson, sources: ['999.txt'] }).success).toBe(false);
  });
});

describe('worksheet schema', () => {
  it('defaults a prompt to text with four lines', () => {
    const r = worksheetSchema.parse({
      title: 't',
      intro: 'i',
      parts: [{ id: 'a', title: 'A', intro: 'x', prompts: [{ id: 'p', label: 'L', hint: 'H' }] }],
    });
    expect(r.parts[0]!.prompts[0]).toMatchObject({ kind: 'text', lines: 4 });
  });
});
