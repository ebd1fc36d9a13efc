// A source article's credit (src/data/sources.yaml).
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { SOURCE_FILES } from '../lib/advice';

export const sourceSchema = z.object({
  file: z.enum(SOURCE_FILES),
  title: z.string(),
  took: z.string(),
  lessons: z.array(reference('lessons')).min(1),
  /** Only when the article's own text names its publisher. */
  publisher: z.string().min(2).optional(),
  /** Only where a public copy of the page holds the same text as the copy the lessons were built from. */
  url: z.url().optional(),
});

export type SourceData = z.output<typeof sourceSchema>;
