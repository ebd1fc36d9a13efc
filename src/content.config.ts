// The site's content collections: where each kind of content lives and the schema it must fit
// (one file per shape in src/schemas/). A build fails on any entry that does not fit, so pages and
// islands can trust their data.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { assessmentSchema } from './schemas/assessment';
import { badNewsSchema } from './schemas/bad-news';
import { bossManualSchema } from './schemas/boss-manual';
import { checklistSchema } from './schemas/checklist';
import { furtherReadingSchema } from './schemas/further-reading';
import { lessonSchema } from './schemas/lesson';
import { oneOnOneSchema } from './schemas/one-on-one';
import { quizSchema } from './schemas/quiz';
import { searchSynonymsSchema } from './schemas/search-synonyms';
import { skipLevelSchema } from './schemas/skip-level';
import { sourceSchema } from './schemas/source';
import { toolSchema } from './schemas/tool';
import { worksheetSchema } from './schemas/worksheet';

/** Loads a YAML file holding one document as a collection of exactly one entry. */
const singleYaml = (path: string, id: string) => file(path, { parser: (text) => [{ id, ...(parseYaml(text) as object) }] });

export const collections = {
  lessons: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/lessons' }), schema: lessonSchema }),
  quizzes: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/quizzes' }), schema: quizSchema }),
  checklist: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/checklist' }), schema: checklistSchema }),
  assessment: defineCollection({ loader: singleYaml('src/data/assessment.yaml', 'assessment'), schema: assessmentSchema }),
  worksheet: defineCollection({ loader: singleYaml('src/data/worksheet.yaml', 'worksheet'), schema: worksheetSchema }),
  // Toolkit form words (JSON, so the islands import them instead of carrying them as props).
  bossManual: defineCollection({
    loader: singleYaml('src/data/toolkit/boss-manual.json', 'boss-manual'),
    schema: bossManualSchema,
  }),
  badNews: defineCollection({ loader: singleYaml('src/data/toolkit/bad-news.json', 'bad-news'), schema: badNewsSchema }),
  sources: defineCollection({
    loader: file('src/data/sources.yaml', {
      parser: (text) => (parseYaml(text) as { file: string }[]).map((s) => ({ id: s.file, ...s })),
    }),
    schema: sourceSchema,
  }),
  furtherReading: defineCollection({
    loader: file('src/data/further-reading.yaml', { parser: (text) => parseYaml(text) as { id: string }[] }),
    schema: furtherReadingSchema,
  }),
  // Toolkit index and planners.
  // How the search page reads a reader's question.
  searchSynonyms: defineCollection({
    loader: singleYaml('src/data/search-synonyms.yaml', 'search-synonyms'),
    schema: searchSynonymsSchema,
  }),
  tools: defineCollection({ loader: file('src/data/toolkit/tools.yaml'), schema: toolSchema }),
  oneOnOne: defineCollection({ loader: singleYaml('src/data/toolkit/one-on-one.yaml', 'one-on-one'), schema: oneOnOneSchema }),
  skipLevel: defineCollection({ loader: singleYaml('src/data/toolkit/skip-level.yaml', 'skip-level'), schema: skipLevelSchema }),
};
