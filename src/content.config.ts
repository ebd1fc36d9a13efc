// Every content schema of the site: lessons (MDX), their knowledge checks and checklist groups
// (YAML per lesson), and the single-file data for the assessment, worksheet and source credits.
// A build fails on any entry that does not fit, so pages and islands can trust their data.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { ADVICE_IDS, SOURCE_FILES } from './lib/advice';
import { badNewsSchema, bossManualSchema } from './lib/toolkit/content-schemas';
import { oneOnOneSchema, skipLevelSchema } from './lib/toolkit/planner-schemas';
import { searchSynonymsSchema } from './lib/search-synonyms-schema';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use kebab-case');
/** An anchor of a heading in the lesson the entry belongs to (checked against headings in tests). */
const anchor = kebab;

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

const option = z.object({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  explanation: z.string().min(10),
  section: anchor,
});

export const quizSchema = z
  .object({
    lesson: reference('lessons'),
    passMark: z.number().int().min(1),
    questions: z
      .array(
        z.object({
          id: kebab,
          prompt: z.string().min(10),
          /** The advice IDs the question tests; the quiz lint checks every ID a lesson covers is tested. */
          tests: z.array(z.enum(ADVICE_IDS)).min(1),
          options: z
            .array(option)
            .min(3)
            .max(4)
            .refine((o) => o.filter((x) => x.correct).length === 1, 'exactly one option must be correct'),
        }),
      )
      .min(3)
      .max(6),
  })
  .refine((q) => q.passMark <= q.questions.length, 'passMark cannot exceed the number of questions')
  .refine((q) => new Set(q.questions.map((x) => x.id)).size === q.questions.length, 'question ids must be unique');

export const checklistSchema = z.object({
  lesson: reference('lessons'),
  items: z
    .array(
      z.object({
        id: kebab,
        /** An action, worded so that "done" is unambiguous. */
        text: z.string().min(10),
        section: anchor,
        /** For a habit: how often it comes back as due after it was last done. */
        every: z.enum(['week', 'two-weeks', 'month', 'quarter']).optional(),
      }),
    )
    .min(1),
});

const dimensionIds = ['know-your-boss', 'communicate', 'trust', 'grow', 'skip-level', 'step-up', 'hard'] as const;

export const assessmentSchema = z
  .object({
    /** Names this set of statements; saved attempts record it (bump it when statements are added or removed). */
    set: z.string().min(1),
    dimensions: z
      .array(z.object({ id: z.enum(dimensionIds), title: z.string(), lesson: reference('lessons'), summary: z.string() }))
      .length(dimensionIds.length),
    statements: z
      .array(
        z.object({
          id: kebab,
          dimension: z.enum(dimensionIds),
          text: z.string().max(110),
          /** "frequency" for something you do (Never..Always); "agreement" for something you know or have decided. */
          scale: z.enum(['frequency', 'agreement']).default('frequency'),
          /** A habit that works against you: the top of the scale scores lowest. */
          reverse: z.boolean().default(false),
          /** Offers "Hasn't come up", left out of the score, for statements that need an occasion. */
          canSkip: z.boolean().default(false),
          /** The heading anchor in the area's lesson that teaches this. */
          section: anchor,
        }),
      )
      .min(28)
      .max(40),
    bands: z
      .array(z.object({ id: kebab, min: z.number().min(0).max(100), title: z.string(), description: z.string() }))
      .min(3)
      .max(4),
  })
  .refine(
    (a) => dimensionIds.every((d) => a.statements.filter((s) => s.dimension === d).length >= 4),
    'each dimension needs at least four statements',
  )
  .refine((a) => new Set(a.statements.map((s) => s.id)).size === a.statements.length, 'statement ids must be unique')
  .refine((a) => a.statements.some((s) => s.reverse), 'some statements must be reverse-scored')
  .refine(
    (a) => a.bands[0]?.min === 0 && a.bands.every((b, i) => i === 0 || b.min > a.bands[i - 1]!.min),
    'bands must start at 0 and ascend',
  );

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

/** A published work behind the guide's own advice (beyond the five articles), credited without a link. */
export const furtherReadingSchema = z.object({
  authors: z.string().min(3),
  title: z.string().min(3),
  publication: z.string().optional(),
  year: z.number().int().min(1900).max(2100),
  why: z.string().min(20),
});

/** A tool of the Toolkit and the lessons that feed it (their pages end with a link to it). */
export const toolSchema = z.object({
  id: kebab,
  /** Place on the index and in a lesson's line. */
  order: z.number().int().min(1),
  title: z.string(),
  href: z.string().regex(/^\/toolkit\/[a-z-]+\/$/),
  purpose: z.string().min(40),
  lessons: z.array(reference('lessons')).min(1),
});

/** Loads a YAML file holding one document as a collection of exactly one entry. */
const singleYaml = (path: string, id: string) => file(path, { parser: (text) => [{ id, ...(parseYaml(text) as object) }] });

export const collections = {
  lessons: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/lessons' }), schema: lessonSchema }),
  quizzes: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/quizzes' }), schema: quizSchema }),
  checklist: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/checklist' }), schema: checklistSchema }),
  assessment: defineCollection({ loader: singleYaml('src/data/assessment.yaml', 'assessment'), schema: assessmentSchema }),
  worksheet: defineCollection({ loader: singleYaml('src/data/worksheet.yaml', 'worksheet'), schema: worksheetSchema }),
  // Toolkit form words (JSON, so the islands import them instead of carrying them as props);
  // schemas beside the tools' logic in src/lib/toolkit/content-schemas.ts.
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
  // Toolkit index and planners; the planners' schemas sit beside their logic in src/lib/toolkit.
  // How the search page reads a reader's question; the schema sits beside the search logic.
  searchSynonyms: defineCollection({
    loader: singleYaml('src/data/search-synonyms.yaml', 'search-synonyms'),
    schema: searchSynonymsSchema,
  }),
  tools: defineCollection({ loader: file('src/data/toolkit/tools.yaml'), schema: toolSchema }),
  oneOnOne: defineCollection({ loader: singleYaml('src/data/toolkit/one-on-one.yaml', 'one-on-one'), schema: oneOnOneSchema }),
  skipLevel: defineCollection({ loader: singleYaml('src/data/toolkit/skip-level.yaml', 'skip-level'), schema: skipLevelSchema }),
};

/** A knowledge check as the site uses it, inferred from its schema (one source of truth). */
export type Quiz = z.output<typeof quizSchema>;
export type QuizQuestionData = Quiz['questions'][number];
