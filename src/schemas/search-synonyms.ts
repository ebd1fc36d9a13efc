// The schema of src/data/search-synonyms.yaml, apart from the search logic so the search page's
// script can use the type without bundling zod.
import { z } from 'astro/zod';

const word = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}' :-]*$/u, 'letters, digits, spaces, hyphens and apostrophes only');

export const searchSynonymsSchema = z.object({
  /** Function words: never searched, never highlighted. */
  stop: z.array(word).min(20),
  /** Words nearly every lesson uses: searched, but not enough on their own for an answer. */
  weak: z.array(word),
  /** A reader's word or phrase, and the guide's words for the same thing. */
  synonyms: z.record(word, z.array(word).min(1)),
});

export type SearchSynonyms = z.output<typeof searchSynonymsSchema>;
