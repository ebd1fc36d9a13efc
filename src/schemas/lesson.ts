// A lesson's frontmatter (src/content/lessons/*.mdx).
import { z } from 'astro/zod';
import { ADVICE_IDS, SOURCE_FILES } from '../lib/advice';

export const lessonSchema = z.object({
  title: z.string().min(5),
  description: z.string().min(20).max(170),
  order: z.number().int().min(1),
  covers: z.array(z.enum(ADVICE_IDS)).min(1),
  sources: z.array(z.enum(SOURCE_FILES)).min(1),
  /** The lesson in one sentence, shown under its title. (Optional until every lesson has one.) */
  takeaway: z.string().min(20).max(160),
  /** Words worried readers search for that the lesson answers; indexed with a weight, never shown. */
  searchTerms: z.array(z.string().trim().min(2)).default([]),
});

export type LessonData = z.output<typeof lessonSchema>;
