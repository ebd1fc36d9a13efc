// A lesson's knowledge check (src/content/quizzes/<lesson>.yaml): questions in new situations, one
// right option each, every option explained and linked to the section that teaches it.
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { ADVICE_IDS } from '../lib/advice';
import { anchor, kebab } from './fields';

const option = z.object({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  explanation: z.string().min(10),
  section: anchor,
});

export const quizSchema = z
  .object({
    lesson: reference('lessons'),
    passMark: z.number().int().min(1),
    questions: z
      .array(
        z.object({
          id: kebab,
          prompt: z.string().min(10),
          /** The advice IDs the question tests; the quiz lint checks every ID a lesson covers is tested. */
          tests: z.array(z.enum(ADVICE_IDS)).min(1),
          options: z
            .array(option)
            .min(3)
            .max(4)
            .refine((o) => o.filter((x) => x.correct).length === 1, 'exactly one option must be correct'),
        }),
      )
      .min(3)
      .max(6),
  })
  .refine((q) => q.passMark <= q.questions.length, 'passMark cannot exceed the number of questions')
  .refine((q) => new Set(q.questions.map((x) => x.id)).size === q.questions.length, 'question ids must be unique');

/** A knowledge check as the site uses it, inferred from its schema (one source of truth). */
export type Quiz = z.output<typeof quizSchema>;
export type QuizQuestionData = Quiz['questions'][number];
