// The boss manual's words (src/data/toolkit/boss-manual.json). Its field ids are the saved data's,
// so they are checked against the tool's logic: every field once, in a known section, with exactly
// the choices the logic reads.
import { z } from 'astro/zod';
import { CHANNELS, FIELD_IDS, FORMATS, MANUAL_FIELDS } from '../lib/toolkit/boss-manual';
import { kebab } from './fields';
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
