// The lessons and their data, checked as files: every piece of advice is taught, sources are real,
// lessons are the right length and shape, and every link from quizzes and checklists lands on a
// real heading. (The build validates the same files against the zod schemas in content.config.ts.)
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { ADVICE_IDS, SOURCE_FILES } from '../../src/lib/advice';
import { countWords } from '../../src/lib/reading';
import { OFFICIAL_SITES } from '../support/official-sites';

const dir = 'src/content/lessons';
const lessons = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(`${dir}/${f}`, 'utf8');
    const [, front = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    const slugger = new GithubSlugger();
    const headings = [...body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slugger.slug(m[1]!));
    return {
      slug: f.replace(/\.mdx$/, ''),
      data: parse(front) as {
        title: string;
        order: number;
        covers: string[];
        sources: string[];
        takeaway?: string;
        searchTerms?: string[];
      },
      body,
      text,
      headings,
    };
  })
  .sort((a, b) => a.data.order - b.data.order);

const yamlDir = (d: string) =>
  readdirSync(d).map((f) => ({ slug: f.replace(/\.yaml$/, ''), data: parse(readFileSync(`${d}/${f}`, 'utf8')) }));

describe('advice coverage', () => {
  it('the project copy of the advice map lists exactly the IDs the schema accepts', () => {
    const map = readFileSync('src/data/advice-map.md', 'utf8');
    const ids = [...map.matchAll(/^\| ([A-Z]{2}\d+) \|/gm)].map((m) => m[1]);
    expect(ids).toEqual([...ADVICE_IDS]);
  });

  it('every advice ID is covered by at least one lesson', () => {
    const covered = new Set(lessons.flatMap((l) => l.data.covers));
    expect(ADVICE_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('every lesson covers only real IDs and cites only real source articles', () => {
    for (const l of lessons) {
      expect(
        l.data.covers.every((id) => (ADVICE_IDS as readonly string[]).includes(id)),
        l.slug,
      ).toBe(true);
      expect(l.data.sources.length, l.slug).toBeGreaterThan(0);
      expect(
        l.data.sources.every((s) => (SOURCE_FILES as readonly string[]).includes(s)),
        l.slug,
      ).toBe(true);
    }
  });
});

describe('credits', () => {
  const sources = parse(readFileSync('src/data/sources.yaml', 'utf8')) as { file: string; lessons: string[]; url?: string }[];

  it('each article credits exactly the lessons that cite it', () => {
    for (const file of SOURCE_FILES) {
      const citing = lessons.filter((l) => l.data.sources.includes(file)).map((l) => l.slug);
      expect(
        sources
          .find((s) => s.file === file)
          ?.lessons.slice()
          .sort(),
        file,
      ).toEqual(citing.sort());
    }
  });

  it('further reading names an author, a title and a year for each work', () => {
    const reading = parse(readFileSync('src/data/further-reading.yaml', 'utf8')) as {
      authors: string;
      title: string;
      year: number;
    }[];
    expect(reading.length).toBeGreaterThanOrEqual(3);
    expect(reading.map((r) => r.title)).toEqual(expect.arrayContaining(['Managing Your Boss', 'The First 90 Days']));
    for (const r of reading) expect(r.authors && r.title && Number.isInteger(r.year), r.title).toBeTruthy();
  });
});

describe('lessons', () => {
  it('every lesson keeps its place in the agreed order, and the hard cases come last', () => {
    const order = Object.fromEntries(lessons.map((l) => [l.slug, l.data.order]));
    expect(order).toEqual({
      'what-managing-up-is': 1,
      'know-your-boss': 2,
      'communicate-their-way': 3,
      'earn-trust': 4,
      'grow-together': 5,
      'boss-of-your-boss': 6,
      'step-into-their-shoes': 7,
      'new-boss': 8,
      'pay-and-promotion': 9,
      'when-its-hard': 10,
    });
    expect(lessons.at(-1)!.slug).toBe('when-its-hard');
  });

  it('the new-boss lesson has the agreed title and teaches the NB advice', () => {
    const l = lessons.find((x) => x.slug === 'new-boss')!;
    expect(l.data.title).toBe('A new boss, a remote boss, a boss unlike you');
    const nb = ADVICE_IDS.filter((id) => id.startsWith('NB'));
    expect(nb.length).toBeGreaterThan(0);
    expect(l.data.covers).toEqual(nb);
  });

  it('the hard-cases lesson has the agreed title, headings and advice IDs', () => {
    const l = lessons.find((x) => x.slug === 'when-its-hard')!;
    expect(l.data.title).toBe('When your boss is the hard part');
    expect(l.data.covers).toEqual(['HC1', 'HC2', 'HC3', 'HC4', 'HC5', 'HC6']);
    expect(l.headings).toEqual([
      'what-managing-up-can-and-cannot-fix',
      'kinds-of-hard-boss',
      'the-absent-boss',
      'the-micromanager',
      'the-credit-taker',
      'the-boss-who-plays-favorites',
      'the-impulsive-boss',
      'the-absent-minded-pushover',
      'the-workaholic',
      'the-boss-who-isnt-good-at-the-job',
      'the-hostile-boss',
      'disagreeing-well',
      'when-to-go-over-or-around-your-boss',
      'protect-yourself-when-you-report',
      'outside-help-by-country',
      'keep-a-record',
      'when-to-move-on',
      'try-this-week',
    ]);
  });

  it('every kind of hard boss gets a sign that the move is not working', () => {
    const l = lessons.find((x) => x.slug === 'when-its-hard')!;
    const kinds = l.body
      .split(/^#{2,3} /m)
      .slice(1)
      .filter((s) => /^The /.test(s));
    expect(kinds).toHaveLength(9);
    for (const k of kinds) {
      expect(k, k.split('\n')[0]).toMatch(/^\*\*Not working:\*\* /m);
    }
  });

  it('links leave the site only for the official bodies that give outside help, marked as external', () => {
    for (const l of lessons) {
      const external = [...l.body.matchAll(/https?:\/\/[^\s")>]+/g)].map((m) => m[0]);
      expect(
        external.filter((u) => !(OFFICIAL_SITES as readonly string[]).includes(u)),
        l.slug,
      ).toEqual([]);
      for (const u of external) {
        expect(l.body, `${l.slug}: ${u}`).toContain(`<a href="${u}" rel="external noopener noreferrer">`);
      }
    }
    const hard = lessons.find((x) => x.slug === 'when-its-hard')!.body;
    for (const u of OFFICIAL_SITES) expect(hard, u).toContain(u);
  });

  it('a takeaway, where a lesson has one, is a single sentence of at most 160 characters', () => {
    const withTakeaway = lessons.filter((l) => l.data.takeaway !== undefined);
    expect(withTakeaway.map((l) => l.slug)).toContain('when-its-hard');
    for (const l of withTakeaway) {
      const t = l.data.takeaway!;
      expect(t.length, l.slug).toBeLessThanOrEqual(160);
      expect(t, l.slug).toMatch(/^[A-Z].*[.!?]$/);
      expect(t.slice(0, -1), l.slug).not.toMatch(/[.!?] /);
    }
  });

  it('every lesson has search terms for worried readers, no term listed by one lesson twice', () => {
    for (const l of lessons) {
      const terms = (l.data.searchTerms ?? []).map((t) => t.toLowerCase());
      expect(terms.length, l.slug).toBeGreaterThanOrEqual(5);
      expect(new Set(terms).size, l.slug).toBe(terms.length);
    }
    const hard = lessons.find((l) => l.slug === 'when-its-hard')!.data.searchTerms!;
    expect(hard).toEqual(expect.arrayContaining(['toxic boss', 'angry boss', 'harassment', 'burnout', 'HR']));
    const all = lessons.flatMap((l) => l.data.searchTerms ?? []);
    expect(all).toEqual(expect.arrayContaining(['salary', 'fired']));
  });

  // A search term promises the page answers it: the term itself is in the lesson's text, or one of
  // the words the kept reader-synonym list (src/data/search-synonyms.yaml) gives for it is.
  const termsChecked = lessons.map((l) => l.slug);
  const synonyms = (parse(readFileSync('src/data/search-synonyms.yaml', 'utf8')) as { synonyms: Record<string, string[]> })
    .synonyms;
  const inText = (body: string, words: string) =>
    new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(body);
  const taughtOn = (l: (typeof lessons)[number], term: string) =>
    [term, ...(synonyms[term.toLowerCase()] ?? [])].some((w) => inText(l.body, w));

  it.each(termsChecked)('every search term of %s appears in its text', (slug) => {
    const l = lessons.find((x) => x.slug === slug)!;
    expect(l, slug).toBeDefined();
    expect((l.data.searchTerms ?? []).filter((t) => !taughtOn(l, t))).toEqual([]);
  });

  it('pay, promotion, PIP and layoff searches land on the lesson that teaches them', () => {
    const termsOf = (slug: string) => lessons.find((l) => l.slug === slug)!.data.searchTerms ?? [];
    expect(termsOf('pay-and-promotion')).toEqual(
      expect.arrayContaining(['salary', 'pay rise', 'raise', 'PIP', 'performance improvement plan', 'laid off', 'fired']),
    );
    for (const slug of ['earn-trust', 'grow-together'])
      expect(
        termsOf(slug).filter((t) => /salary|pay|raise|PIP|performance improvement|laid off|fired|let go/i.test(t)),
        slug,
      ).toEqual([]);
  });

  it.each(lessons.map((l) => [l.slug, l] as const))(
    '%s is 900-1800 words with a scenario, example wording and "Try this week"',
    (_, l) => {
      const words = countWords(l.text);
      expect(words).toBeGreaterThanOrEqual(900);
      expect(words).toBeLessThanOrEqual(1800);
      expect(l.body).toMatch(/<Scenario title="[^"]+">/);
      expect(l.body).toMatch(/<Say label="[^"]+">/);
      expect(l.body).toMatch(/^## Try this week\n\n(- .+\n){3,}/m);
      expect(new Set(l.headings).size).toBe(l.headings.length);
    },
  );

  it('no lesson contains unfinished markers', () => {
    for (const l of lessons) expect(l.text, l.slug).not.toMatch(/\b(TODO|FIXME|lorem ipsum|coming soon)\b/i);
  });
});

describe('knowledge checks and checklist items point at real lesson sections', () => {
  const headingsOf = (slug: string) => lessons.find((l) => l.slug === slug)?.headings ?? [];

  it('every lesson has a knowledge check of 3-6 questions with one best answer and explained options', () => {
    const quizzes = yamlDir('src/content/quizzes');
    expect(quizzes.map((q) => q.slug).sort()).toEqual(lessons.map((l) => l.slug).sort());
    for (const { slug, data } of quizzes) {
      expect(data.lesson).toBe(slug);
      expect(data.questions.length).toBeGreaterThanOrEqual(3);
      expect(data.questions.length).toBeLessThanOrEqual(6);
      for (const q of data.questions) {
        expect(q.options.filter((o: { correct?: boolean }) => o.correct)).toHaveLength(1);
        for (const o of q.options) {
          expect(o.explanation.length, `${slug}/${q.id}`).toBeGreaterThan(10);
          expect(headingsOf(slug), `${slug}/${q.id} -> #${o.section}`).toContain(o.section);
        }
      }
    }
  });

  it('every advice ID a lesson covers is tested by a question of its knowledge check, where questions say what they test', () => {
    for (const { slug, data } of yamlDir('src/content/quizzes')) {
      const tested = data.questions.flatMap((q: { tests?: string[] }) => q.tests ?? []);
      if (tested.length === 0) continue; // knowledge checks written before questions named their IDs
      for (const q of data.questions) expect(q.tests, `${slug}/${q.id}`).toBeDefined();
      expect(
        tested.every((id: string) => (ADVICE_IDS as readonly string[]).includes(id)),
        slug,
      ).toBe(true);
      const covers = lessons.find((l) => l.slug === slug)!.data.covers;
      expect(
        covers.filter((id) => !tested.includes(id)),
        slug,
      ).toEqual([]);
    }
  });

  it('the hard-cases knowledge check never makes the right answer the longest option', () => {
    const quiz = yamlDir('src/content/quizzes').find((q) => q.slug === 'when-its-hard')!.data;
    for (const q of quiz.questions as { id: string; options: { text: string; correct?: boolean }[] }[]) {
      const right = q.options.find((o) => o.correct)!.text.length;
      expect(Math.max(...q.options.filter((o) => !o.correct).map((o) => o.text.length)), q.id).toBeGreaterThanOrEqual(right);
    }
  });

  it('checklist items have unique ids and link to a heading of their lesson', () => {
    const groups = yamlDir('src/content/checklist');
    const ids = groups.flatMap((g) => g.data.items.map((i: { id: string }) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const { slug, data } of groups) {
      for (const item of data.items) expect(headingsOf(slug), `${slug}/${item.id}`).toContain(item.section);
    }
  });
});

describe('one spelling convention', () => {
  // The guide is written in US English with straight apostrophes. UK spellings are kept only where a
  // reader may type them: the lessons' search terms and the reader-synonym list.
  const UK =
    /\b(behaviour|colour|favour|honour|labour|organis|recognis|apologis|prioritis|emphasis(e|ing)|centre|programme|travelled|cancelled|judgement|licence|defence|offence|practise|learnt|whilst|amongst|cheque|tyre|enquir)\w*/gi;
  const readerText = [
    ...readdirSync('src/content/lessons').map((f) => `src/content/lessons/${f}`),
    ...readdirSync('src/content/quizzes').map((f) => `src/content/quizzes/${f}`),
    ...readdirSync('src/content/checklist').map((f) => `src/content/checklist/${f}`),
    ...['assessment', 'worksheet', 'cast', 'sources', 'further-reading'].map((f) => `src/data/${f}.yaml`),
    ...readdirSync('src/data/toolkit').map((f) => `src/data/toolkit/${f}`),
  ];

  it.each(readerText)('%s uses US spelling and straight apostrophes', (file) => {
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('searchTerms:'))
      .join('\n');
    expect(text.match(UK) ?? [], file).toEqual([]);
    expect(text.match(/[’‘]/g) ?? [], file).toEqual([]);
  });
});
