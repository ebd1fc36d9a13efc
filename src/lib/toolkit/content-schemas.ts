// The schemas of the toolkit's form words (src/data/toolkit/*.json), kept beside the tools' logic
// so content.config.ts only registers them. Ids are the saved data's, so they are checked against
// the logic: every field once, in a known section, with exactly the choices the logic reads.
import { z } from 'astro/zod';
import { STEP_IDS } from './bad-news';
import { CHANNELS, FIELD_IDS, FORMATS, MANUAL_FIELDS } from './boss-manual';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use kebab-case');
const choice = z.object({ id: z.string(), label: z.string().min(2) });

export const bossManualSchema = z
  .object({
    title: z.string(),
    intro: z.string().min(20),
    sections: z
      .array(
        z.object({
          id: kebab,
          title: z.string(),
          intro: z.string().min(20),
          fields: z
            .array(z.object({ id: z.enum(FIELD_IDS), label: z.string(), hint: z.string(), options: z.array(choice).optional() }))
            .min(1),
        }),
      )
      .min(1),
  })
  .refine((d) => {
    const ids = d.sections.flatMap((s) => s.fields.map((f) => f.id));
    return ids.length === FIELD_IDS.length && FIELD_IDS.every((id) => ids.includes(id));
  }, 'every manual field must appear exactly once')
  .refine(
    (d) =>
      d.sections.every((s) =>
        s.fields.every((f) => {
          const kind = MANUAL_FIELDS.find((m) => m.id === f.id)!.kind;
          if (kind === 'text') return f.options === undefined;
          const ids = (f.options ?? []).map((o) => o.id).sort();
          return ids.join() === [...(kind === 'channel' ? CHANNELS : FORMATS)].sort().join();
        }),
      ),
    'choice fields need exactly the choices the logic knows; text fields none',
  );

export const badNewsSchema = z
  .object({
    title: z.string(),
    intro: z.string().min(20),
    steps: z.array(
      z.object({ id: z.enum([...STEP_IDS, 'options', 'recommend']), title: z.string(), label: z.string(), hint: z.string() }),
    ),
  })
  .refine(
    (d) => d.steps.length === STEP_IDS.length + 2 && new Set(d.steps.map((s) => s.id)).size === d.steps.length,
    'every step exactly once',
  );
