// The "step into your boss's shoes" worksheet's prompts (src/data/worksheet.yaml).
import { z } from 'astro/zod';
import { kebab } from './fields';

const prompt = z.object({
  id: kebab,
  label: z.string(),
  hint: z.string(),
  kind: z.enum(['text', 'scale']).default('text'),
  lines: z.number().int().min(1).max(12).default(4),
  scale: z.object({ min: z.number().int(), max: z.number().int(), minLabel: z.string(), maxLabel: z.string() }).optional(),
});

export const worksheetSchema = z.object({
  title: z.string(),
  intro: z.string(),
  parts: z.array(z.object({ id: kebab, title: z.string(), intro: z.string(), prompts: z.array(prompt).min(1) })).min(1),
});

export type WorksheetData = z.output<typeof worksheetSchema>;
