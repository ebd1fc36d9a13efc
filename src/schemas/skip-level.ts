// The skip-level planner's words (src/data/toolkit/skip-level.yaml).
import { z } from 'astro/zod';
import { kebab } from './fields';

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
