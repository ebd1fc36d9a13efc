// A lesson's readiness-checklist items (src/content/checklist/<lesson>.yaml).
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { anchor, kebab } from './fields';

export const checklistSchema = z.object({
  lesson: reference('lessons'),
  items: z
    .array(
      z.object({
        id: kebab,
        /** An action, worded so that "done" is unambiguous. */
        text: z.string().min(10),
        section: anchor,
        /** For a habit: how often it comes back as due after it was last done. */
        every: z.enum(['week', 'two-weeks', 'month', 'quarter']).optional(),
      }),
    )
    .min(1),
});

export type ChecklistData = z.output<typeof checklistSchema>;
