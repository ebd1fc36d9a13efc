// A published work behind the guide's own advice (src/data/further-reading.yaml).
import { z } from 'astro/zod';

export const furtherReadingSchema = z.object({
  authors: z.string().min(3),
  title: z.string().min(3),
  publication: z.string().optional(),
  year: z.number().int().min(1900).max(2100),
  why: z.string().min(20),
});

export type FurtherReadingData = z.output<typeof furtherReadingSchema>;
