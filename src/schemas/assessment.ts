// The self-assessment (src/data/assessment.yaml): its areas, statements and score bands.
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { anchor, kebab } from './fields';

const dimensionIds = ['know-your-boss', 'communicate', 'trust', 'grow', 'skip-level', 'step-up', 'hard'] as const;

export const assessmentSchema = z
  .object({
    /** Names this set of statements; saved attempts record it (bump it when statements are added or removed). */
    set: z.string().min(1),
    dimensions: z
      .array(z.object({ id: z.enum(dimensionIds), title: z.string(), lesson: reference('lessons'), summary: z.string() }))
      .length(dimensionIds.length),
    statements: z
      .array(
        z.object({
          id: kebab,
          dimension: z.enum(dimensionIds),
          text: z.string().max(110),
          /** "frequency" for something you do (Never..Always); "agreement" for something you know or have decided. */
          scale: z.enum(['frequency', 'agreement']).default('frequency'),
          /** A habit that works against you: the top of the scale scores lowest. */
          reverse: z.boolean().default(false),
          /** Offers "Hasn't come up", left out of the score, for statements that need an occasion. */
          canSkip: z.boolean().default(false),
          /** The heading anchor in the lesson that teaches this. */
          section: anchor,
          /** The lesson that teaches this, when it isn't the area's own (a lesson slug). */
          lesson: kebab.optional(),
        }),
      )
      .min(28)
      .max(40),
    bands: z
      .array(z.object({ id: kebab, min: z.number().min(0).max(100), title: z.string(), description: z.string() }))
      .min(3)
      .max(4),
  })
  .refine(
    (a) => dimensionIds.every((d) => a.statements.filter((s) => s.dimension === d).length >= 4),
    'each dimension needs at least four statements',
  )
  .refine((a) => new Set(a.statements.map((s) => s.id)).size === a.statements.length, 'statement ids must be unique')
  .refine((a) => a.statements.some((s) => s.reverse), 'some statements must be reverse-scored')
  .refine(
    (a) => a.bands[0]?.min === 0 && a.bands.every((b, i) => i === 0 || b.min > a.bands[i - 1]!.min),
    'bands must start at 0 and ascend',
  );

export type AssessmentData = z.output<typeof assessmentSchema>;
