// A tool of the Toolkit and the lessons that feed it (src/data/toolkit/tools.yaml); their pages
// end with a link to it.
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { kebab } from './fields';

export const toolSchema = z.object({
  id: kebab,
  /** Place on the index and in a lesson's line. */
  order: z.number().int().min(1),
  title: z.string(),
  href: z.string().regex(/^\/toolkit\/[a-z-]+\/$/),
  purpose: z.string().min(40),
  lessons: z.array(reference('lessons')).min(1),
});

export type ToolData = z.output<typeof toolSchema>;
