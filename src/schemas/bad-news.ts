// The bad-news brief's words (src/data/toolkit/bad-news.json): every step of the tool's logic once.
import { z } from 'astro/zod';
import { STEP_IDS } from '../lib/toolkit/bad-news';

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
