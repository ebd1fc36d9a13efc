// The one-on-one planner's words (src/data/toolkit/one-on-one.yaml).
import { z } from 'astro/zod';

export const oneOnOneSchema = z.object({
  title: z.string(),
  intro: z.string(),
  /** The agenda's sections, in order; the builder fills wins, questions, progress, risks, career. */
  agenda: z
    .array(z.object({ id: z.enum(['wins', 'questions', 'progress', 'risks', 'career']), title: z.string(), hint: z.string() }))
    .length(5),
  careerQuestions: z.array(z.string().min(10)).min(3),
  win: z.object({
    date: z.string(),
    what: z.string(),
    whatHint: z.string(),
    impact: z.string(),
    impactHint: z.string(),
    helped: z.string(),
    helpedHint: z.string(),
  }),
  ask: z.object({ what: z.string(), whatHint: z.string() }),
  after: z.object({ notes: z.string(), notesHint: z.string(), action: z.string(), owner: z.string() }),
  review: z.object({ title: z.string(), intro: z.string() }),
});
