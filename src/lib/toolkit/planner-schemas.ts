// The schemas of the one-on-one and skip-level planners' words (src/data/toolkit/*.yaml), kept
// beside the planners' logic so content.config.ts only registers them.
import { z } from 'astro/zod';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use kebab-case');

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

export const skipLevelSchema = z.object({
  title: z.string(),
  intro: z.string(),
  steps: z
    .array(
      z.object({
        id: kebab,
        title: z.string(),
        /** Anchor of the matching section in the boss-of-your-boss lesson (checked in the unit tests). */
        section: kebab,
        /** What the contact log expects of your boss: told before, a read-out after, both, or nothing. */
        inform: z.enum(['none', 'before', 'after', 'both']),
        do: z.string(),
        loop: z.string(),
        wording: z.string(),
      }),
    )
    .min(3),
  exception: z.string(),
});
